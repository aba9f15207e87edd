package org.quarryhep.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.LossKind;
import org.quarryhep.ml.nn.OptimizerKind;

class TrainingSpecTest {
    @TempDir Path dir;

    @Test
    void readsTheLfvClassifierConfig() throws Exception {
        Path f = dir.resolve("lfv.yaml");
        Files.writeString(
                f,
                """
                train: data/train.csv.gz
                label: is_signal
                weight: w
                missing_value: -999
                seed: 17
                model: mlp
                network:
                  layers:
                    - {units: 128, batch_norm: true, activation: leaky_relu, slope: 0.1, dropout: 0.3}
                    - {units: 32, activation: tanh}
                  optimizer: sgd
                  learning_rate: 0.01
                  momentum: 0.8
                  batch_size: 64
                  epochs: 300
                  plateau_patience: 10
                  early_stopping_patience: 100
                  monitor_auc: true
                """);
        TrainingSpec s = TrainingSpec.fromFile(f);
        assertEquals(dir.resolve("data/train.csv.gz"), s.train());
        assertNull(s.test());
        assertEquals(-999, s.missingValue(), 0);
        assertEquals(17, s.network().seed());
        assertEquals(
                new LayerSpec(128, true, Activation.LEAKY_RELU, 0.1, 0.3),
                s.network().layers().get(0));
        assertEquals(Activation.TANH, s.network().layers().get(1).activation());
        assertEquals(OptimizerKind.SGD, s.network().optimizer());
        assertEquals(0.8, s.network().momentum(), 0);
        assertEquals(LossKind.BCE, s.network().loss());
        assertEquals(100, s.network().earlyStoppingPatience());
        assertEquals(true, s.network().monitorAuc());
        assertEquals(List.of(), s.drop());
    }

    @Test
    void badFieldsAreNamedByJsonPointer() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "train: t.csv\nlabel: y\nnetwork:\n  layers: [16, {units: 0}]\n");
        SpecException e = assertThrows(SpecException.class, () -> TrainingSpec.fromFile(f));
        assertEquals(f + ": /network/layers/1: layer width must be ≥ 1, got 0", e.getMessage());
        Files.writeString(f, "label: y\n");
        e = assertThrows(SpecException.class, () -> TrainingSpec.fromFile(f));
        assertEquals(f + ": /train: required string is missing", e.getMessage());
        Files.writeString(f, "train: t.csv\nlabel: y\nnetwork: {loss: hinge}\n");
        e = assertThrows(SpecException.class, () -> TrainingSpec.fromFile(f));
        assertEquals(
                f + ": /network/loss: 'hinge' is not one of bce, mse, huber, likelihood_ratio",
                e.getMessage());
        Files.writeString(f, "train: t.csv\nlabel: y\nmodel: bdt\nbdt: {trees: 0}\n");
        e = assertThrows(SpecException.class, () -> TrainingSpec.fromFile(f));
        assertEquals(
                true, e.getMessage().startsWith(f + ": /bdt: trees, maxDepth"), e.getMessage());
    }
}
