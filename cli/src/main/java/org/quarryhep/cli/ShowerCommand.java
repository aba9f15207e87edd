package org.quarryhep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.quarryhep.core.Event;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.io.ReadOptions;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.ShowerRun;
import org.quarryhep.shower.Tune;
import org.quarryhep.shower.parton.BeamSetup;
import org.quarryhep.shower.parton.InvalidPartonEventException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry shower IN -o OUT}: partons to particles, written as HepMC3 with the history. */
@Command(
        name = "shower",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Shower (and hadronise and decay) the events of an LHE file; write HepMC3 with the"
                    + " full history (status 4 beam, 1 final, 2 decayed, 11-200 intermediate)."
                    + " The tune and the provenance (tune version and text, seed, the input's SHA-256, the"
                    + " command) are recorded in the output's run attributes quarry_tune and"
                    + " quarry_provenance."
        })
final class ShowerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "parton-level events (LHE)")
    Path in;

    @Option(
            names = {"-o", "--output"},
            required = true,
            description =
                    "output HepMC3 file (.gz/.zst compress; never IN; an existing one only with"
                            + " --force)")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Option(names = "--no-hadronize", description = "stop at partons (with beam remnants)")
    boolean noHadronize;

    @Option(names = "--seed", defaultValue = "1", description = "random seed")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--tune", description = "tune file (YAML); default: the built-in tune")
    Path tuneFile;

    @Option(names = "--set", description = "override a tune value, e.g. shower.pTminFsr=0.8")
    List<String> sets = new ArrayList<>();

    @Option(names = "--max-events", description = "stop after this many events")
    Long maxEvents;

    @Option(names = "--lenient", description = "skip (and count) events the shower refuses")
    boolean lenient;

    @Option(
            names = "--weights",
            defaultValue = "all",
            description =
                    "all: keep every weight (each event must have as many as the first); nominal:"
                            + " keep only the first weight (for files whose events differ)")
    String weights;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Override
    public Integer call() throws IOException {
        OutputFiles.claim(spec, "-o", out, force, in);
        Tune tune = (tuneFile == null ? Tune.defaults() : Tune.load(tuneFile)).withOverrides(sets);
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        ShowerRun run;
        ShowerChain chain;
        RunInfo runInfo;
        ReadOptions options = lenient ? ReadOptions.LENIENT : ReadOptions.STRICT;
        try (EventReader reader = EventReaders.open(in, options)) {
            runInfo = reader.runInfo();
            chain = chainFor(tune, runInfo).withHadronization(!noHadronize);
            run = new ShowerRun(chain, seed, nThreads, lenient);
            Provenance provenance =
                    Provenance.of(
                                    "quarry shower",
                                    provenanceConfig(tune, run.randomPath()),
                                    seed,
                                    List.of(Provenance.InputFile.of(in)))
                            .withCommand(spec.commandLine().getParseResult().originalArgs());
            boolean nominal = weightsNominal();
            EventWriter writer =
                    EventWriters.open(
                            out, EventFormat.HEPMC3, outputRun(runInfo, tune, provenance, nominal));
            long[] weightSkips = {0};
            int[] weightCount = {-1};
            Consumer<Event> sink =
                    e -> {
                        Event w = nominal ? nominalOnly(e) : e;
                        if (weightCount[0] < 0) {
                            weightCount[0] = w.weightCount();
                        }
                        if (w.weightCount() != weightCount[0]) {
                            if (lenient) {
                                weightSkips[0]++;
                                return;
                            }
                            throw new InvalidPartonEventException(
                                    "event "
                                            + e.number()
                                            + ": has "
                                            + w.weightCount()
                                            + " weights, the first event "
                                            + weightCount[0]
                                            + " (HepMC3 needs one count; use --weights nominal)");
                        }
                        writer.write(w);
                    };
            try (Progress progress = Progress.start("shower " + in.getFileName(), -1, "events")) {
                Iterator<Event> it = reader;
                if (maxEvents != null) {
                    it = limit(reader, maxEvents);
                }
                run.run(it, sink, progress::stepTo);
            } catch (InvalidPartonEventException e) {
                writer.abort();
                writer.close();
                throw new InvalidPartonEventException(
                        in + locate(e.getMessage()) + ": " + e.getMessage());
            } catch (RuntimeException e) {
                writer.abort();
                writer.close();
                throw e;
            }
            writer.close();
            weightSkipped = weightSkips[0];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("input", in.toString());
        r.put("output", out.toString());
        r.put("events", run.processed());
        r.put("skipped_events", run.skippedCount() + weightSkipped);
        r.put("skipped_reasons", run.skippedReasons());
        // events the chain had to rerun (bounded retry; see ShowerChain.MAX_ATTEMPTS)
        r.put("retried_events", run.retriedEvents());
        r.put("retry_reasons", chain.retryReasons());
        r.put("hadronized", !noHadronize);
        r.put("warnings", chain.warnings());
        r.put("tune", tune.version());
        r.put("seed", seed);
        r.put("threads", nThreads);
        r.put("seconds", seconds);
        r.put("events_per_second", run.processed() / seconds);
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            Json.print(pw, r);
        } else {
            pw.printf(
                    Locale.ROOT,
                    "%s -> %s: %,d events showered (%s), %d skipped, %.2f s, %.0f events/s%n",
                    in,
                    out,
                    run.processed(),
                    tune.version(),
                    run.skippedCount() + weightSkipped,
                    seconds,
                    run.processed() / seconds);
            if (run.retriedEvents() > 0) {
                pw.printf(
                        Locale.ROOT,
                        "%d events needed more than one attempt of the shower chain%n",
                        run.retriedEvents());
            }
            for (String w : chain.warnings()) {
                pw.println("warning: " + w);
            }
            for (String s : run.skippedReasons()) {
                pw.println("skipped: " + s);
            }
            pw.flush();
        }
        return 0;
    }

    private long weightSkipped;

    private boolean weightsNominal() {
        return switch (weights) {
            case "all" -> false;
            case "nominal" -> true;
            default ->
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(),
                            "--weights: expected all or nominal, got '" + weights + "'");
        };
    }

    private static Event nominalOnly(Event e) {
        return e.toBuilder().optWeights(e.weight()).optWeightNames(List.of()).build();
    }

    /** The chain with the run's beams and PDF (from the LHE init block). */
    static ShowerChain chainFor(Tune tune, RunInfo run) {
        ShowerChain chain = ShowerChain.of(tune);
        if (run.beam1().energy() > 0 && run.beam2().energy() > 0) {
            chain =
                    chain.withBeams(
                            new BeamSetup(
                                    run.beam1().pdgId(),
                                    run.beam1().energy(),
                                    run.beam2().pdgId(),
                                    run.beam2().energy()));
        }
        return chain.withRunPdf(run.pdfSet1());
    }

    static Map<String, String> provenanceConfig(Tune tune, String randomPath) {
        Map<String, String> c = new LinkedHashMap<>(tune.provenanceConfig());
        c.put("random_streams", randomPath);
        return c;
    }

    /** The input's run with the shower recorded as a tool and the tune and provenance attached. */
    static RunInfo outputRun(RunInfo run, Tune tune, Provenance provenance, boolean nominal) {
        List<RunInfo.Tool> tools = new ArrayList<>(run.tools());
        tools.add(
                new RunInfo.Tool(
                        "quarry-shower", tune.version(), "parton shower, " + tune.version()));
        Map<String, String> attributes = new LinkedHashMap<>(run.attributes());
        attributes.put("quarry_tune", tune.canonical());
        attributes.put("quarry_provenance", provenance.toJson().replace('\n', ' '));
        return new RunInfo(
                run.generator(),
                run.beam1(),
                run.beam2(),
                run.pdfGroup1(),
                run.pdfGroup2(),
                run.pdfSet1(),
                run.pdfSet2(),
                run.weightingStrategy(),
                run.processes(),
                nominal ? List.of() : run.weights(),
                tools,
                run.header(),
                attributes);
    }

    private static Iterator<Event> limit(Iterator<Event> it, long n) {
        return new Iterator<>() {
            private long left = n;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public Event next() {
                left--;
                return it.next();
            }
        };
    }

    private static final Pattern WHERE = Pattern.compile("^event (\\d+)(?:, particle (\\d+))?");

    /**
     * ":LINE" of the refused event's particle (or of its {@code <event>} tag) in a plain or gzip
     * LHE file, found by counting event tags; empty when it cannot be found.
     */
    private String locate(String message) {
        Matcher m = WHERE.matcher(message);
        if (!m.find()) {
            return "";
        }
        long event = Long.parseLong(m.group(1));
        int particle = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        try (InputStream raw = Files.newInputStream(in)) {
            InputStream s = new java.io.BufferedInputStream(raw);
            s.mark(2);
            int b0 = s.read();
            int b1 = s.read();
            s.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                s = new GZIPInputStream(s);
            } else if (b0 == 0x28 && b1 == 0xb5) {
                return "";
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
            long line = 0;
            long seen = 0;
            String l;
            while ((l = r.readLine()) != null) {
                line++;
                if (l.stripLeading().startsWith("<event") && ++seen == event) {
                    return ":" + (line + 1 + particle);
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
