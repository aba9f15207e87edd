package org.quarryhep.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.FeatureTables;

class TrainingTest {
    @TempDir Path dir;

    @Test
    void parametricJobFromAConfigUsesTheParameterAsInput() throws Exception {
        // Signal x ~ N(m, 0.5) for m ∈ {1, 3}, background x ~ N(2, 2); mass is a group column.
        SplittableRandom r = new SplittableRandom(1);
        int n = 3000;
        float[] x = new float[n];
        float[] m = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            m[i] = y[i] == 1 ? (r.nextBoolean() ? 1 : 3) : 0;
            x[i] = (float) (y[i] == 1 ? m[i] + 0.5 * r.nextGaussian() : 2 + 2 * r.nextGaussian());
        }
        Path data = dir.resolve("p.csv");
        FeatureTables.writeCsv(
                FeatureTable.of(List.of("x"), new float[][] {x}, y, null, Map.of("mass", m)), data);
        Path cfg = dir.resolve("p.yaml");
        Files.writeString(
                cfg,
                "train: p.csv\nlabel: label\nweight: weight\nparameters: [mass]\nseed: 5\noutput: p.json\n"
                        + "network: {layers: [16, 16], epochs: 4, batch_size: 64, learning_rate: 0.003}\n");
        TrainingReport rep = Training.run(TrainingSpec.fromFile(cfg), e -> {});
        try (Model model = rep.model()) {
            assertEquals(List.of("x", "mass"), model.info().features());
            assertEquals(2400, rep.trainRows()); // 8:1:1 of 3 000
            assertTrue(rep.test().auc() > 0.8, "parametric test AUC " + rep.test().auc());
        }
        try (Model back = ModelFiles.load(dir.resolve("p.json"))) {
            FeatureTable t = Training.readLike(back, data, null);
            assertEquals(List.of("mass"), t.groupNames());
            assertEquals("mass", back.info().provenance().config().get("parameters"));
        }
    }

    @Test
    void deepSetsJobFromAConfigBuildsTheSlotFeatures() throws Exception {
        SplittableRandom r = new SplittableRandom(2);
        int n = 1500;
        List<String> names = new ArrayList<>(List.of("noise"));
        for (int k = 0; k < 4; k++) {
            names.add("pt_" + k);
        }
        names.add("n");
        float[][] cols = new float[names.size()][n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int count = 1 + r.nextInt(4);
            double sum = 0;
            for (int k = 0; k < count; k++) {
                cols[1 + k][i] = (float) r.nextDouble(0, 2);
                sum += cols[1 + k][i];
            }
            cols[0][i] = (float) r.nextGaussian();
            cols[5][i] = count;
            y[i] = sum > 2 ? 1 : 0;
        }
        Path data = dir.resolve("d.csv");
        FeatureTables.writeCsv(FeatureTable.of(names, cols, y, null, Map.of()), data);
        Path cfg = dir.resolve("d.yaml");
        Files.writeString(
                cfg,
                "train: d.csv\nlabel: label\nweight: weight\nmodel: deepsets\nseed: 3\n"
                        + "network: {layers: [16], phi_layers: [16, 8], particle_features: [pt], max_particles: 4,"
                        + " count_feature: n, epochs: 6, batch_size: 32, learning_rate: 0.003}\n");
        TrainingReport rep = Training.run(TrainingSpec.fromFile(cfg), e -> {});
        try (Model model = rep.model()) {
            assertEquals(names, model.info().features());
            assertEquals("deepsets", model.info().kind());
            // The label is a function of the set (Bayes AUC 1).
            assertTrue(rep.test().auc() > 0.9, "Deep Sets test AUC " + rep.test().auc());
            assertClose(1, rep.test().rows() / 150.0, 0, 0.01, "8:1:1 test part");
        }
    }

    @Test
    void stratifiedSubsamplingBalancesTheTableBeforeTheSplit() throws Exception {
        // 1 000 signal rows at masses 200 (600 rows) and 400 (400 rows), 500 background rows
        // (mass placeholder −999): 500 signal rows are kept, 300 and 200 (proportional), so the
        // 8:1:1 split trains on 0.8 × 1 000 = 800 rows, and a bad range names its key and file.
        int n = 1500;
        float[] x = new float[n];
        float[] m = new float[n];
        float[] y = new float[n];
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < n; i++) {
            y[i] = i < 1000 ? 1 : 0;
            m[i] = i < 600 ? 200 : i < 1000 ? 400 : -999;
            x[i] = (float) (r.nextGaussian() + y[i]);
        }
        Path data = dir.resolve("s.csv");
        FeatureTables.writeCsv(
                FeatureTable.of(List.of("x"), new float[][] {x}, y, null, Map.of("mass", m)), data);
        Path cfg = dir.resolve("s.yaml");
        Files.writeString(
                cfg,
                "train: s.csv\nlabel: label\ngroups: [mass]\nseed: 5\n"
                        + "stratified_subsample: {column: mass, bins: 2, range: [200, 400]}\n"
                        + "network: {layers: [4], epochs: 1}\n");
        TrainingReport rep = Training.run(TrainingSpec.fromFile(cfg), e -> {});
        rep.model().close();
        assertEquals(800, rep.trainRows());
        Files.writeString(
                cfg,
                "train: s.csv\nlabel: label\ngroups: [mass]\n"
                        + "stratified_subsample: {column: mass, bins: 2, range: [250, 400]}\n");
        SpecException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SpecException.class,
                        () -> Training.run(TrainingSpec.fromFile(cfg), x2 -> {}));
        assertTrue(e.getMessage().startsWith("/stratified_subsample: "), e.getMessage());
        assertTrue(e.getMessage().contains("mass = 200.0, outside the range [250.0, 400.0]"));
        assertTrue(e.getMessage().contains("s.csv"), e.getMessage());
    }

    @Test
    void balancedTrainingWatchesTheBalancedValidationAccuracy() throws Exception {
        // Signal x ~ N(1, 1) with weight 0.01, background x ~ N(0, 1) with weight 1: on raw
        // weights the validation accuracy would be the background's alone. With balance: true the
        // validation part is reweighted like the training part, so the accuracy early stopping
        // watches is ½(TPR + TNR) with each class's own weights; recomputed here by hand on the
        // validation part of the same seeded 8:1:1 split.
        SplittableRandom r = new SplittableRandom(8);
        int n = 4000;
        float[] x = new float[n];
        float[] y = new float[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[i] = (float) (r.nextGaussian() + y[i]);
            w[i] = y[i] == 1 ? 0.01 * (0.5 + r.nextDouble()) : 0.5 + r.nextDouble();
        }
        FeatureTable all = FeatureTable.of(List.of("x"), new float[][] {x}, y, w, Map.of());
        Path data = dir.resolve("b.csv");
        FeatureTables.writeCsv(all, data);
        Path cfg = dir.resolve("b.yaml");
        Files.writeString(
                cfg,
                "train: b.csv\nlabel: label\nweight: weight\nbalance: true\nseed: 6\n"
                        + "network: {layers: [8], epochs: 6, early_stopping_patience: 6,"
                        + " monitor: val_accuracy}\n");
        TrainingReport rep = Training.run(TrainingSpec.fromFile(cfg), e -> {});
        FeatureTable val =
                org.quarryhep.ml.table.Splits.eightOneOne(
                                FeatureTables.read(
                                        data,
                                        org.quarryhep.ml.table.ColumnRoles.ofLabel("label")
                                                .withWeight("weight")),
                                6)
                        .validation();
        try (Model model = rep.model()) {
            float[] p = model.predict(val);
            double[] right = new double[2];
            double[] total = new double[2];
            for (int i = 0; i < p.length; i++) {
                int c = val.label(i) == 1f ? 1 : 0;
                total[c] += val.weight(i);
                if ((p[i] >= 0.5f) == (c == 1)) {
                    right[c] += val.weight(i);
                }
            }
            double balanced = 0.5 * (right[0] / total[0] + right[1] / total[1]);
            double raw = (right[0] + right[1]) / (total[0] + total[1]);
            double recorded = rep.history().get(rep.bestEpoch() - 1).validationAccuracy();
            assertClose(balanced, recorded, 1e-9, 0, "balanced validation accuracy");
            assertTrue(Math.abs(raw - recorded) > 1e-3, "raw " + raw + " vs " + recorded);
        }
    }

    @Test
    void rocPerGroupOfAModelUsesItsPredictionsAndNamesAMissingColumn() {
        // Two signal masses against one background; the per-group AUCs are those of the
        // model's own predictions split by hand.
        FeatureTable t = org.quarryhep.ml.GaussianSamples.of(2000, 1.0, 3);
        float[] mass = new float[t.rows()];
        for (int i = 0; i < mass.length; i++) {
            mass[i] = t.label(i) == 1f ? (i % 4 == 1 ? 200 : 450) : -999;
        }
        FeatureTable withMass = t.withGroup("mass", mass);
        org.quarryhep.ml.nn.NetworkConfig c =
                org.quarryhep.ml.nn.NetworkConfig.builder()
                        .setWidths(List.of(4))
                        .optEpochs(1)
                        .build();
        try (Model m =
                org.quarryhep.ml.nn.NetworkTrainer.train(t, null, t.names(), c, Double.NaN, e -> {})
                        .model()) {
            List<org.quarryhep.ml.metrics.GroupRoc> rocs =
                    Evaluation.rocPerGroup(m, withMass, "mass");
            assertEquals(2, rocs.size());
            float[] p = m.predict(t);
            for (org.quarryhep.ml.metrics.GroupRoc roc : rocs) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < p.length; i++) {
                    if (t.label(i) != 1f || mass[i] == roc.group()) {
                        rows.add(i);
                    }
                }
                FeatureTable part = t.select(rows.stream().mapToInt(Integer::intValue).toArray());
                assertClose(
                        org.quarryhep.ml.metrics.Metrics.auc(m.predict(part), part.labels(), null),
                        roc.auc(),
                        1e-12,
                        0,
                        "AUC at " + roc.group());
            }
            SpecException e =
                    org.junit.jupiter.api.Assertions.assertThrows(
                            SpecException.class, () -> Evaluation.rocPerGroup(m, t, "mass"));
            assertTrue(e.getMessage().contains("column 'mass' is not in the table"));
        }
    }
}
