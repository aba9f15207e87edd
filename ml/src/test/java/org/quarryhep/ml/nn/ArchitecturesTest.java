package org.quarryhep.ml.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.ml.ExportNotSupportedException;
import org.quarryhep.ml.Parametric;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.onnx.OnnxExporter;
import org.quarryhep.ml.table.FeatureTable;

class ArchitecturesTest {
    /** y = offset + x0² + 0.5 x1 + ε, ε ~ N(0, 0.1²): the best possible MSE is 0.01. */
    private static FeatureTable quadratic(double offset) {
        SplittableRandom r = new SplittableRandom(1);
        int n = 6000;
        float[][] x = new float[2][n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = (float) r.nextGaussian();
            x[1][i] = (float) r.nextGaussian();
            y[i] = (float) (offset + x[0][i] * x[0][i] + 0.5 * x[1][i] + 0.1 * r.nextGaussian());
        }
        return FeatureTable.of(List.of("a", "b"), x, y, null, Map.of());
    }

    /**
     * Entry layer 32, a residual block of 32 and one of 16 (projected shortcut), no batch norm:
     * with batch norm the same fit scatters over 0.02–0.12 in MSE between seeds (120 trainings
     * checked), without it over 0.010–0.022.
     */
    private static NetworkConfig residualHuber(double delta, long seed) {
        return NetworkConfig.builder()
                .setLayers(
                        List.of(
                                new LayerSpec(32, false, Activation.LEAKY_RELU, 0.1, 0),
                                new LayerSpec(32, false, Activation.LEAKY_RELU, 0.1, 0),
                                new LayerSpec(16, false, Activation.LEAKY_RELU, 0.1, 0)))
                .optArchitecture(Architecture.RESNET)
                .optHuber(delta)
                .optAdam(1e-2)
                .optBatchSize(128)
                .optEpochs(20)
                .optReduceOnPlateau(2, 0.5, 1e-4)
                .optSeed(seed)
                .build();
    }

    private static final int[] TRAIN_ROWS = java.util.stream.IntStream.range(0, 5000).toArray();
    private static final int[] TEST_ROWS = java.util.stream.IntStream.range(5000, 6000).toArray();

    /**
     * Test MSEs, in the units of {@link #quadratic}(0), of residual Huber fits to the targets
     * shifted by {@code offset} and scaled by {@code unit} (δ = 0.1 unit), for seeds 3, 4, 5. One
     * training can land far from the others: libtorch's rounding changes with the CPU and, through
     * MKL, with memory alignment, and a chaotic trajectory amplifies it (a single fit gave 0.07
     * once in twenty runs of this suite). The tests judge the median of three.
     */
    private static double[] residualFits(double offset, float unit, boolean checkExport) {
        FeatureTable data = relabelled(quadratic(offset), unit);
        FeatureTable test = quadratic(0).select(TEST_ROWS);
        double[] mse = new double[3];
        for (int k = 0; k < 3; k++) {
            TrainingResult r =
                    NetworkTrainer.train(
                            data.select(TRAIN_ROWS),
                            null,
                            data.names(),
                            residualHuber(0.1 * unit, 3 + k),
                            Double.NaN,
                            e -> {});
            try (NetworkModel m = r.model()) {
                assertEquals(Task.REGRESSION, m.info().task());
                float[] p = m.predict(test);
                for (int i = 0; i < p.length; i++) {
                    p[i] = (float) (p[i] / unit - offset);
                }
                mse[k] = Metrics.meanSquaredError(p, test.labels(), null);
                if (checkExport) {
                    // ONNX export covers MLPs only (issue 5): a residual network is refused.
                    ExportNotSupportedException e =
                            assertThrows(
                                    ExportNotSupportedException.class,
                                    () -> OnnxExporter.toBytes(m));
                    assertTrue(e.getMessage().contains("RESNET"), e.getMessage());
                }
            }
        }
        return mse;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void residualRegressorWithHuberLossReachesTheNoiseFloor() {
        // Var(y) = Var(x0²) + 0.25 + 0.01 = 2.26 and the best linear fit leaves Var(x0²) = 2;
        // the residual network gets within 4× the noise floor of 0.01 on 5 000 rows (seeds 1–6
        // on six data sets gave 0.010–0.022).
        double[] mse = residualFits(0, 1, true);
        assertTrue(median(mse) < 0.04, "test MSEs " + java.util.Arrays.toString(mse));
    }

    @Test
    void regressionReachesTheNoiseFloorWhateverTheTargetOffsetAndUnit() {
        // Targets are standardised for training and the scale folded into the output layer, so
        // a shift by 125 (a Higgs mass in GeV) or a change of unit (GeV → MeV, δ alike) is the
        // same problem. Without the standardisation the shifted fit ends at MSE 0.071 here.
        double[] shifted = residualFits(125, 1, false);
        assertTrue(median(shifted) < 0.04, "offset 125: " + java.util.Arrays.toString(shifted));
        double[] mev = residualFits(0, 1000, false);
        assertTrue(median(mev) < 0.04, "unit 1000: " + java.util.Arrays.toString(mev));
    }

    private static FeatureTable relabelled(FeatureTable t, float factor) {
        float[] y = t.labels().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        float[][] cols = {t.column("a"), t.column("b")};
        return FeatureTable.of(t.names(), cols, y, null, Map.of());
    }

    /** Events with 1–6 particles of one feature "pt"; label 1 when Σpt over real particles > 3. */
    private static FeatureTable particles(int n, long seed, float padding) {
        SplittableRandom r = new SplittableRandom(seed);
        int slots = 6;
        float[][] cols = new float[slots + 2][n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int count = 1 + r.nextInt(slots);
            double sum = 0;
            for (int k = 0; k < slots; k++) {
                float pt = k < count ? (float) (-Math.log(1 - r.nextDouble())) : padding;
                cols[1 + k][i] = pt;
                if (k < count) {
                    sum += pt;
                }
            }
            cols[0][i] = (float) r.nextGaussian(); // an uninformative high-level feature
            cols[slots + 1][i] = count;
            y[i] = sum > 3 ? 1 : 0;
        }
        List<String> names = new ArrayList<>(List.of("ht_noise"));
        for (int k = 0; k < slots; k++) {
            names.add("pt_" + k);
        }
        names.add("n");
        return FeatureTable.of(names, cols, y, null, Map.of());
    }

    @Test
    void deepSetsMasksPaddingAndIsPermutationInvariant() {
        NetworkConfig c =
                NetworkConfig.builder()
                        .setWidths(List.of(16))
                        .optDeepSets(
                                List.of(LayerSpec.relu(16), LayerSpec.relu(8)),
                                List.of("pt"),
                                6,
                                "n")
                        .optAdam(3e-3)
                        .optBatchSize(64)
                        .optEpochs(8)
                        .optSeed(5)
                        .build();
        FeatureTable train = particles(5000, 1, 0f);
        List<String> features = NetworkTrainer.deepSetsFeatures(List.of("ht_noise"), c);
        try (NetworkModel m =
                NetworkTrainer.train(train, null, features, c, Double.NaN, e -> {}).model()) {
            FeatureTable test = particles(2000, 2, 0f);
            float[] p = m.predict(test);
            // The label is a deterministic function of the set (Bayes AUC 1); Φ = sum suffices.
            double auc = Metrics.auc(p, test.labels(), null);
            assertTrue(auc > 0.97, "Deep Sets AUC " + auc);
            // Masking: the values in empty slots do not matter at all.
            float[] garbage = m.predict(particles(2000, 2, 1e3f));
            for (int i = 0; i < p.length; i++) {
                assertClose(p[i], garbage[i], 0, 1e-6, "masked padding");
            }
            // Permutation invariance: reversing the order of the real particles changes nothing.
            FeatureTable rev = test;
            float[] n = test.column("n");
            float[][] pts = new float[6][];
            for (int k = 0; k < 6; k++) {
                pts[k] = test.column("pt_" + k);
            }
            float[][] swapped = new float[6][test.rows()];
            for (int i = 0; i < test.rows(); i++) {
                int count = (int) n[i];
                for (int k = 0; k < 6; k++) {
                    swapped[k][i] = k < count ? pts[count - 1 - k][i] : pts[k][i];
                }
            }
            for (int k = 0; k < 6; k++) {
                rev = rev.withColumn("pt_" + k, swapped[k]);
            }
            float[] q = m.predict(rev);
            for (int i = 0; i < p.length; i++) {
                assertClose(p[i], q[i], 0, 1e-5, "permutation invariance");
            }
        }
    }

    @Test
    void particleListsBecomeSlotColumnsWithACount() {
        List<float[][]> lists =
                List.of(
                        new float[][] {{10, 0.5f}, {5, -1}},
                        new float[][] {{7, 2}, {6, 1}, {5, 0}, {4, -2}},
                        new float[][] {});
        FeatureTable t =
                ParticleSets.toTable(
                        List.of("met"),
                        new float[][] {{30}, {40}, {50}},
                        lists,
                        List.of("pt", "eta"),
                        3,
                        "n",
                        null,
                        null);
        NetworkConfig c =
                NetworkConfig.builder()
                        .setWidths(List.of(4))
                        .optDeepSets(List.of(LayerSpec.relu(4)), List.of("pt", "eta"), 3, "n")
                        .build();
        assertEquals(NetworkTrainer.deepSetsFeatures(List.of("met"), c), t.names());
        // Counts are capped at the 3 slots; the 4th particle of event 1 is dropped.
        assertEquals(List.of(2f, 3f, 0f), List.of(t.get(0, 7), t.get(1, 7), t.get(2, 7)));
        assertEquals(5f, t.get(0, t.indexOf("pt_1")), 0f);
        assertEquals(0f, t.get(0, t.indexOf("pt_2")), 0f);
        assertEquals(0f, t.get(1, t.indexOf("eta_2")), 0f);
    }

    private static double normal(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    @Test
    void parametricNetworkInterpolatesBetweenGridPoints() {
        // Signal x ~ N(m, 0.5) at m ∈ {0, 1, 2, 4}; background x ~ N(2, 2). Evaluate at m = 3,
        // which is not on the grid, against the Neyman–Pearson AUC of the exact density ratio.
        SplittableRandom r = new SplittableRandom(8);
        float[] grid = {0, 1, 2, 4};
        int n = 16000;
        float[] x = new float[n];
        float[] m = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            if (y[i] == 1) {
                m[i] = grid[r.nextInt(grid.length)];
                x[i] = (float) (m[i] + 0.5 * r.nextGaussian());
            } else {
                x[i] = (float) (2 + 2 * r.nextGaussian());
            }
        }
        Map<String, float[]> groups = new LinkedHashMap<>();
        groups.put("mass", m);
        FeatureTable train =
                Parametric.assignBackgroundParameters(
                        FeatureTable.of(List.of("x"), new float[][] {x}, y, null, groups),
                        List.of("mass"),
                        4);
        NetworkConfig c =
                NetworkConfig.builder()
                        .setWidths(List.of(32, 32))
                        .optAdam(3e-3)
                        .optBatchSize(128)
                        .optEpochs(10)
                        .optSeed(1)
                        .build();
        int nt = 8000;
        float[] tx = new float[nt];
        float[] ty = new float[nt];
        float[] exact = new float[nt];
        for (int i = 0; i < nt; i++) {
            ty[i] = i % 2;
            tx[i] = (float) (ty[i] == 1 ? 3 + 0.5 * r.nextGaussian() : 2 + 2 * r.nextGaussian());
            exact[i] = (float) (normal(tx[i], 3, 0.5) / normal(tx[i], 2, 2));
        }
        FeatureTable test =
                FeatureTable.of(
                        List.of("x"), new float[][] {tx}, ty, null, Map.of("mass", new float[nt]));
        try (NetworkModel model =
                NetworkTrainer.train(train, null, List.of("x", "mass"), c, Double.NaN, e -> {})
                        .model()) {
            double best = Metrics.auc(exact, ty, null);
            double at3 =
                    Metrics.auc(Parametric.predictAt(model, test, Map.of("mass", 3f)), ty, null);
            double at0 =
                    Metrics.auc(Parametric.predictAt(model, test, Map.of("mass", 0f)), ty, null);
            assertClose(best, at3, 0, 0.02, "parametric AUC at m = 3 vs optimal");
            assertTrue(
                    at0 < best - 0.05, "evaluated at the wrong mass the network is worse: " + at0);
        }
    }

    @Test
    void likelihoodRatioFromSignedWeightsMatchesTheTrueRatio() {
        // Numerator p1 = N(1, 1). Denominator p0 = 1.25 N(0, 1) − 0.25 N(0, 0.5), sampled as
        // 30 000 events of N(0, 1) with weight +1 and 6 000 of N(0, 0.5) with weight −1.
        SplittableRandom r = new SplittableRandom(11);
        int n1 = 30000;
        int na = 30000;
        int nb = 6000;
        int n = n1 + na + nb;
        float[] x = new float[n];
        float[] y = new float[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < n1) {
                x[i] = (float) (1 + r.nextGaussian());
                y[i] = 1;
                w[i] = 1;
            } else if (i < n1 + na) {
                x[i] = (float) r.nextGaussian();
                w[i] = 1;
            } else {
                x[i] = (float) (0.5 * r.nextGaussian());
                w[i] = -1;
            }
        }
        FeatureTable t = FeatureTable.of(List.of("x"), new float[][] {x}, y, w, Map.of());
        float[] grid = {-1f, -0.5f, 0f, 0.5f, 1f, 1.5f};
        FeatureTable at = FeatureTable.of(List.of("x"), new float[][] {grid}, null, null, Map.of());
        // One training's ln r scatters by up to ~0.25 in the tails over seeds (8 seeds checked:
        // 0.24 at x = −1 once, ≤ 0.13 otherwise) and libtorch's rounding differs between CPUs, so
        // the median of three seeds is judged.
        long[] seeds = {1, 2, 3};
        double[][] lnR = new double[grid.length][seeds.length];
        for (int s = 0; s < seeds.length; s++) {
            NetworkConfig c =
                    NetworkConfig.builder()
                            .setLayers(
                                    List.of(
                                            new LayerSpec(32, false, Activation.TANH, 0, 0),
                                            new LayerSpec(32, false, Activation.TANH, 0, 0)))
                            .optLoss(LossKind.LIKELIHOOD_RATIO)
                            .optAdam(3e-3)
                            .optBatchSize(512)
                            .optEpochs(12)
                            .optSeed(seeds[s])
                            .build();
            try (NetworkModel m =
                    NetworkTrainer.train(t, null, List.of("x"), c, Double.NaN, e -> {}).model()) {
                assertEquals(Task.LIKELIHOOD_RATIO, m.info().task());
                float[] r0 = m.predict(at);
                for (int k = 0; k < grid.length; k++) {
                    lnR[k][s] = Math.log(r0[k]);
                }
            }
        }
        for (int k = 0; k < grid.length; k++) {
            double xv = grid[k];
            double p1 = normal(xv, 1, 1);
            double p0 = 1.25 * normal(xv, 0, 1) - 0.25 * normal(xv, 0, 0.5);
            double wrong = (1.25 * normal(xv, 0, 1) + 0.25 * normal(xv, 0, 0.5)) / 1.5;
            // Analytic ratio of the signed mixture; |w| instead of w would give p1/wrong.
            assertClose(
                    Math.log(p1 / p0),
                    median(lnR[k]),
                    0,
                    0.2,
                    "median ln r at x = " + xv + " of " + java.util.Arrays.toString(lnR[k]));
            if (xv == 0) {
                assertTrue(Math.abs(Math.log(p0 / wrong)) > 0.4, "the test tells signed from |w|");
            }
        }
    }
}
