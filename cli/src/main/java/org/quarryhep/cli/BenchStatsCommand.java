package org.quarryhep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.JsonPatch;
import org.quarryhep.stats.WorkspaceReader;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.infer.UpperLimit;
import org.quarryhep.stats.model.Model;
import org.quarryhep.stats.modifier.Interpolation;
import org.quarryhep.stats.modifier.InterpolationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quarry bench stats}: wall time of one asymptotic hypotest (CLs observed + band, q̃, μ = 1)
 * and one upper limit (Brent root finding) on the shared pyhf workspaces, the sbottom RegionA
 * likelihood and the synthetic 10×20 model. Each workload is repeated after warm-up and the median
 * is reported; numbers are measurements, not assertions.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description =
                "Time hypotest and upper limit on the shared pyhf workspaces (median of repetitions).")
final class BenchStatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "the pyhf reference folder (default ../shared/data/pyhf)")
    Path data;

    @Option(names = "--reps", defaultValue = "5", description = "timed repetitions per workload")
    int reps;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed warm-up repetitions")
    int warmup;

    @Option(names = "--skip-limits", description = "time hypotests only")
    boolean skipLimits;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    private record Workload(String name, Model model) {}

    @Override
    public Integer call() throws Exception {
        if (reps < 1 || warmup < 0) {
            throw new QuarryException("--reps must be >= 1 and --warmup >= 0");
        }
        Path root = data != null ? data : Paths.get("../shared/data/pyhf");
        if (!Files.isDirectory(root)) {
            throw new QuarryException("pyhf reference folder not found: " + root + " (use --data)");
        }
        List<Workload> workloads = workloads(root);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Progress bar = Progress.start("bench", workloads.size(), "workloads")) {
            for (Workload w : workloads) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("workload", w.name());
                row.put("parameters", w.model().parameterCount());
                row.put("bins", w.model().bins());
                row.put("hypotest_ms", time(() -> hypotest(w.model())));
                if (!skipLimits) {
                    row.put("upper_limit_ms", time(() -> limit(w.model())));
                }
                rows.add(row);
                bar.step(1);
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("results", rows);
            out.put("reps", reps);
            out.put("warmup", warmup);
            out.put("java", System.getProperty("java.version"));
            out.put("cores", Runtime.getRuntime().availableProcessors());
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var o = spec.commandLine().getOut();
            o.printf(
                    "%-42s %6s %5s %14s %16s%n",
                    "workload", "pars", "bins", "hypotest [ms]", "upper limit [ms]");
            for (Map<String, Object> r : rows) {
                o.printf(
                        "%-42s %6d %5d %14.2f %16s%n",
                        r.get("workload"),
                        r.get("parameters"),
                        r.get("bins"),
                        (Double) r.get("hypotest_ms"),
                        r.containsKey("upper_limit_ms")
                                ? String.format("%.2f", (Double) r.get("upper_limit_ms"))
                                : "-");
            }
            o.flush();
        }
        return 0;
    }

    private static void hypotest(Model m) {
        new AsymptoticCalculator(Fitter.of(m), TestStatistic.QTILDE)
                .hypotest(1.0, m.observedData());
    }

    private static void limit(Model m) {
        AsymptoticCalculator c = new AsymptoticCalculator(Fitter.of(m), TestStatistic.QTILDE);
        int poi = m.poiIndex();
        UpperLimit.asymptotic(c, m.observedData(), 0.05)
                .rootFinding(m.lowerBounds()[poi], m.upperBounds()[poi], 1e-5, 300, null);
    }

    private double time(Runnable work) {
        return BenchTiming.medianMillis(warmup, reps, work);
    }

    private static List<Workload> workloads(Path root) throws IOException {
        List<Workload> out = new ArrayList<>();
        InterpolationSettings validation =
                new InterpolationSettings(Interpolation.CODE1, Interpolation.CODE0);
        try (Stream<Path> files = Files.list(root.resolve("workspaces"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (f.getFileName().toString().contains("q0")) {
                    continue; // a discovery workspace: no upper limit to set
                }
                out.add(
                        new Workload(
                                f.getFileName().toString(),
                                Model.compile(WorkspaceReader.read(f), null, validation)));
            }
        }
        Path region = root.resolve("sbottom_ins1748602/extracted/RegionA");
        JsonNode ws = WorkspaceReader.readTree(region.resolve("BkgOnly.json"));
        Path patch = region.resolve("patch.sbottom_1300_205_60.json");
        ws = JsonPatch.fromJson(WorkspaceReader.readTree(patch), patch.toString()).apply(ws);
        out.add(
                new Workload(
                        "sbottom RegionA 1300_205_60",
                        Model.compile(
                                WorkspaceReader.fromJson(ws),
                                null,
                                InterpolationSettings.pyhfDefaults())));
        out.add(
                new Workload(
                        "synthetic_10ch_20bin",
                        Model.compile(
                                WorkspaceReader.read(
                                        root.resolve("synthetic/synthetic_10ch_20bin.json")))));
        return out;
    }
}
