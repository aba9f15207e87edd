package org.quarryhep.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.ml.GaussianSamples;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.table.FeatureTable;

class NetworkTrainerTest {
    @TempDir Path dir;

    private static final List<String> X = List.of("x0", "x1");

    private static NetworkConfig lfvLike(long seed, int epochs) {
        return NetworkConfig.builder()
                .setLayers(
                        List.of(
                                new LayerSpec(16, true, Activation.LEAKY_RELU, 0.1, 0.3),
                                new LayerSpec(8, false, Activation.TANH, 0, 0)))
                .optAdam(3e-3)
                .optBatchSize(128)
                .optEpochs(epochs)
                .optSeed(seed)
                .build();
    }

    @Test
    void mlpReachesTheBayesOptimalAucAndRoundTripsThroughTheModelFile() throws Exception {
        FeatureTable train = GaussianSamples.of(4000, 1.0, 1);
        FeatureTable test = GaussianSamples.of(20000, 1.0, 2);
        try (NetworkModel m =
                NetworkTrainer.train(train, test, X, lfvLike(3, 4), Double.NaN, r -> {}).model()) {
            float[] p = m.predict(test);
            // Φ(1/√2) = 0.7602 is the optimum (Neyman–Pearson); the network gets within 0.01.
            assertClose(
                    GaussianSamples.optimalAuc(1.0),
                    Metrics.auc(p, test.labels(), null),
                    0,
                    0.01,
                    "MLP AUC");
            Path f = dir.resolve("mlp.json");
            ModelFiles.save(m, f);
            try (Model back = ModelFiles.load(f)) {
                assertArrayEquals(p, back.predict(test), 0f);
                assertEquals("mlp", back.info().kind());
            }
        }
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        FeatureTable train = GaussianSamples.of(1000, 1.0, 1);
        FeatureTable probe = GaussianSamples.of(50, 1.0, 9);
        float[][] p = new float[3][];
        byte[][] w = new byte[3][];
        long[] seeds = {5, 5, 6};
        for (int k = 0; k < 3; k++) {
            try (NetworkModel m =
                    NetworkTrainer.train(train, null, X, lfvLike(seeds[k], 2), Double.NaN, r -> {})
                            .model()) {
                p[k] = m.predict(probe);
                w[k] = m.weightBytes();
            }
        }
        assertArrayEquals(w[0], w[1]); // byte-identical weights, dropout included
        assertArrayEquals(p[0], p[1], 0f);
        assertFalse(Arrays.equals(p[0], p[2]));
    }

    @Test
    void earlyStoppingRestoresTheBestEpochAndPlateauLowersTheRate() {
        FeatureTable train = GaussianSamples.of(600, 1.0, 1);
        FeatureTable val = GaussianSamples.of(600, 1.0, 2);
        NetworkConfig c =
                NetworkConfig.builder()
                        .setWidths(List.of(64, 64))
                        .optSgd(0.05, 0.9)
                        .optBatchSize(32)
                        .optEpochs(30)
                        .optReduceOnPlateau(2, 0.5, 1e-4)
                        .optEarlyStopping(4, Monitor.VAL_LOSS)
                        .optSeed(2)
                        .build();
        TrainingResult r = NetworkTrainer.train(train, val, X, c, Double.NaN, e -> {});
        try (NetworkModel m = r.model()) {
            EpochRecord best = r.history().get(r.bestEpoch() - 1);
            double min =
                    r.history().stream()
                            .mapToDouble(EpochRecord::validationLoss)
                            .min()
                            .orElseThrow();
            assertEquals(min, best.validationLoss(), 0.0);
            // The restored weights reproduce the best epoch's validation loss.
            float[] out = m.outputs(m.info().standardizer().transformRowMajor(val), val.rows());
            assertClose(
                    best.validationLoss(),
                    NetworkTrainer.javaLoss(c, out, val.labels(), val.weights()),
                    1e-6,
                    0,
                    "restored");
            // Replay the recorded validation losses through the rules as Keras documents them
            // (keras.io/api/callbacks): ReduceLROnPlateau(patience=2, factor=0.5, min_lr=1e-4):
            // after 2 epochs without a new best, the next epoch's rate is max(rate/2, 1e-4) and the
            // count restarts; EarlyStopping(patience=4): training ends after the epoch that is 4
            // past the best one, else after the last of 30.
            double rate = 0.05;
            double lowest = Double.POSITIVE_INFINITY;
            int replayedBest = 0;
            int wait = 0;
            int reductions = 0;
            int stopAt = 30;
            for (int e = 1; e <= r.history().size(); e++) {
                EpochRecord rec = r.history().get(e - 1);
                // The trainer keeps the rate in single precision: 1e-6 relative.
                assertClose(rate, rec.learningRate(), 1e-6, 0, "learning rate in epoch " + e);
                double v = rec.validationLoss();
                if (v < lowest) {
                    lowest = v;
                    replayedBest = e;
                    wait = 0;
                } else if (++wait >= 2) {
                    rate = Math.max(rate * 0.5, 1e-4);
                    reductions++;
                    wait = 0;
                }
                if (e - replayedBest >= 4) {
                    stopAt = e;
                    break;
                }
            }
            assertEquals(stopAt, r.history().size(), "the epoch early stopping ends on");
            assertEquals(replayedBest, r.bestEpoch(), "the restored epoch");
            assertTrue(reductions > 0, "the run exercises the plateau rule");
        }
    }

    @Test
    void accuracyMonitorRestoresTheEpochOfBestValidationAccuracyNotOfLowestLoss() {
        // A small, overfitting training set: with this seed the validation loss is lowest in
        // epoch 4 and the accuracy highest in epoch 11, so the test tells the monitors apart.
        FeatureTable train = GaussianSamples.of(300, 1.0, 11);
        FeatureTable val = GaussianSamples.of(300, 1.0, 12);
        NetworkConfig c =
                NetworkConfig.builder()
                        .setWidths(List.of(64, 64))
                        .optSgd(0.05, 0.9)
                        .optBatchSize(32)
                        .optEpochs(40)
                        .optEarlyStopping(6, Monitor.VAL_ACCURACY)
                        .optSeed(9)
                        .build();
        TrainingResult r = NetworkTrainer.train(train, val, X, c, Double.NaN, e -> {});
        try (NetworkModel m = r.model()) {
            // The accuracy of the restored network, counted here from its predictions.
            float[] p = m.predict(val);
            int right = 0;
            for (int i = 0; i < p.length; i++) {
                right += (p[i] >= 0.5f) == (val.label(i) == 1f) ? 1 : 0;
            }
            double restored = right / (double) p.length;
            int argmaxAccuracy = 0;
            int argminLoss = 0;
            for (int e = 1; e <= r.history().size(); e++) {
                EpochRecord rec = r.history().get(e - 1);
                if (argmaxAccuracy == 0
                        || rec.validationAccuracy()
                                > r.history().get(argmaxAccuracy - 1).validationAccuracy()) {
                    argmaxAccuracy = e;
                }
                if (argminLoss == 0
                        || rec.validationLoss()
                                < r.history().get(argminLoss - 1).validationLoss()) {
                    argminLoss = e;
                }
            }
            assertEquals(argmaxAccuracy, r.bestEpoch(), "the first epoch of highest accuracy");
            assertEquals(4, argminLoss, "the loss optimum lies elsewhere");
            assertEquals(
                    r.history().get(argmaxAccuracy - 1).validationAccuracy(),
                    restored,
                    0,
                    "the restored network has the best recorded accuracy");
            // Keras' EarlyStopping(patience=6): training ends 6 epochs after the best one.
            assertEquals(Math.min(40, argmaxAccuracy + 6), r.history().size());
        }
    }
}
