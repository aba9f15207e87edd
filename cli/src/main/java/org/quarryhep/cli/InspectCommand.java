package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.EventStatistics;
import org.quarryhep.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry inspect FILE...}: what an event file holds. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Summarise event files (LHE, HepMC3, HepMC2; plain, .gz or .zst): format, generator,"
                    + " beams, processes with cross sections, events, weights, process ids,"
                    + " particle and vertex multiplicities.",
            "Reconstructed-event files from quarry simulate (.qreco): events, objects per event,"
                    + " the detector card and the provenance."
        })
final class InspectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "event files ('-' reads stdin)")
    List<Path> files;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Option(names = "--lenient", description = "skip malformed events (counted) instead of failing")
    boolean lenient;

    @Option(names = "--top", defaultValue = "10", description = "final-state PDG ids to list")
    int top;

    @Override
    public Integer call() throws java.io.IOException {
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Path f : files) {
            boolean reco = !f.toString().equals("-") && RecoFileSummary.isRecoFile(f);
            reports.add(reco ? RecoFileSummary.of(f) : inspect(f));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, reports.size() == 1 ? reports.get(0) : Map.of("files", reports));
        } else {
            for (Map<String, Object> r : reports) {
                if ("QRECO".equals(r.get("format"))) {
                    RecoFileSummary.print(out, r);
                } else {
                    printText(out, r);
                }
            }
            out.flush();
        }
        return 0;
    }

    private Map<String, Object> inspect(Path f) {
        EventStatistics stats = new EventStatistics();
        Map<String, Object> r = new LinkedHashMap<>();
        ReadOptions options = lenient ? ReadOptions.LENIENT : ReadOptions.STRICT;
        boolean stdin = f.toString().equals("-");
        long size = stdin ? -1 : sizeOf(f);
        try (EventReader reader =
                        stdin
                                ? EventReaders.open(System.in, "stdin", options)
                                : EventReaders.open(f, options);
                Progress progress = Progress.start("inspect " + f.getFileName(), -1, "events")) {
            while (reader.hasNext()) {
                stats.add(reader.next());
                progress.step(1);
            }
            RunInfo run = reader.runInfo();
            r.put("file", f.toString());
            r.put("bytes", size);
            r.put("decompressed_bytes", reader.bytesRead());
            r.put("format", reader.format().name());
            r.put("compression", reader.compression().name());
            r.put("generator", run.generator());
            if (run.beam1().pdgId() != 0 || run.beam2().pdgId() != 0) {
                r.put("beams", List.of(beam(run.beam1()), beam(run.beam2())));
                r.put("sqrt_s_gev", run.sqrtS());
            } else if (stats.firstEventBeams().size() == 2) {
                // HepMC files name no beams in the header; the first event's status-4 particles
                // are.
                Particle b1 = stats.firstEventBeams().get(0);
                Particle b2 = stats.firstEventBeams().get(1);
                r.put(
                        "beams",
                        List.of(
                                beam(new RunInfo.Beam(b1.pdgId(), b1.momentum().e())),
                                beam(new RunInfo.Beam(b2.pdgId(), b2.momentum().e()))));
                r.put("sqrt_s_gev", b1.momentum().plus(b2.momentum()).mass());
            }
            if (run.weightingStrategy() != 0) {
                r.put("IDWTUP", run.weightingStrategy());
            }
            if (run.pdfSet1() != 0 || run.pdfSet2() != 0) {
                r.put("pdf_sets", List.of(run.pdfSet1(), run.pdfSet2()));
            }
            List<Map<String, Object>> procs = new ArrayList<>();
            for (RunInfo.ProcessInfo p : run.processes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("xsec_pb", p.crossSectionPb());
                m.put("xsec_error_pb", p.crossSectionErrorPb());
                m.put("max_weight", p.maxWeight());
                procs.add(m);
            }
            if (!procs.isEmpty()) {
                r.put("processes", procs);
                r.put("total_xsec_pb", run.totalCrossSectionPb());
            }
            if (stats.lastCrossSection() != null) {
                r.put("event_xsec_pb", stats.lastCrossSection().valuePb());
                r.put("event_xsec_error_pb", stats.lastCrossSection().errorPb());
            }
            r.put("events", stats.events());
            r.put("skipped_events", reader.skippedEvents());
            r.put("warnings", reader.warnings());
            r.put("sum_weights", stats.sumWeights());
            r.put("sum_weights_squared", stats.sumWeightsSquared());
            r.put("negative_weight_events", stats.negativeWeightEvents());
            List<String> names =
                    run.weights().isEmpty() ? stats.eventWeightNames() : run.weightNames();
            r.put("weight_names", names);
            Map<String, Long> processIds = new LinkedHashMap<>();
            stats.processCounts().forEach((k, v) -> processIds.put(Integer.toString(k), v));
            r.put("process_ids", processIds);
            r.put("particles", stats.particles());
            r.put("mean_particles", stats.meanParticles());
            r.put("mean_final_state", stats.meanFinalState());
            r.put("vertices", stats.vertices());
            r.put("mean_vertices", stats.meanVertices());
            Map<String, Object> byId = new LinkedHashMap<>();
            stats.topFinalStatePdgIds(top).forEach((k, v) -> byId.put(Integer.toString(k), v));
            r.put("final_state_per_event_by_pdg_id", byId);
        }
        return r;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> beam(RunInfo.Beam b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pdg_id", b.pdgId());
        m.put("energy_gev", b.energy());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintWriter out, Map<String, Object> r) {
        out.println(r.get("file"));
        out.printf(
                Locale.ROOT,
                "  format       %s (%s), %,d bytes decompressed%n",
                r.get("format"),
                r.get("compression"),
                (Long) r.get("decompressed_bytes"));
        if (!((String) r.get("generator")).isEmpty()) {
            out.printf("  generator    %s%n", r.get("generator"));
        }
        if (r.containsKey("beams")) {
            List<Map<String, Object>> beams = (List<Map<String, Object>>) r.get("beams");
            out.printf(
                    Locale.ROOT,
                    "  beams        %s (%.6g GeV) + %s (%.6g GeV), sqrt(s) = %.6g GeV%n",
                    name(beams.get(0).get("pdg_id")),
                    beams.get(0).get("energy_gev"),
                    name(beams.get(1).get("pdg_id")),
                    beams.get(1).get("energy_gev"),
                    r.get("sqrt_s_gev"));
        }
        if (r.containsKey("IDWTUP")) {
            out.printf("  IDWTUP       %s%n", r.get("IDWTUP"));
        }
        if (r.containsKey("processes")) {
            for (Map<String, Object> p : (List<Map<String, Object>>) r.get("processes")) {
                out.printf(
                        Locale.ROOT,
                        "  process %-5s sigma = %.6g +- %.3g pb%n",
                        p.get("id"),
                        p.get("xsec_pb"),
                        p.get("xsec_error_pb"));
            }
            out.printf(Locale.ROOT, "  total sigma  %.6g pb%n", r.get("total_xsec_pb"));
        }
        if (r.containsKey("event_xsec_pb")) {
            out.printf(
                    Locale.ROOT,
                    "  event sigma  %.6g +- %.3g pb (last event's)%n",
                    r.get("event_xsec_pb"),
                    r.get("event_xsec_error_pb"));
        }
        out.printf(
                Locale.ROOT,
                "  events       %,d (skipped %d)%n",
                (Long) r.get("events"),
                r.get("skipped_events"));
        out.printf(
                Locale.ROOT,
                "  weights      sum %.8g, sum of squares %.8g, negative %d%n",
                r.get("sum_weights"),
                r.get("sum_weights_squared"),
                r.get("negative_weight_events"));
        List<String> names = (List<String>) r.get("weight_names");
        if (!names.isEmpty()) {
            String shown =
                    names.size() > 8
                            ? String.join(", ", names.subList(0, 8))
                                    + ", ... ("
                                    + names.size()
                                    + " in all)"
                            : String.join(", ", names);
            out.printf("  weight names %s%n", shown);
        }
        out.printf("  process ids  %s%n", r.get("process_ids"));
        out.printf(
                Locale.ROOT,
                "  particles    %,d (%.4g per event, %.4g final state)%n",
                (Long) r.get("particles"),
                r.get("mean_particles"),
                r.get("mean_final_state"));
        out.printf(
                Locale.ROOT,
                "  vertices     %,d (%.4g per event)%n",
                (Long) r.get("vertices"),
                r.get("mean_vertices"));
        StringBuilder sb = new StringBuilder();
        ((Map<String, Object>) r.get("final_state_per_event_by_pdg_id"))
                .forEach(
                        (k, v) ->
                                sb.append(
                                        String.format(
                                                Locale.ROOT,
                                                "%s%s %.3g",
                                                sb.length() == 0 ? "" : ", ",
                                                name(Integer.parseInt(k)),
                                                (Double) v)));
        out.printf("  final state  %s (per event)%n", sb);
        for (String w : (List<String>) r.get("warnings")) {
            out.printf("  warning      %s%n", w);
        }
    }

    private static String name(Object pdgId) {
        int id = (Integer) pdgId;
        return PdgTable.name(id) + "(" + id + ")";
    }
}
