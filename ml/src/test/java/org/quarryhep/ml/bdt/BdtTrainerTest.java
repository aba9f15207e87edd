package org.quarryhep.ml.bdt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.GaussianSamples;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.table.FeatureTable;

class BdtTrainerTest {
    @TempDir Path dir;

    @Test
    void reachesTheBayesOptimalAucAndSavesExactly() throws Exception {
        FeatureTable train = GaussianSamples.of(4000, 1.0, 1);
        FeatureTable test = GaussianSamples.of(20000, 1.0, 2);
        BdtConfig cfg = new BdtConfig(30, 3, 0.1, 1, 1, 1, 1, 256, false, 1, 7);
        BdtTrainer.Result result =
                BdtTrainer.train(train, test, List.of("x0", "x1"), cfg, Double.NaN);
        // Learning curve: one point per round; boosting lowers the training log-loss every round,
        // starting below ln 2 (the log-loss of the base score 0.5).
        assertEquals(30, result.history().size());
        assertTrue(result.history().get(0).trainLoss() < Math.log(2));
        for (int r = 1; r < 30; r++) {
            assertTrue(
                    result.history().get(r).trainLoss() < result.history().get(r - 1).trainLoss());
        }
        try (BdtModel m = result.model()) {
            float[] p = m.predict(test);
            // Φ(1/√2) = 0.7602 is the best any classifier can do; a BDT on 4 000 rows gets within
            // 0.01.
            double auc = Metrics.auc(p, test.labels(), null);
            assertClose(GaussianSamples.optimalAuc(1.0), auc, 0, 0.01, "BDT test AUC");
            assertTrue(auc < GaussianSamples.optimalAuc(1.0) + 0.005, "cannot beat the Bayes AUC");
            Path f = dir.resolve("bdt.json");
            ModelFiles.save(m, f);
            try (Model back = ModelFiles.load(f)) {
                assertArrayEquals(p, back.predict(test), 0f);
                assertEquals(List.of("x0", "x1"), back.info().features());
            }
            // TreeSHAP local accuracy: the contributions plus the bias add up to the log-odds.
            float[][] c = m.contributions(test.select(new int[] {0, 1, 2}));
            for (int i = 0; i < 3; i++) {
                double sum = c[i][0] + c[i][1] + c[i][2];
                assertClose(Math.log(p[i] / (1 - p[i])), sum, 0, 1e-4, "Σ SHAP = margin");
            }
        }
    }

    @Test
    void sameSeedGivesByteIdenticalTreesAndSubsamplingFollowsTheSeed() {
        FeatureTable t = GaussianSamples.of(2000, 1.0, 4);
        byte[][] w = new byte[3][];
        long[] seeds = {9, 9, 10};
        for (int k = 0; k < 3; k++) {
            BdtConfig c = new BdtConfig(10, 4, 0.3, 0.7, 0.8, 1, 1, 64, false, 1, seeds[k]);
            try (BdtModel m = BdtTrainer.train(t, null, t.names(), c, Double.NaN).model()) {
                w[k] = m.weightBytes();
            }
        }
        assertArrayEquals(w[0], w[1]);
        assertTrue(!java.util.Arrays.equals(w[0], w[2]), "another seed draws other subsamples");
    }

    @Test
    void negativeWeightsAreRejectedWithTheRow() {
        FeatureTable t = GaussianSamples.of(10, 1.0, 1);
        double[] w = t.weights();
        w[3] = -0.5;
        QuarryException e =
                assertThrows(
                        QuarryException.class,
                        () ->
                                BdtTrainer.train(
                                        t.withWeights(w),
                                        null,
                                        t.names(),
                                        BdtConfig.classifier(2, 1),
                                        Double.NaN));
        assertEquals(
                "XGBoost needs non-negative weights; training row 3 has weight -0.5",
                e.getMessage());
    }
}
