package org.quarryhep.ml.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.bdt.BdtConfig;
import org.quarryhep.ml.bdt.BdtModel;
import org.quarryhep.ml.bdt.BdtTrainer;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.onnx.OnnxExporter;
import org.quarryhep.ml.onnx.OnnxModel;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.Standardizer;

/**
 * Measures, in one run on the same synthetic data: seconds per training epoch of the LFV classifier
 * (analyses.md §1) in Quarry and in PyTorch, ONNX Runtime inference rows per second of the exported
 * network, and the time to train 100 XGBoost trees. The thread count of PyTorch in Quarry is fixed
 * when the engine first loads ({@code ai.djl.pytorch.num_threads}); the caller sets it before the
 * first use of DJL.
 */
public final class MlBenchmark {
    private MlBenchmark() {}

    /** The LFV classifier's hidden layers (analyses.md §1, Table I). */
    public static List<LayerSpec> lfvLayers() {
        return List.of(
                new LayerSpec(128, true, Activation.LEAKY_RELU, 0.1, 0.3),
                new LayerSpec(64, true, Activation.LEAKY_RELU, 0.1, 0.3),
                new LayerSpec(64, true, Activation.LEAKY_RELU, 0.1, 0),
                new LayerSpec(32, false, Activation.LEAKY_RELU, 0.1, 0),
                new LayerSpec(32, true, Activation.LEAKY_RELU, 0.1, 0));
    }

    /** A seeded 10-feature table: label 1 rows are shifted Gaussians. */
    static FeatureTable table(int rows, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] c = new float[10][rows];
        float[] y = new float[rows];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            names.add("f" + j);
        }
        for (int i = 0; i < rows; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 10; j++) {
                c[j][i] = (float) (r.nextGaussian() + (y[i] == 1 ? 0.1 * (j + 1) : 0));
            }
        }
        return FeatureTable.of(names, c, y, null, Map.of());
    }

    /**
     * Runs the measurement.
     *
     * @param rows rows of the table (the reference: 200 000)
     * @param epochs timed epochs per engine
     * @param threads threads for ONNX Runtime, XGBoost and the PyTorch peer
     * @param python the interpreter with {@code torch}, or {@code null} to skip the peer
     * @param log receives one line per finished step
     * @return the timings
     * @throws IOException when the peer's data file cannot be written
     * @throws InterruptedException when interrupted while waiting for the peer
     */
    public static BenchmarkResult run(
            int rows, int epochs, int threads, Path python, Consumer<String> log)
            throws IOException, InterruptedException {
        int batch = 64;
        FeatureTable t = table(rows, 1);
        NetworkConfig warm =
                NetworkConfig.builder()
                        .setLayers(lfvLayers())
                        .optBatchSize(batch)
                        .optEpochs(1)
                        .optSeed(1)
                        .build();
        FeatureTable small =
                t.select(java.util.stream.IntStream.range(0, Math.min(rows, 5000)).toArray());
        NetworkTrainer.train(small, null, t.names(), warm, Double.NaN, e -> {}).model().close();
        log.accept("warm-up done");
        List<Double> djl = new ArrayList<>();
        long[] last = {System.nanoTime()};
        NetworkConfig cfg = warm.toBuilder().optEpochs(epochs).build();
        NetworkModel model =
                NetworkTrainer.train(
                                t,
                                null,
                                t.names(),
                                cfg,
                                Double.NaN,
                                e -> {
                                    long now = System.nanoTime();
                                    djl.add((now - last[0]) / 1e9);
                                    last[0] = now;
                                    log.accept(
                                            "quarry epoch "
                                                    + e.epoch()
                                                    + ": "
                                                    + djl.get(djl.size() - 1)
                                                    + " s");
                                })
                        .model();
        double onnxRate;
        double maxDiff = 0;
        try (model) {
            float[] ref = model.predict(t);
            try (OnnxModel onnx =
                    OnnxModel.fromBytes(OnnxExporter.toBytes(model), threads, "benchmark")) {
                float[] raw = t.rowMajor();
                onnx.run(raw, rows);
                long t0 = System.nanoTime();
                int reps = 3;
                float[] out = null;
                for (int k = 0; k < reps; k++) {
                    out = onnx.run(raw, rows);
                }
                onnxRate = reps * (double) rows / ((System.nanoTime() - t0) / 1e9);
                for (int i = 0; i < rows; i++) {
                    maxDiff = Math.max(maxDiff, Math.abs(out[i] - ref[i]));
                }
            }
        }
        log.accept("onnx: " + onnxRate + " rows/s");
        List<Double> torch = new ArrayList<>();
        String torchVersion = null;
        if (python != null) {
            JsonNode peer = torchPeer(python, t, threads, batch, epochs + 1);
            peer.get("seconds_per_epoch").forEach(n -> torch.add(n.asDouble()));
            torch.remove(0);
            torchVersion = peer.get("torch").asText();
            log.accept("torch epochs: " + torch);
        }
        BdtConfig bdt = new BdtConfig(100, 6, 0.3, 1, 1, 1, 1, 256, false, threads, 1);
        long b0 = System.nanoTime();
        double auc;
        try (BdtModel m = BdtTrainer.train(t, null, t.names(), bdt, Double.NaN).model()) {
            double secs = (System.nanoTime() - b0) / 1e9;
            auc = Metrics.auc(m.predict(t), t.labels(), null);
            log.accept("bdt: " + secs + " s");
            return new BenchmarkResult(
                    rows, threads, batch, djl, torch, torchVersion, onnxRate, maxDiff, secs, auc);
        }
    }

    private static JsonNode torchPeer(
            Path python, FeatureTable t, int threads, int batch, int epochs)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("quarry-bench");
        try {
            Path script = dir.resolve("torch_epoch.py");
            try (InputStream in = MlBenchmark.class.getResourceAsStream("torch_epoch.py")) {
                Files.copy(in, script);
            }
            Path data = dir.resolve("data.f32");
            float[] x = Standardizer.fit(t, Double.NaN).transformRowMajor(t);
            ByteBuffer buf = ByteBuffer.allocate(t.rows() * 11 * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < t.rows(); i++) {
                for (int j = 0; j < 10; j++) {
                    buf.putFloat(x[i * 10 + j]);
                }
                buf.putFloat(t.label(i));
            }
            Files.write(data, buf.array());
            Process p =
                    new ProcessBuilder(
                                    python.toString(),
                                    script.toString(),
                                    data.toString(),
                                    String.valueOf(t.rows()),
                                    String.valueOf(threads),
                                    String.valueOf(batch),
                                    String.valueOf(epochs))
                            .redirectErrorStream(true)
                            .start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(3600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("PyTorch peer failed: " + out);
            }
            String[] lines = out.trim().split("\n");
            return ModelFiles.MAPPER.readTree(lines[lines.length - 1]);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
