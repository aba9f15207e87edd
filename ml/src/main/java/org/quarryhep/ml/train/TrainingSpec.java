package org.quarryhep.ml.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quarryhep.ml.bdt.BdtConfig;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.Architecture;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.LossKind;
import org.quarryhep.ml.nn.NetworkConfig;

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
 * balance: false               # reweight classes to equal total weight
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
 *   early_stopping_patience: 0 # (0 = off); monitor_auc: true to monitor validation AUC
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

    /**
     * Reads a YAML or JSON config; relative paths are resolved against the config's folder.
     *
     * @param file the config
     * @return the spec
     * @throws SpecException naming the JSON pointer of a bad field
     * @throws IOException when the file cannot be read
     */
    public static TrainingSpec fromFile(Path file) throws IOException {
        String src = file.toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SpecException("not valid YAML/JSON: " + e.getOriginalMessage(), src);
        }
        if (root == null || !root.isObject()) {
            throw new SpecException("expected a mapping at the top level", src);
        }
        Path base = file.toAbsolutePath().getParent();
        long seed = root.path("seed").asLong(42);
        String model = root.path("model").asText("mlp").toLowerCase(Locale.ROOT);
        NetworkConfig net = null;
        BdtConfig bdt = null;
        switch (model) {
            case "mlp", "resnet", "deepsets" ->
                    net = network(root.path("network"), model, seed, src);
            case "bdt" -> bdt = bdt(root.path("bdt"), seed, src);
            default ->
                    throw new SpecException(
                            "/model: '" + model + "' is not one of mlp, resnet, deepsets, bdt",
                            src);
        }
        return new TrainingSpec(
                base.resolve(requireText(root, "train", src)),
                root.hasNonNull("test") ? base.resolve(root.get("test").asText()) : null,
                requireText(root, "label", src),
                root.hasNonNull("weight") ? root.get("weight").asText() : null,
                strings(root, "drop", src),
                strings(root, "groups", src),
                strings(root, "features", src),
                strings(root, "parameters", src),
                root.hasNonNull("missing_value") ? number(root, "missing_value", src) : Double.NaN,
                root.hasNonNull("validation_fraction")
                        ? number(root, "validation_fraction", src)
                        : 0.1,
                root.path("balance").asBoolean(false),
                seed,
                root.hasNonNull("output") ? base.resolve(root.get("output").asText()) : null,
                root.hasNonNull("plots") ? base.resolve(root.get("plots").asText()) : null,
                net,
                bdt);
    }

    private static String requireText(JsonNode root, String key, String src) {
        JsonNode n = root.get(key);
        if (n == null || !n.isTextual()) {
            throw new SpecException("/" + key + ": required string is missing", src);
        }
        return n.asText();
    }

    private static double number(JsonNode root, String key, String src) {
        JsonNode n = root.get(key);
        if (!n.isNumber()) {
            throw new SpecException("/" + key + ": expected a number, found " + n, src);
        }
        return n.asDouble();
    }

    private static List<String> strings(JsonNode root, String key, String src) {
        JsonNode n = root.get(key);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new SpecException("/" + key + ": expected a list of column names", src);
        }
        n.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static NetworkConfig network(JsonNode n, String model, long seed, String src) {
        NetworkConfig.Builder b = NetworkConfig.builder().optSeed(seed);
        if (model.equals("resnet")) {
            b.optArchitecture(Architecture.RESNET);
        }
        List<LayerSpec> layers = new ArrayList<>();
        JsonNode l = n.path("layers");
        if (l.isMissingNode()) {
            layers.add(LayerSpec.relu(64));
            layers.add(LayerSpec.relu(32));
        } else if (!l.isArray() || l.isEmpty()) {
            throw new SpecException("/network/layers: expected a non-empty list", src);
        } else {
            for (int i = 0; i < l.size(); i++) {
                JsonNode e = l.get(i);
                String ptr = "/network/layers/" + i;
                try {
                    if (e.isInt()) {
                        layers.add(LayerSpec.relu(e.asInt()));
                    } else if (e.isObject()) {
                        layers.add(
                                new LayerSpec(
                                        e.path("units").asInt(0),
                                        e.path("batch_norm").asBoolean(false),
                                        Activation.valueOf(
                                                e.path("activation")
                                                        .asText("relu")
                                                        .toUpperCase(Locale.ROOT)),
                                        e.path("slope").asDouble(0.01),
                                        e.path("dropout").asDouble(0)));
                    } else {
                        throw new SpecException(
                                ptr + ": expected a width or a layer object, found " + e, src);
                    }
                } catch (IllegalArgumentException ex) {
                    throw new SpecException(ptr + ": " + ex.getMessage(), src);
                }
            }
        }
        b.setLayers(layers);
        if (model.equals("deepsets")) {
            List<LayerSpec> phi = new ArrayList<>();
            for (JsonNode w : n.path("phi_layers")) {
                if (!w.isInt()) {
                    throw new SpecException(
                            "/network/phi_layers: expected a list of widths, found " + w, src);
                }
                try {
                    phi.add(LayerSpec.relu(w.asInt()));
                } catch (IllegalArgumentException ex) {
                    throw new SpecException("/network/phi_layers: " + ex.getMessage(), src);
                }
            }
            List<String> pf = new ArrayList<>();
            n.path("particle_features").forEach(e -> pf.add(e.asText()));
            b.optDeepSets(
                    phi,
                    pf,
                    n.path("max_particles").asInt(0),
                    n.hasNonNull("count_feature") ? n.get("count_feature").asText() : null);
        }
        try {
            if (n.has("loss")) {
                b.optLoss(LossKind.valueOf(n.get("loss").asText().toUpperCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException ex) {
            throw new SpecException(
                    "/network/loss: '"
                            + n.get("loss").asText()
                            + "' is not one of bce, mse, huber, likelihood_ratio",
                    src);
        }
        if (n.has("huber_delta")) {
            b.optHuber(n.get("huber_delta").asDouble());
        }
        double lr = n.path("learning_rate").asDouble(1e-3);
        String opt = n.path("optimizer").asText("adam").toLowerCase(Locale.ROOT);
        switch (opt) {
            case "adam" -> b.optAdam(lr);
            case "sgd" -> b.optSgd(lr, n.path("momentum").asDouble(0.9));
            default ->
                    throw new SpecException(
                            "/network/optimizer: '" + opt + "' is not adam or sgd", src);
        }
        b.optBatchSize(n.path("batch_size").asInt(256)).optEpochs(n.path("epochs").asInt(10));
        b.optReduceOnPlateau(
                n.path("plateau_patience").asInt(0),
                n.path("plateau_factor").asDouble(0.5),
                n.path("min_learning_rate").asDouble(1e-6));
        b.optEarlyStopping(
                n.path("early_stopping_patience").asInt(0), n.path("monitor_auc").asBoolean(false));
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            throw new SpecException("/network: " + ex.getMessage(), src);
        }
    }

    private static BdtConfig bdt(JsonNode n, long seed, String src) {
        try {
            return new BdtConfig(
                    n.path("trees").asInt(100),
                    n.path("max_depth").asInt(6),
                    n.path("eta").asDouble(0.3),
                    n.path("subsample").asDouble(1),
                    n.path("colsample_bytree").asDouble(1),
                    n.path("min_child_weight").asDouble(1),
                    n.path("lambda").asDouble(1),
                    n.path("max_bin").asInt(256),
                    n.path("regression").asBoolean(false),
                    n.path("threads").asInt(1),
                    seed);
        } catch (IllegalArgumentException ex) {
            throw new SpecException("/bdt: " + ex.getMessage(), src);
        }
    }
}
