package org.quarryhep.cli;

import static org.quarryhep.cli.GeneratorOptions.fmt;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.quarryhep.gen.GenerationResult;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.pdf.BundledPdfSets;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.ProcessCatalog;

/** What {@code quarry generate} prints at the end: the run's settings and results, text or JSON. */
final class GenerateReport {
    private GenerateReport() {}

    static void print(
            GenerateCommand command,
            ProcessCatalog.Built built,
            PdfSet pdfSet,
            Collider collider,
            IntegrationResult ir,
            GenerationResult gr) {
        PrintWriter out = command.spec.commandLine().getOut();
        Map<String, Double> builtIn = built.process().builtInCuts();
        Map<String, Double> effectiveCuts = collider.cuts().withFloors(builtIn);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("process", command.process);
        doc.put("process_id", built.processId());
        Map<String, Object> params = new LinkedHashMap<>();
        built.parameters().forEach((k, v) -> params.put(k, Double.isNaN(v) ? null : v));
        doc.put("parameters", params);
        doc.put("cuts", effectiveCuts);
        doc.put("built_in_cuts", builtIn);
        doc.put("sqrt_s_gev", command.options.sqrtS);
        doc.put("pdf", pdfSet.name());
        doc.put("pdf_shipped_with_quarry", isBundled(pdfSet));
        doc.put("lhapdf_id", pdfSet.lhapdfId());
        doc.put("scale", collider.scale().description());
        doc.put("alphas_running", command.alphasRunning);
        doc.put("seed", command.options.seed);
        doc.put("cross_section_pb", ir.crossSectionPb());
        doc.put("cross_section_error_pb", ir.errorPb());
        doc.put("max_weight_pb", ir.maxWeightPb());
        doc.put("integration_points", ir.points());
        doc.put("weighted", command.weighted);
        doc.put("idwtup", (command.weighted ? 4 : 3) * (built.process().signedWeights() ? -1 : 1));
        doc.put("events", gr == null ? 0 : gr.events());
        doc.put("output", command.output == null ? null : command.output.toString());
        doc.put("saved", command.output != null && gr != null);
        if (gr != null) {
            doc.put("trials", gr.trials());
            doc.put("unweighting_efficiency", gr.efficiency());
            doc.put("overweight_fraction", gr.overweightFraction());
            doc.put("events_per_second", gr.eventsPerSecond());
            doc.put("generation_seconds", gr.seconds());
        }
        if (command.options.json) {
            Json.print(out, doc);
            return;
        }
        out.printf(
                Locale.ROOT,
                "process %s (id %d), sqrt(s) = %s GeV, PDF %s (LHAPDF %d%s), scale %s, seed %d%n",
                command.process,
                built.processId(),
                fmt(command.options.sqrtS),
                pdfSet.name(),
                pdfSet.lhapdfId(),
                isBundled(pdfSet) ? ", shipped with Quarry" : "",
                collider.scale().description(),
                command.options.seed);
        out.printf(
                Locale.ROOT,
                "parameters %s; cuts %s%s%n",
                built.parameters(),
                effectiveCuts.isEmpty() ? "none" : effectiveCuts,
                builtIn.isEmpty() ? "" : " (built in: " + builtIn + ")");
        out.printf(
                Locale.ROOT, "cross section: %.6g +- %.3g pb%n", ir.crossSectionPb(), ir.errorPb());
        if (gr != null) {
            out.printf(
                    Locale.ROOT,
                    "%d %s events, efficiency %.4g, over-weight fraction %.3g, %.0f events/s%n",
                    gr.events(),
                    command.weighted ? "weighted" : "unweighted",
                    gr.efficiency(),
                    gr.overweightFraction(),
                    gr.eventsPerSecond());
            out.println(
                    command.output != null
                            ? "events written to " + command.output
                            : "events not saved (give -o FILE.lhe to save them)");
        }
        out.flush();
    }

    private static boolean isBundled(PdfSet set) {
        return BundledPdfSets.directory()
                .map(d -> set.info().source().startsWith(d.toString()))
                .orElse(false);
    }
}
