package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.EventStatistics;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry convert IN -o OUT}: rewrite an event file in another format or compression. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Convert an event file between LHE, HepMC3 and HepMC2. The output format follows"
                    + " --format or OUT's extension (.lhe, .hepmc3/.hepmc, .hepmc2), the compression"
                    + " OUT's extension (.gz, .zst). OUT appears only when the conversion succeeds."
        })
final class ConvertCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "input event file ('-' reads stdin)")
    Path in;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "output event file (never IN; an existing one only with --force)")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Option(names = "--format", description = "output format: ${COMPLETION-CANDIDATES}")
    EventFormat format;

    @Option(names = "--lenient", description = "skip malformed events (counted) instead of failing")
    boolean lenient;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    /**
     * HepMC headers name no beams, which LHE's init line needs: take them from the first event's
     * two beam particles (HepMC status 4) when the run does not give them.
     */
    static RunInfo withBeams(RunInfo run, Event first) {
        if (first == null || run.beam1().pdgId() != 0 || run.beam2().pdgId() != 0) {
            return run;
        }
        List<Particle> beams =
                first.particles().stream()
                        .filter(p -> p.status() == EventStatistics.BEAM_STATUS)
                        .toList();
        if (beams.size() != 2) {
            return run;
        }
        return new RunInfo(
                run.generator(),
                new RunInfo.Beam(beams.get(0).pdgId(), beams.get(0).momentum().e()),
                new RunInfo.Beam(beams.get(1).pdgId(), beams.get(1).momentum().e()),
                run.pdfGroup1(),
                run.pdfGroup2(),
                run.pdfSet1(),
                run.pdfSet2(),
                run.weightingStrategy(),
                run.processes(),
                run.weights(),
                run.tools(),
                run.header(),
                run.attributes());
    }

    @Override
    public Integer call() throws java.io.IOException {
        OutputFiles.claim(spec, "-o", out, force, in.toString().equals("-") ? null : in);
        EventFormat target;
        try {
            target =
                    format != null
                            ? format
                            : EventFormat.fromFileName(out.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "-o " + out + ": " + e.getMessage() + " with --format");
        }
        long start = System.nanoTime();
        Map<String, Object> r = new LinkedHashMap<>();
        ReadOptions options = lenient ? ReadOptions.LENIENT : ReadOptions.STRICT;
        try (EventReader reader =
                in.toString().equals("-")
                        ? EventReaders.open(System.in, "stdin", options)
                        : EventReaders.open(in, options)) {
            Event first = reader.hasNext() ? reader.next() : null;
            EventWriter writer = EventWriters.open(out, target, withBeams(reader.runInfo(), first));
            try (Progress progress = Progress.start("convert " + in.getFileName(), -1, "events")) {
                if (first != null) {
                    writer.write(first);
                    progress.step(1);
                }
                while (reader.hasNext()) {
                    writer.write(reader.next());
                    progress.step(1);
                }
            } catch (RuntimeException e) {
                writer.abort();
                writer.close();
                throw e;
            }
            writer.close();
            r.put("input", in.toString());
            r.put("input_format", reader.format().name());
            r.put("output", out.toString());
            r.put("output_format", target.name());
            r.put("events", writer.eventsWritten());
            r.put("skipped_events", reader.skippedEvents());
            r.put("warnings", reader.warnings());
            r.put("seconds", (System.nanoTime() - start) / 1e9);
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            Json.print(pw, r);
        } else {
            pw.printf(
                    Locale.ROOT,
                    "%s (%s) -> %s (%s): %,d events, %d skipped, %.2f s%n",
                    in,
                    r.get("input_format"),
                    out,
                    target,
                    (Long) r.get("events"),
                    r.get("skipped_events"),
                    r.get("seconds"));
            for (Object w : (java.util.List<?>) r.get("warnings")) {
                pw.println("warning: " + w);
            }
            pw.flush();
        }
        return 0;
    }
}
