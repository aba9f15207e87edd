package org.quarryhep.ml.train;

import static org.quarryhep.ml.train.ConfigChecks.atLeast;
import static org.quarryhep.ml.train.ConfigChecks.check;
import static org.quarryhep.ml.train.ConfigChecks.strings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.ml.bdt.BdtConfig;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.table.StratifiedSubsampling;

/**
 * A training job.
 *
 * <p>Config file (YAML or JSON), all keys optional except {@code train} and {@code label}:
 *
 * <pre>
 * train: data/train.csv        # table to train on
 * test: data/test.csv          # held-out table; without it the train table is split 8:1:1
 * label: Label                 # label column
 * weight: Weight               # weight column (unit weights without it)
 * drop: [EventId]              # columns to ignore
 * groups: [mass]               # group columns (not features unless listed in features)
 * parameters: [mass]           # parametric training: group columns fed as inputs; background
 *                              # rows get θ drawn from the signal rows
 * features: [a, b]             # input columns (default: every feature column)
 * missing_value: -999          # missing-value marker
 * validation_fraction: 0.1     # of the train table, when a test table is given
 * balance: false               # reweight classes to equal total weight (training and
 *                              # validation parts; the test part keeps its weights)
 * stratified_subsample:        # keep as many signal rows as background rows, stratified in
 *   column: mass               #   equal-width bins of this group (or feature) column,
 *   bins: 50                   #   allocated in proportion to the bins' sizes; applied to the
 *   range: [200, 450]          #   train table before it is split (default range: the signal's)
 *   count: 10000               #   signal rows to keep (default: the number of background rows)
 * seed: 42
 * output: model.json
 * plots: plots.json            # ROC, score histograms, calibration and learning curve data
 * model: mlp                   # mlp | resnet | deepsets | bdt
 * network:                     # for mlp / resnet / deepsets
 *   phi_layers: [64, 64]       # deepsets: per-particle map Φ (layers: the head F)
 *   particle_features: [pt, eta, phi]   # deepsets: columns pt_0, eta_0, …, pt_(k-1), …
 *   max_particles: 20          # deepsets: particle slots
 *   count_feature: n_particles # deepsets: column with the number of real particles
 *   layers: [128, 64]          # widths (ReLU), or objects {units, batch_norm, activation, slope, dropout}
 *   loss: bce                  # bce | mse | huber | likelihood_ratio
 *   huber_delta: 1.0
 *   optimizer: adam            # adam | sgd
 *   learning_rate: 0.001
 *   momentum: 0.9
 *   batch_size: 256
 *   epochs: 10
 *   plateau_patience: 0        # reduce-on-plateau (0 = off), plateau_factor, min_learning_rate
 *   early_stopping_patience: 0 # (0 = off)
 *   monitor: val_loss          # val_loss | val_auc | val_accuracy: what early stopping and
 *                              # reduce-on-plateau watch (monitor_auc: true = val_auc, older files)
 *   plateau_monitor: val_loss  # what reduce-on-plateau watches instead (default: monitor)
 * bdt: {trees: 100, max_depth: 6, eta: 0.3, subsample: 1, colsample_bytree: 1, max_bin: 256}
 * </pre>
 *
 * @param train the training table
 * @param test the test table, or {@code null}
 * @param label the label column
 * @param weight the weight column, or {@code null}
 * @param drop ignored columns
 * @param groups group columns
 * @param features input columns (empty: all feature columns; for Deep Sets the high-level ones)
 * @param parameters group columns used as parametric inputs
 * @param missingValue the missing-value marker (NaN for none)
 * @param validationFraction validation fraction of the train table
 * @param balance whether to reweight classes to equal total weight
 * @param subsample the stratified subsampling of the signal, or {@code null}
 * @param seed the seed of splits and training
 * @param output where to save the model, or {@code null}
 * @param plots where to write the plot data, or {@code null}
 * @param network the network config (for mlp and resnet)
 * @param bdt the BDT config (for bdt)
 */
public record TrainingSpec(
        Path train,
        Path test,
        String label,
        String weight,
        List<String> drop,
        List<String> groups,
        List<String> features,
        List<String> parameters,
        double missingValue,
        double validationFraction,
        boolean balance,
        StratifiedSubsampling subsample,
        long seed,
        Path output,
        Path plots,
        NetworkConfig network,
        BdtConfig bdt) {
    /** Copies lists. */
    public TrainingSpec {
        drop = List.copyOf(drop);
        groups = List.copyOf(groups);
        features = List.copyOf(features);
        parameters = List.copyOf(parameters);
    }

    /** True for a BDT job. */
    public boolean isBdt() {
        return bdt != null;
    }

    /** The top-level keys of a training config. */
    public static final List<ConfigKey> KEYS =
            List.of(
                    new ConfigKey(
                            "train", "path", "required", "table to train on (CSV/TSV, gz, .qft)"),
                    new ConfigKey(
                            "test",
                            "path",
                            "-",
                            "held-out table; without it the train table is split 8:1:1"),
                    new ConfigKey("label", "string", "required", "label column"),
                    new ConfigKey(
                            "weight", "string", "-", "weight column (unit weights without it)"),
                    new ConfigKey("drop", "list of strings", "[]", "columns to ignore"),
                    new ConfigKey(
                            "groups",
                            "list of strings",
                            "[]",
                            "group columns (not features unless listed in features)"),
                    new ConfigKey(
                            "parameters",
                            "list of strings",
                            "[]",
                            "group columns fed as parametric inputs; background rows get θ drawn"
                                    + " from the signal rows"),
                    new ConfigKey(
                            "features", "list of strings", "every feature column", "input columns"),
                    new ConfigKey(
                            "missing_value", "number", "-", "missing-value marker, e.g. -999"),
                    new ConfigKey(
                            "validation_fraction",
                            "number in (0, 1)",
                            "0.1",
                            "validation share of the train table"),
                    new ConfigKey(
                            "balance",
                            "boolean",
                            "false",
                            "reweight classes to equal total weight"),
                    new ConfigKey(
                            "stratified_subsample",
                            "mapping: column, bins, range, count",
                            "-",
                            "keep `count` signal rows (default: as many as background rows),"
                                    + " stratified in `bins` equal-width bins of `column` over"
                                    + " `range` (default: the signal's), before the split"),
                    new ConfigKey("seed", "integer", "42", "seed of the splits and the training"),
                    new ConfigKey("output", "path", "-", "where to save the model (JSON)"),
                    new ConfigKey(
                            "plots",
                            "path",
                            "-",
                            "ROC, score, calibration and learning-curve data (JSON)"),
                    new ConfigKey("model", "mlp, resnet, deepsets or bdt", "mlp", "what to train"),
                    new ConfigKey(
                            "network",
                            "mapping",
                            "defaults below",
                            "network settings (mlp, resnet, deepsets)"),
                    new ConfigKey("bdt", "mapping", "defaults below", "BDT settings (bdt)"));

    /** The keys of the {@code network} section. */
    public static final List<ConfigKey> NETWORK_KEYS =
            List.of(
                    new ConfigKey(
                            "layers",
                            "list of widths or layer mappings",
                            "[64, 32]",
                            "hidden layers (ReLU for a bare width); the head F for deepsets"),
                    new ConfigKey(
                            "phi_layers",
                            "list of integers >= 1",
                            "-",
                            "deepsets: per-particle map Φ"),
                    new ConfigKey(
                            "particle_features",
                            "list of strings",
                            "-",
                            "deepsets: per-particle columns pt_0, eta_0, …"),
                    new ConfigKey("max_particles", "integer >= 1", "-", "deepsets: particle slots"),
                    new ConfigKey(
                            "count_feature",
                            "string",
                            "-",
                            "deepsets: column with the number of real particles"),
                    new ConfigKey(
                            "loss", "bce, mse, huber or likelihood_ratio", "bce", "training loss"),
                    new ConfigKey("huber_delta", "number > 0", "1.0", "δ of the Huber loss"),
                    new ConfigKey("optimizer", "adam or sgd", "adam", "optimiser"),
                    new ConfigKey("learning_rate", "number > 0", "0.001", "learning rate"),
                    new ConfigKey("momentum", "number in [0, 1)", "0.9", "SGD momentum"),
                    new ConfigKey("batch_size", "integer >= 1", "256", "batch size"),
                    new ConfigKey("epochs", "integer >= 1", "10", "epochs"),
                    new ConfigKey(
                            "plateau_patience",
                            "integer >= 0",
                            "0",
                            "epochs without improvement before the learning rate drops (0: off)"),
                    new ConfigKey(
                            "plateau_factor",
                            "number in (0, 1)",
                            "0.5",
                            "learning-rate factor on a plateau"),
                    new ConfigKey(
                            "min_learning_rate",
                            "number >= 0",
                            "1e-6",
                            "floor of the reduced learning rate"),
                    new ConfigKey(
                            "early_stopping_patience",
                            "integer >= 0",
                            "0",
                            "epochs without improvement before training stops (0: off)"),
                    new ConfigKey(
                            "monitor",
                            "val_loss, val_auc or val_accuracy",
                            "val_loss",
                            "what early stopping and reduce-on-plateau watch (Keras' names;"
                                    + " accuracy at score >= 0.5)"),
                    new ConfigKey(
                            "plateau_monitor",
                            "val_loss, val_auc or val_accuracy",
                            "monitor",
                            "what reduce-on-plateau watches, when not the early-stopping monitor"),
                    new ConfigKey(
                            "monitor_auc",
                            "boolean",
                            "false",
                            "older spelling of monitor: val_auc (true) or val_loss (false)"));

    /** The keys of a layer given as a mapping in {@code network.layers}. */
    public static final List<ConfigKey> LAYER_KEYS =
            List.of(
                    new ConfigKey("units", "integer >= 1", "required", "width"),
                    new ConfigKey("batch_norm", "boolean", "false", "batch normalisation"),
                    new ConfigKey(
                            "activation",
                            "relu, leaky_relu, tanh or sigmoid",
                            "relu",
                            "activation"),
                    new ConfigKey("slope", "number", "0.01", "negative slope of leaky_relu"),
                    new ConfigKey("dropout", "number in [0, 1)", "0", "dropout rate"));

    /** The keys of the {@code bdt} section. */
    public static final List<ConfigKey> BDT_KEYS =
            List.of(
                    new ConfigKey("trees", "integer >= 1", "100", "boosting rounds"),
                    new ConfigKey("max_depth", "integer >= 1", "6", "tree depth"),
                    new ConfigKey("eta", "number > 0", "0.3", "learning rate"),
                    new ConfigKey("subsample", "number in (0, 1]", "1", "row share per tree"),
                    new ConfigKey(
                            "colsample_bytree", "number in (0, 1]", "1", "column share per tree"),
                    new ConfigKey(
                            "min_child_weight", "number >= 0", "1", "minimum hessian sum per leaf"),
                    new ConfigKey("lambda", "number >= 0", "1", "L2 regularisation"),
                    new ConfigKey("max_bin", "integer >= 2", "256", "histogram bins"),
                    new ConfigKey(
                            "regression",
                            "boolean",
                            "false",
                            "regression instead of classification"),
                    new ConfigKey("threads", "integer >= 1", "1", "XGBoost threads"));

    /**
     * Reads a YAML or JSON config; relative paths are resolved against the config's folder. Unknown
     * keys, values of the wrong type or range, and a section that does not fit the model ({@code
     * bdt} with an MLP) are errors naming the file, line and key.
     *
     * @param file the config
     * @return the spec
     * @throws org.quarryhep.config.ConfigException naming the file, line and key of a bad field
     * @throws IOException when the file cannot be read
     */
    public static TrainingSpec fromFile(Path file) throws IOException {
        ConfigNode root = ConfigNode.load(file);
        if (!root.isMapping()) {
            throw root.error("expected a mapping of settings (train, label, model, …)");
        }
        root.allowOnly(ConfigKey.names(KEYS));
        Path base = file.toAbsolutePath().getParent();
        long seed = root.opt("seed").map(ConfigNode::asLong).orElse(42L);
        String model =
                root.opt("model")
                        .map(n -> n.asChoice("mlp", "resnet", "deepsets", "bdt"))
                        .orElse("mlp");
        NetworkConfig net = null;
        BdtConfig bdt = null;
        if (model.equals("bdt")) {
            root.opt("network")
                    .ifPresent(
                            n -> {
                                throw n.error("a network section, but model is bdt");
                            });
            bdt = bdt(root.opt("bdt"), seed);
        } else {
            root.opt("bdt")
                    .ifPresent(
                            n -> {
                                throw n.error("a bdt section, but model is " + model);
                            });
            net = NetworkSection.read(root.opt("network"), model, seed);
        }
        double validation =
                root.opt("validation_fraction")
                        .map(n -> check(n, n.asDouble(), v -> v > 0 && v < 1, "in (0, 1)"))
                        .orElse(0.1);
        return new TrainingSpec(
                base.resolve(root.get("train").asString()),
                root.opt("test").map(n -> base.resolve(n.asString())).orElse(null),
                root.get("label").asString(),
                root.opt("weight").map(ConfigNode::asString).orElse(null),
                strings(root.opt("drop")),
                strings(root.opt("groups")),
                strings(root.opt("features")),
                strings(root.opt("parameters")),
                root.opt("missing_value").map(ConfigNode::asDouble).orElse(Double.NaN),
                validation,
                root.opt("balance").map(ConfigNode::asBoolean).orElse(false),
                root.opt("stratified_subsample").map(TrainingSpec::subsample).orElse(null),
                seed,
                root.opt("output").map(n -> base.resolve(n.asString())).orElse(null),
                root.opt("plots").map(n -> base.resolve(n.asString())).orElse(null),
                net,
                bdt);
    }

    /**
     * Reads a {@code network} section (the keys of {@link #NETWORK_KEYS}) outside a training
     * config, e.g. the network of a {@link org.quarryhep.ml.regression.MassRegression} written in
     * an analysis file.
     *
     * @param section the mapping
     * @param model {@code mlp}, {@code resnet} or {@code deepsets}
     * @param seed the seed
     * @return the network config
     * @throws org.quarryhep.config.ConfigException naming the file, line and key of a bad field
     */
    public static NetworkConfig networkConfig(ConfigNode section, String model, long seed) {
        if (!List.of("mlp", "resnet", "deepsets").contains(model)) {
            throw section.error("model must be mlp, resnet or deepsets, got '" + model + "'");
        }
        return NetworkSection.read(Optional.of(section), model, seed);
    }

    /** The keys of the {@code stratified_subsample} section. */
    static final List<String> SUBSAMPLE_KEYS = List.of("column", "bins", "range", "count");

    private static StratifiedSubsampling subsample(ConfigNode n) {
        n.allowOnly(SUBSAMPLE_KEYS.toArray(new String[0]));
        double low = Double.NaN;
        double high = Double.NaN;
        Optional<ConfigNode> range = n.opt("range");
        if (range.isPresent()) {
            List<ConfigNode> r = range.get().asList();
            if (r.size() != 2 || !(r.get(1).asDouble() > r.get(0).asDouble())) {
                throw range.get().error("must be [low, high] with high > low");
            }
            low = r.get(0).asDouble();
            high = r.get(1).asDouble();
        }
        return new StratifiedSubsampling(
                n.get("column").asString(),
                atLeast(n.get("bins"), 1),
                low,
                high,
                n.opt("count").map(v -> atLeast(v, 1)).orElse(0));
    }

    private static BdtConfig bdt(Optional<ConfigNode> section, long seed) {
        ConfigNode n =
                section.orElse(ConfigNode.parse("{}", "defaults"))
                        .allowOnly(ConfigKey.names(BDT_KEYS));
        java.util.function.Predicate<Double> unit = d -> d > 0 && d <= 1;
        return new BdtConfig(
                n.opt("trees").map(v -> atLeast(v, 1)).orElse(100),
                n.opt("max_depth").map(v -> atLeast(v, 1)).orElse(6),
                n.opt("eta").map(v -> check(v, v.asDouble(), d -> d > 0, "> 0")).orElse(0.3),
                n.opt("subsample").map(v -> check(v, v.asDouble(), unit, "in (0, 1]")).orElse(1.0),
                n.opt("colsample_bytree")
                        .map(v -> check(v, v.asDouble(), unit, "in (0, 1]"))
                        .orElse(1.0),
                n.opt("min_child_weight")
                        .map(v -> check(v, v.asDouble(), d -> d >= 0, ">= 0"))
                        .orElse(1.0),
                n.opt("lambda").map(v -> check(v, v.asDouble(), d -> d >= 0, ">= 0")).orElse(1.0),
                n.opt("max_bin").map(v -> atLeast(v, 2)).orElse(256),
                n.opt("regression").map(ConfigNode::asBoolean).orElse(false),
                n.opt("threads").map(v -> atLeast(v, 1)).orElse(1),
                seed);
    }
}
