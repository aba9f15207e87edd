package org.quarryhep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.quarryhep.ml.bench.BenchmarkResult;
import org.quarryhep.ml.bench.MlBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry bench ml}: ML engine throughput against PyTorch in the same run. */
@Command(
        name = "ml",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Time the LFV classifier (10 inputs, 128-64-64-32-32-1, batch norm, dropout, batch 64)"
                    + " per epoch in Quarry and in PyTorch (Debian's python3-torch, skipped when"
                    + " absent), ONNX Runtime inference and a 100-tree BDT, on the same synthetic rows.",
            "Run it in a fresh JVM: the PyTorch thread count is fixed when DJL first loads."
        })
final class MlBenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--rows", defaultValue = "200000", description = "rows")
    int rows;

    @Option(names = "--epochs", defaultValue = "2", description = "timed epochs per engine")
    int epochs;

    @Option(names = "--threads", defaultValue = "2", description = "threads per engine")
    int threads;

    @Option(
            names = "--quarry-threads",
            description =
                    "PyTorch intra-op threads inside Quarry (default: --threads);"
                            + " 1 is often faster for batch 64")
    Integer quarryThreads;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (rows < 100 || epochs < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "need --rows ≥ 100, --epochs ≥ 1, --threads ≥ 1");
        }
        System.setProperty(
                "ai.djl.pytorch.num_threads",
                String.valueOf(quarryThreads != null ? quarryThreads : threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Path python = hasTorch() ? Path.of("/usr/bin/python3") : null;
        BenchmarkResult r;
        try (Progress bar = Progress.start("bench ml", -1, "steps")) {
            r =
                    MlBenchmark.run(
                            rows,
                            epochs,
                            threads,
                            python,
                            line -> {
                                bar.step(1);
                                if (!json) {
                                    spec.commandLine().getErr().println(line);
                                    spec.commandLine().getErr().flush();
                                }
                            });
        }
        double djl =
                r.djlSecondsPerEpoch().stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(Double.NaN);
        double torch =
                r.torchSecondsPerEpoch().stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(Double.NaN);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("result", r);
            out.put("best_quarry_seconds_per_epoch", djl);
            out.put("best_torch_seconds_per_epoch", Double.isNaN(torch) ? null : torch);
            out.put("torch_over_quarry", Double.isNaN(torch) ? null : torch / djl);
            out.put("quarry_threads", quarryThreads != null ? quarryThreads : threads);
            out.put("cpus", Runtime.getRuntime().availableProcessors());
            out.put("java", System.getProperty("java.version"));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "MLP epoch (%d rows, batch %d, %d threads): Quarry %.2f s, PyTorch %s%n",
                    rows,
                    r.batchSize(),
                    threads,
                    djl,
                    Double.isNaN(torch) ? "n/a" : String.format(Locale.ROOT, "%.2f s", torch));
            out.printf(
                    Locale.ROOT,
                    "ONNX Runtime: %.0f rows/s (max |ONNX − DJL| %.2g)%n",
                    r.onnxRowsPerSecond(),
                    r.onnxMaxAbsDiff());
            out.printf(Locale.ROOT, "BDT 100 trees: %.2f s%n", r.bdtSeconds());
            out.flush();
        }
        return 0;
    }

    private static boolean hasTorch() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
            return false;
        }
        Process p =
                new ProcessBuilder("/usr/bin/python3", "-c", "import torch")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
