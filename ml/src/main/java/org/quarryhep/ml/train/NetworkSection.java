package org.quarryhep.ml.train;

import static org.quarryhep.ml.train.ConfigChecks.atLeast;
import static org.quarryhep.ml.train.ConfigChecks.check;
import static org.quarryhep.ml.train.ConfigChecks.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.Architecture;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.LossKind;
import org.quarryhep.ml.nn.Monitor;
import org.quarryhep.ml.nn.NetworkConfig;

/**
 * Reads the {@code network} section of a training config (keys {@link TrainingSpec#NETWORK_KEYS},
 * layers {@link TrainingSpec#LAYER_KEYS}) into a {@link NetworkConfig}, each value checked at its
 * key.
 */
final class NetworkSection {
    private NetworkSection() {}

    /**
     * Reads a {@code network} section, or the defaults when it is absent.
     *
     * @param section the mapping, if given
     * @param model {@code mlp}, {@code resnet} or {@code deepsets}
     * @param seed the seed
     * @return the network config
     * @throws org.quarryhep.config.ConfigException naming the file, line and key of a bad field
     */
    static NetworkConfig read(Optional<ConfigNode> section, String model, long seed) {
        NetworkConfig.Builder b = NetworkConfig.builder().optSeed(seed);
        if (model.equals("resnet")) {
            b.optArchitecture(Architecture.RESNET);
        }
        ConfigNode n =
                section.orElse(ConfigNode.parse("{}", "defaults"))
                        .allowOnly(ConfigKey.names(TrainingSpec.NETWORK_KEYS));
        List<LayerSpec> layers = new ArrayList<>();
        Optional<ConfigNode> l = n.opt("layers");
        if (l.isEmpty()) {
            layers.add(LayerSpec.relu(64));
            layers.add(LayerSpec.relu(32));
        } else if (l.get().asList().isEmpty()) {
            throw l.get().error("must list at least one hidden layer");
        } else {
            for (ConfigNode e : l.get().asList()) {
                layers.add(layer(e));
            }
        }
        b.setLayers(layers);
        if (model.equals("deepsets")) {
            List<LayerSpec> phi = new ArrayList<>();
            ConfigNode phiNode = n.get("phi_layers");
            for (ConfigNode w : phiNode.asList()) {
                phi.add(LayerSpec.relu(atLeast(w, 1)));
            }
            b.optDeepSets(
                    phi,
                    strings(Optional.of(n.get("particle_features"))),
                    atLeast(n.get("max_particles"), 1),
                    n.get("count_feature").asString());
        } else {
            for (String k :
                    List.of("phi_layers", "particle_features", "max_particles", "count_feature")) {
                n.opt(k)
                        .ifPresent(
                                v -> {
                                    throw v.error("only for model deepsets, not " + model);
                                });
            }
        }
        n.opt("loss")
                .ifPresent(
                        v ->
                                b.optLoss(
                                        LossKind.valueOf(
                                                v.asChoice(
                                                                "bce",
                                                                "mse",
                                                                "huber",
                                                                "likelihood_ratio")
                                                        .toUpperCase(Locale.ROOT))));
        n.opt("huber_delta").ifPresent(v -> b.optHuber(check(v, v.asDouble(), d -> d > 0, "> 0")));
        double lr =
                n.opt("learning_rate")
                        .map(v -> check(v, v.asDouble(), d -> d > 0, "> 0"))
                        .orElse(1e-3);
        String opt = n.opt("optimizer").map(v -> v.asChoice("adam", "sgd")).orElse("adam");
        if (opt.equals("adam")) {
            n.opt("momentum")
                    .ifPresent(
                            v -> {
                                throw v.error("only for optimizer sgd");
                            });
            b.optAdam(lr);
        } else {
            b.optSgd(
                    lr,
                    n.opt("momentum")
                            .map(v -> check(v, v.asDouble(), d -> d >= 0 && d < 1, "in [0, 1)"))
                            .orElse(0.9));
        }
        b.optBatchSize(n.opt("batch_size").map(v -> atLeast(v, 1)).orElse(256))
                .optEpochs(n.opt("epochs").map(v -> atLeast(v, 1)).orElse(10));
        b.optReduceOnPlateau(
                n.opt("plateau_patience").map(v -> atLeast(v, 0)).orElse(0),
                n.opt("plateau_factor")
                        .map(v -> check(v, v.asDouble(), d -> d > 0 && d < 1, "in (0, 1)"))
                        .orElse(0.5),
                n.opt("min_learning_rate")
                        .map(v -> check(v, v.asDouble(), d -> d >= 0, ">= 0"))
                        .orElse(1e-6));
        b.optEarlyStopping(
                n.opt("early_stopping_patience").map(v -> atLeast(v, 0)).orElse(0), monitor(n));
        n.opt("plateau_monitor").ifPresent(v -> b.optPlateauMonitor(monitorNamed(v)));
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            // Only combinations remain here (each value was checked at its key above).
            throw n.error(ex.getMessage());
        }
    }

    private static Monitor monitor(ConfigNode network) {
        Optional<ConfigNode> legacy = network.opt("monitor_auc");
        Optional<ConfigNode> named = network.opt("monitor");
        if (legacy.isPresent() && named.isPresent()) {
            throw legacy.get().error("give either monitor or monitor_auc, not both");
        }
        if (legacy.isPresent()) {
            return legacy.get().asBoolean() ? Monitor.VAL_AUC : Monitor.VAL_LOSS;
        }
        return named.map(NetworkSection::monitorNamed).orElse(Monitor.VAL_LOSS);
    }

    private static Monitor monitorNamed(ConfigNode v) {
        return Monitor.valueOf(
                v.asChoice("val_loss", "val_auc", "val_accuracy").toUpperCase(Locale.ROOT));
    }

    private static LayerSpec layer(ConfigNode e) {
        if (e.isScalar()) {
            return LayerSpec.relu(atLeast(e, 1));
        }
        if (!e.isMapping()) {
            throw e.error("expected a width or a layer mapping (units, batch_norm, …)");
        }
        e.allowOnly(ConfigKey.names(TrainingSpec.LAYER_KEYS));
        return new LayerSpec(
                atLeast(e.get("units"), 1),
                e.opt("batch_norm").map(ConfigNode::asBoolean).orElse(false),
                Activation.valueOf(
                        e.opt("activation")
                                .map(v -> v.asChoice("relu", "leaky_relu", "tanh", "sigmoid"))
                                .orElse("relu")
                                .toUpperCase(Locale.ROOT)),
                e.opt("slope").map(ConfigNode::asDouble).orElse(0.01),
                e.opt("dropout")
                        .map(v -> check(v, v.asDouble(), d -> d >= 0 && d < 1, "in [0, 1)"))
                        .orElse(0.0));
    }
}
