package org.quarryhep.ml.shap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Provenance;
import org.quarryhep.ml.GaussianSamples;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.bdt.BdtConfig;
import org.quarryhep.ml.bdt.BdtModel;
import org.quarryhep.ml.bdt.BdtTrainer;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.Standardizer;

class ExplainersTest {
    private static final List<String> F = List.of("a", "b", "c", "d");

    /** A model given by a formula of the row. */
    private static Model formula(ToDoubleFunction<float[]> f) {
        ModelInfo info =
                new ModelInfo(
                        "formula",
                        Task.REGRESSION,
                        F,
                        Standardizer.identity(F),
                        Map.of(),
                        0,
                        Provenance.of("test", Map.of(), 0, List.of()),
                        1);
        return new Model() {
            @Override
            public ModelInfo info() {
                return info;
            }

            @Override
            public float[] predict(FeatureTable t) {
                FeatureTable o = t.withFeatures(F);
                float[] out = new float[o.rows()];
                float[] row = new float[4];
                for (int i = 0; i < o.rows(); i++) {
                    for (int j = 0; j < 4; j++) {
                        row[j] = o.get(i, j);
                    }
                    out[i] = (float) f.applyAsDouble(row);
                }
                return out;
            }

            @Override
            public byte[] weightBytes() {
                return new byte[0];
            }

            @Override
            public void close() {}
        };
    }

    private static FeatureTable random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] c = new float[4][n];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < n; i++) {
                c[j][i] = (float) (r.nextGaussian() * (j + 1) + j);
            }
        }
        return FeatureTable.of(F, c, null, null, Map.of());
    }

    @Test
    void linearModelGetsTheClosedFormShapValues() {
        double[] w = {2, -1, 0.5, 0};
        Model lin = formula(x -> 3 + w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3]);
        FeatureTable rows = random(20, 1);
        FeatureTable bg = random(50, 2);
        ShapValues s = Explainers.permutationShap(lin, rows, bg, 1, 9);
        double[] meanAbs = new double[4];
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 4; j++) {
                // φ_j = w_j (x_j − E_background[x_j]) for a linear model (interventional SHAP).
                double mean = 0;
                for (float v : bg.column(j)) {
                    mean += v;
                }
                mean /= 50;
                double exact = w[j] * (rows.get(i, j) - mean);
                assertClose(exact, s.values()[i][j], 1e-4, 1e-4, "φ");
                meanAbs[j] += Math.abs(exact) / 20;
            }
        }
        for (ShapValues.Importance imp : s.ranking()) {
            assertClose(meanAbs[F.indexOf(imp.feature())], imp.meanAbs(), 1e-4, 1e-4, "mean |φ|");
        }
        assertEquals("d", s.ranking().get(3).feature());
    }

    @Test
    void pairwiseInteractionIsSplitExactlyByTheShapleyFormula() {
        Model prod = formula(x -> x[0] * x[1] + 2 * x[2]);
        FeatureTable rows = random(5, 3);
        FeatureTable bg = random(40, 4);
        ShapValues s = Explainers.permutationShap(prod, rows, bg, 2, 1);
        double e0 = 0;
        double e1 = 0;
        double e01 = 0;
        for (int k = 0; k < 40; k++) {
            e0 += bg.get(k, 0) / 40.0;
            e1 += bg.get(k, 1) / 40.0;
            e01 += bg.get(k, 0) * bg.get(k, 1) / 40.0;
        }
        for (int i = 0; i < 5; i++) {
            double x0 = rows.get(i, 0);
            double x1 = rows.get(i, 1);
            // Shapley for f = x0 x1: φ0 = ½[(x0 E b1 − E b0b1) + (x0 x1 − E b0 · x1)].
            double phi0 = 0.5 * ((x0 * e1 - e01) + (x0 * x1 - e0 * x1));
            assertClose(phi0, s.values()[i][0], 1e-4, 1e-4, "φ0");
            double sum = s.expectedValue();
            for (float v : s.values()[i]) {
                sum += v;
            }
            assertClose(x0 * x1 + 2 * rows.get(i, 2), sum, 1e-4, 1e-3, "efficiency Σφ = f − E f");
        }
    }

    @Test
    void permutationShapOfATrainedNetworkAddsUpToItsPrediction() {
        FeatureTable t = GaussianSamples.of(1000, 1.0, 5);
        org.quarryhep.ml.nn.NetworkConfig c =
                org.quarryhep.ml.nn.NetworkConfig.builder()
                        .setWidths(List.of(8))
                        .optEpochs(2)
                        .optSeed(2)
                        .build();
        try (Model m =
                org.quarryhep.ml.nn.NetworkTrainer.train(t, null, t.names(), c, Double.NaN, e -> {})
                        .model()) {
            FeatureTable rows = t.select(new int[] {0, 1, 2, 3});
            ShapValues s =
                    Explainers.permutationShap(
                            m,
                            rows,
                            t.select(java.util.stream.IntStream.range(100, 150).toArray()),
                            3,
                            4);
            float[] p = m.predict(rows);
            for (int i = 0; i < 4; i++) {
                // Efficiency (Shapley axiom): E[f] + Σ_j φ_j = f(x) for every sampled permutation.
                assertClose(
                        p[i],
                        s.expectedValue() + s.values()[i][0] + s.values()[i][1],
                        0,
                        1e-5,
                        "Σφ");
            }
        }
    }

    @Test
    void treeShapRanksTheInformativeFeatureFirst() {
        FeatureTable t = GaussianSamples.of(2000, 1.5, 3);
        try (BdtModel m =
                BdtTrainer.train(t, null, t.names(), BdtConfig.classifier(20, 1), Double.NaN)
                        .model()) {
            ShapValues s = Explainers.treeShap(m, t.select(new int[] {0, 1, 2, 3, 4, 5, 6, 7}));
            assertEquals("x0", s.ranking().get(0).feature());
            assertEquals("log-odds", s.space());
            assertEquals(2, s.beeswarm(5).size());
        }
    }

    @Test
    void aSeededSubsampleOfALinearModelGetsTheClosedFormAndABeeswarmOfItsRows() {
        // f = 3 + 2a − b + 0.5c (d unused): interventional SHAP is φ_j = w_j (x_j − E_bg x_j)
        // (Lundberg & Lee, NeurIPS 2017, linear case). The background asked for (500 rows) is
        // more than the 400 the table has, so it is the whole table and E_bg is its mean.
        double[] w = {2, -1, 0.5, 0};
        Model lin = formula(x -> 3 + w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3]);
        FeatureTable pool = random(200, 5);
        FeatureTable bg = random(400, 6);
        ShapValues s = Explainers.explain(lin, pool, 30, bg, 500, 2, 77);
        assertEquals(30, s.values().length);
        double[] mean = new double[4];
        for (int j = 0; j < 4; j++) {
            for (float v : bg.column(j)) {
                mean[j] += v / 400.0;
            }
        }
        java.util.Set<Float> poolA = new java.util.HashSet<>();
        for (float v : pool.column(0)) {
            poolA.add(v);
        }
        java.util.Set<Float> seen = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            float[] x = s.featureValues()[i];
            assertEquals(true, poolA.contains(x[0]), "an explained row comes from the pool");
            assertEquals(true, seen.add(x[0]), "drawn without replacement");
            for (int j = 0; j < 4; j++) {
                assertClose(w[j] * (x[j] - mean[j]), s.values()[i][j], 1e-4, 1e-4, "φ");
            }
        }
        // Beeswarm: per event the SHAP value and the raw feature value, most important first.
        List<ShapValues.BeeswarmSeries> swarm = s.beeswarm(2);
        assertEquals(s.ranking().get(0).feature(), swarm.get(0).feature());
        int top = F.indexOf(swarm.get(0).feature());
        for (int i = 0; i < 30; i++) {
            assertEquals(s.featureValues()[i][top], swarm.get(0).values()[i], 0f);
            assertEquals(s.values()[i][top], swarm.get(0).shap()[i], 0f);
        }
        // Same seed, same rows; another seed, other rows.
        assertEquals(
                s.featureValues()[7][2],
                Explainers.explain(lin, pool, 30, bg, 500, 2, 77).featureValues()[7][2],
                0f);
        assertEquals(
                false,
                java.util.Arrays.equals(
                        s.featureValues()[0],
                        Explainers.explain(lin, pool, 30, bg, 500, 2, 78).featureValues()[0]));
    }

    @Test
    void aSubsampleOfATrainedNetworkObeysEfficiency() {
        // Shapley efficiency: E f + Σ_j φ_j = f(x), with E f the mean prediction over the
        // background (here the whole 60-row table), for every explained row.
        FeatureTable t = GaussianSamples.of(1000, 1.0, 5);
        org.quarryhep.ml.nn.NetworkConfig c =
                org.quarryhep.ml.nn.NetworkConfig.builder()
                        .setWidths(List.of(8))
                        .optEpochs(2)
                        .optSeed(2)
                        .build();
        try (Model m =
                org.quarryhep.ml.nn.NetworkTrainer.train(t, null, t.names(), c, Double.NaN, e -> {})
                        .model()) {
            FeatureTable bg = GaussianSamples.of(60, 1.0, 8);
            ShapValues s = Explainers.explain(m, t, 6, bg, 60, 3, 4);
            double ef = 0;
            for (float p : m.predict(bg)) {
                ef += p / 60.0;
            }
            assertClose(ef, s.expectedValue(), 0, 1e-6, "E f");
            float[][] x = s.featureValues();
            FeatureTable rows =
                    FeatureTable.of(
                            t.names(),
                            new float[][] {
                                {x[0][0], x[1][0], x[2][0], x[3][0], x[4][0], x[5][0]},
                                {x[0][1], x[1][1], x[2][1], x[3][1], x[4][1], x[5][1]}
                            },
                            null,
                            null,
                            Map.of());
            float[] p = m.predict(rows);
            for (int i = 0; i < 6; i++) {
                assertClose(p[i], ef + s.values()[i][0] + s.values()[i][1], 0, 1e-5, "Σφ row " + i);
            }
        }
    }
}
