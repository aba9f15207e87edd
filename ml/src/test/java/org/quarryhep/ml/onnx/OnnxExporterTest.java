package org.quarryhep.ml.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.ml.ModelFormatException;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.testkit.Requirements;

class OnnxExporterTest {
    @TempDir Path dir;

    /** Ten features, some set to the −999 missing marker, label from a non-linear rule. */
    static FeatureTable tenFeatures(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] cols = new float[10][n];
        float[] y = new float[n];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            names.add("f" + j);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 10; j++) {
                cols[j][i] = (float) (r.nextGaussian() * (j + 1) + 10 * j);
            }
            if (r.nextDouble() < 0.1) {
                cols[3][i] = -999f;
            }
            y[i] = (cols[0][i] * cols[1][i] > 10 || r.nextDouble() < 0.2) ? 1 : 0;
        }
        return FeatureTable.of(names, cols, y, null, Map.of());
    }

    /**
     * Every activation and layer type the exporter maps, as in the LFV classifier plus
     * Tanh/Sigmoid/Relu.
     */
    static NetworkModel trained(FeatureTable t) {
        NetworkConfig c =
                NetworkConfig.builder()
                        .setLayers(
                                List.of(
                                        new LayerSpec(32, true, Activation.LEAKY_RELU, 0.1, 0.3),
                                        new LayerSpec(16, true, Activation.TANH, 0, 0.3),
                                        new LayerSpec(16, false, Activation.SIGMOID, 0, 0),
                                        new LayerSpec(8, true, Activation.RELU, 0, 0)))
                        .optEpochs(2)
                        .optBatchSize(64)
                        .optSeed(4)
                        .build();
        return NetworkTrainer.train(t, null, t.names(), c, -999, e -> {}).model();
    }

    @Test
    void onnxRuntimeReproducesDjlOnTenThousandRows() throws Exception {
        FeatureTable train = tenFeatures(2000, 1);
        FeatureTable rows = tenFeatures(10_000, 2);
        try (NetworkModel m = trained(train)) {
            float[] djl = m.predict(rows);
            Path f = dir.resolve("lfv.onnx");
            OnnxExporter.write(m, f);
            try (OnnxModel onnx = OnnxModel.load(f, 1)) {
                assertEquals(m.info().features(), onnx.info().features());
                float[] ort = onnx.predict(rows);
                double worst = 0;
                for (int i = 0; i < djl.length; i++) {
                    worst = Math.max(worst, Math.abs(djl[i] - ort[i]));
                }
                // The requirement: ONNX equals DJL to 1e-5 (float32 arithmetic in both).
                assertTrue(worst <= 1e-5, "max |DJL − ONNX| = " + worst);
            }
            try (CutLibrary cuts = new CutLibrary().add("lfv_nn", f, 0.5)) {
                ClassifierCut cut = cuts.get("lfv_nn");
                boolean[] pass = cut.pass(rows);
                for (int i = 0; i < 100; i++) {
                    assertEquals(djl[i] > 0.5, pass[i]);
                }
                assertEquals("lfv_nn > 0.5", cut.description());
                assertThrows(IllegalArgumentException.class, () -> cuts.get("nope"));
            }
        }
    }

    @Test
    void regressionAndLikelihoodRatioHeadsExportToo() throws Exception {
        FeatureTable t = tenFeatures(1000, 3);
        double[] w = t.weights();
        for (int i = 0; i < w.length; i += 7) {
            w[i] = -0.5; // signed weights for the likelihood-ratio loss
        }
        float[] target = t.column("f2");
        FeatureTable reg = FeatureTable.of(t.names(), columns(t), target, null, Map.of());
        List<NetworkConfig> configs =
                List.of(
                        NetworkConfig.builder()
                                .setWidths(List.of(16))
                                .optLoss(org.quarryhep.ml.nn.LossKind.MSE)
                                .optEpochs(1)
                                .build(),
                        NetworkConfig.builder()
                                .setWidths(List.of(16))
                                .optLoss(org.quarryhep.ml.nn.LossKind.LIKELIHOOD_RATIO)
                                .optEpochs(1)
                                .build());
        List<FeatureTable> tables = List.of(reg, t.withWeights(w));
        for (int k = 0; k < 2; k++) {
            try (NetworkModel m =
                            NetworkTrainer.train(
                                            tables.get(k),
                                            null,
                                            t.names(),
                                            configs.get(k),
                                            -999,
                                            e -> {})
                                    .model();
                    OnnxModel onnx = OnnxModel.fromBytes(OnnxExporter.toBytes(m), 1, "mem")) {
                float[] a = m.predict(t);
                float[] b = onnx.predict(t);
                assertEquals(m.info().task(), onnx.info().task());
                for (int i = 0; i < a.length; i++) {
                    // float32 in both engines; relative for the unbounded outputs.
                    org.quarryhep.testkit.Tolerance.assertClose(
                            a[i], b[i], 1e-5, 1e-5, m.info().task() + " row " + i);
                }
            }
        }
    }

    private static float[][] columns(FeatureTable t) {
        float[][] c = new float[t.width()][];
        for (int j = 0; j < c.length; j++) {
            c[j] = t.column(j);
        }
        return c;
    }

    @Test
    void pythonOnnxCheckerAcceptsTheFile() throws Exception {
        Path python = Requirements.pythonModule("onnx", "python3-onnx");
        try (NetworkModel m = trained(tenFeatures(500, 1))) {
            Path f = dir.resolve("check.onnx");
            OnnxExporter.write(m, f);
            Process p =
                    new ProcessBuilder(
                                    python.toString(),
                                    "-c",
                                    "import onnx,sys; m=onnx.load(sys.argv[1]); onnx.checker.check_model(m, full_check=True); print('ok', m.opset_import[0].version)",
                                    f.toString())
                            .redirectErrorStream(true)
                            .start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.exitValue(), out);
            assertEquals("ok 13", out.trim());
        }
    }

    @Test
    void garbageIsAModelFormatError() throws Exception {
        Path f = dir.resolve("bad.onnx");
        Files.writeString(f, "not a model");
        ModelFormatException e =
                assertThrows(ModelFormatException.class, () -> OnnxModel.load(f, 1));
        assertTrue(
                e.getMessage().startsWith(f + ": ONNX Runtime cannot load the model"),
                e.getMessage());
    }
}
