package org.quarryhep.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.LossKind;
import org.quarryhep.ml.nn.Monitor;
import org.quarryhep.ml.nn.OptimizerKind;
import org.quarryhep.ml.table.StratifiedSubsampling;

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
        assertEquals(Monitor.VAL_AUC, s.network().monitor());
        assertEquals(List.of(), s.drop());
    }

    private ConfigException rejected(String yaml) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, yaml);
        return assertThrows(ConfigException.class, () -> TrainingSpec.fromFile(f));
    }

    @Test
    void badFieldsAreNamedByLineAndYamlKey() throws Exception {
        Path f = dir.resolve("bad.yaml");
        assertEquals(
                f + ":4: /network/layers/1/units: must be >= 1, got 0",
                rejected("train: t.csv\nlabel: y\nnetwork:\n  layers: [16, {units: 0}]\n")
                        .getMessage());
        assertTrue(rejected("label: y\n").getMessage().contains("missing required key 'train'"));
        assertTrue(
                rejected("train: t.csv\nlabel: y\nnetwork: {loss: hinge}\n")
                        .getMessage()
                        .startsWith(
                                f
                                        + ":3: /network/loss: must be one of bce, mse, huber,"
                                        + " likelihood_ratio, got 'hinge'"));
        // The YAML key, not the Java field (BdtConfig's maxDepth).
        assertEquals(
                f + ":4: /bdt/trees: must be >= 1, got -3",
                rejected("train: t.csv\nlabel: y\nmodel: bdt\nbdt: {trees: -3}\n").getMessage());
    }

    @Test
    void theMonitorIsNamedAsKerasNamesItAndTheOlderBooleanStillReads() throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, "train: t.csv\nlabel: y\nnetwork: {monitor: val_accuracy}\n");
        assertEquals(Monitor.VAL_ACCURACY, TrainingSpec.fromFile(f).network().monitor());
        assertEquals(Monitor.VAL_ACCURACY, TrainingSpec.fromFile(f).network().plateauMonitor());
        Files.writeString(
                f,
                "train: t.csv\nlabel: y\nnetwork: {monitor: val_accuracy, plateau_monitor:"
                        + " val_loss}\n");
        assertEquals(Monitor.VAL_LOSS, TrainingSpec.fromFile(f).network().plateauMonitor());
        Files.writeString(f, "train: t.csv\nlabel: y\nnetwork: {monitor_auc: false}\n");
        assertEquals(Monitor.VAL_LOSS, TrainingSpec.fromFile(f).network().monitor());
        assertTrue(
                rejected("train: t.csv\nlabel: y\nnetwork: {monitor: accuracy}\n")
                        .getMessage()
                        .contains(
                                "/network/monitor: must be one of val_loss, val_auc,"
                                        + " val_accuracy"));
        assertTrue(
                rejected(
                                "train: t.csv\nlabel: y\nnetwork: {monitor: val_auc,"
                                        + " monitor_auc: true}\n")
                        .getMessage()
                        .contains("/network/monitor_auc: give either monitor or monitor_auc"));
    }

    @Test
    void aNetworkSectionReadsOnItsOwnForTheMassRegression() {
        org.quarryhep.ml.nn.NetworkConfig c =
                TrainingSpec.networkConfig(
                        org.quarryhep.config.ConfigNode.parse(
                                "{layers: [256, 256, 128], loss: huber, huber_delta: 0.1,"
                                        + " batch_size: 1024, early_stopping_patience: 50}",
                                "analysis.yaml"),
                        "resnet",
                        9);
        assertEquals(org.quarryhep.ml.nn.Architecture.RESNET, c.architecture());
        assertEquals(LossKind.HUBER, c.loss());
        assertEquals(0.1, c.huberDelta(), 0);
        assertEquals(1024, c.batchSize());
        assertEquals(9, c.seed());
        assertThrows(
                ConfigException.class,
                () ->
                        TrainingSpec.networkConfig(
                                org.quarryhep.config.ConfigNode.parse("{}", "a.yaml"), "bdt", 1));
    }

    @Test
    void unknownAndMisplacedKeysAreRejectedWithTheAllowedNames() throws Exception {
        // The cases of issue 12, item 1: each was silently ignored before.
        ConfigException w = rejected("train: t.csv\nlabel: Label\nwieght: Weight\n");
        assertEquals("/wieght", w.path());
        assertTrue(w.getMessage().startsWith(dir.resolve("bad.yaml") + ":3: "), w.getMessage());
        assertTrue(w.getMessage().contains("did you mean 'weight'?"), w.getMessage());
        assertTrue(w.getMessage().contains("allowed: train, test, label, weight"), w.getMessage());
        assertTrue(
                rejected("train: t.csv\nlabel: y\nmissing_values: -999\n")
                        .getMessage()
                        .contains("did you mean 'missing_value'?"));
        assertTrue(
                rejected("train: t.csv\nlabel: y\nnetwork: {learnig_rate: 0.5}\n")
                        .getMessage()
                        .contains("/network/learnig_rate: unknown key 'learnig_rate'"));
        assertTrue(
                rejected("train: t.csv\nlabel: y\nmodel: bdt\nbdt: {maxdepth: 4}\n")
                        .getMessage()
                        .contains("did you mean 'max_depth'?"));
        assertTrue(
                rejected("train: t.csv\nlabel: y\nbdt: {max_depth: 4}\n")
                        .getMessage()
                        .contains(":3: /bdt: a bdt section, but model is mlp"));
        assertTrue(
                rejected("train: t.csv\nlabel: y\nnetwork: {momentum: 0.5}\n")
                        .getMessage()
                        .contains("/network/momentum: only for optimizer sgd"));
    }

    @Test
    void theDocumentedKeysAreExactlyTheAcceptedOnes() throws Exception {
        // Every documented key is accepted (the docs are rendered from these lists).
        Path f = dir.resolve("all.yaml");
        Files.writeString(
                f,
                """
                train: t.csv
                test: u.csv
                label: y
                weight: w
                drop: [a]
                groups: [g]
                parameters: [g]
                features: [x]
                missing_value: -999
                validation_fraction: 0.2
                balance: true
                stratified_subsample: {column: g, bins: 50, range: [200, 450], count: 100}
                seed: 3
                output: m.json
                plots: p.json
                model: bdt
                bdt: {trees: 5, max_depth: 2, eta: 0.1, subsample: 0.5, colsample_bytree: 0.5,
                      min_child_weight: 2, lambda: 0.5, max_bin: 64, regression: false, threads: 1}
                """);
        TrainingSpec s = TrainingSpec.fromFile(f);
        assertEquals(5, s.bdt().trees());
        assertEquals(2, s.bdt().maxDepth());
        assertEquals(0.2, s.validationFraction(), 0);
        assertEquals(new StratifiedSubsampling("g", 50, 200, 450, 100), s.subsample());
        assertTrue(
                rejected("train: t.csv\nlabel: y\nstratified_subsample: {column: g}\n")
                        .getMessage()
                        .contains("/stratified_subsample: missing required key 'bins'"));
        assertTrue(
                rejected(
                                "train: t.csv\nlabel: y\nstratified_subsample: {column: g, bins:"
                                        + " 5, range: [450, 200]}\n")
                        .getMessage()
                        .contains(
                                "/stratified_subsample/range: must be [low, high] with high >"
                                        + " low"));
        assertEquals(
                List.of(
                        "train",
                        "test",
                        "label",
                        "weight",
                        "drop",
                        "groups",
                        "parameters",
                        "features",
                        "missing_value",
                        "validation_fraction",
                        "balance",
                        "stratified_subsample",
                        "seed",
                        "output",
                        "plots",
                        "model",
                        "network",
                        "bdt"),
                TrainingSpec.KEYS.stream().map(ConfigKey::name).toList());
    }
}
