package org.quarryhep.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.CategoryDefinition;
import org.quarryhep.analysis.CutDefinition;
import org.quarryhep.analysis.FeatureSetDefinition;
import org.quarryhep.analysis.VariableDefinition;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.train.TrainingSpec;
import org.quarryhep.pipeline.SampleDefinition.Role;

/**
 * Reads and checks the models section of an analysis file: classifiers, mass regressions and the
 * score variables they feed.
 */
final class ModelsSection {
    /** Keys of a training config that the pipeline sets itself. */
    private static final List<String> MANAGED_TRAINING_KEYS =
            List.of("train", "test", "label", "weight", "output", "plots", "drop", "groups");

    private ModelsSection() {}

    /**
     * Reads the models section and checks every score variable against the model it names.
     *
     * @param root the file's root
     * @param events the event-level definition, whose feature sets the models train on
     * @param samples the file's samples
     * @param base the directory model-file paths are resolved against
     * @return the models, in file order
     */
    static List<ModelDefinition> read(
            ConfigNode root, AnalysisDefinition events, List<SampleDefinition> samples, Path base) {
        List<ModelDefinition> models = new ArrayList<>();
        Map<String, FeatureSetDefinition> sets = new LinkedHashMap<>();
        events.featureSets().forEach(f -> sets.put(f.name(), f));
        if (root.has("models")) {
            Set<String> names = new HashSet<>();
            for (ConfigNode m : AnalysisFiles.list(root.get("models"))) {
                m.allowOnly(AnalysisSchema.keysOf("models[]"));
                String name = m.get("name").asString();
                if (!names.add(name)) {
                    throw m.get("name").error("duplicate model name '" + name + "'");
                }
                String set = m.get("features").asString();
                FeatureSetDefinition f = sets.get(set);
                if (f == null) {
                    throw m.get("features")
                            .error("no feature set '" + set + "'; feature sets: " + sets.keySet());
                }
                String label = m.opt("label").map(ConfigNode::asString).orElse("signal");
                if (!f.labels().contains(label)) {
                    throw m.error(
                            "label column '"
                                    + label
                                    + "' is not among the labels of feature set "
                                    + set
                                    + " "
                                    + f.labels()
                                    + "; add it there");
                }
                for (VariableDefinition v : events.variables()) {
                    if (v.kind() == VariableDefinition.Kind.SCORE
                            && f.columns().contains(v.name())) {
                        throw m.get("features")
                                .error(
                                        "feature set "
                                                + set
                                                + " holds the score variable '"
                                                + v.name()
                                                + "'; a model cannot train on a score");
                    }
                }
                List<String> trainSamples = new ArrayList<>();
                if (m.has("samples")) {
                    for (ConfigNode sn : AnalysisFiles.list(m.get("samples"))) {
                        String g = sn.asString();
                        if (samples.stream().noneMatch(x -> x.group().equals(g))) {
                            throw sn.error(
                                    "no sample named '"
                                            + g
                                            + "'; samples: "
                                            + SamplesSection.groupNames(samples));
                        }
                        trainSamples.add(g);
                    }
                    Set<Role> roles = new HashSet<>();
                    samples.stream()
                            .filter(x -> trainSamples.contains(x.group()))
                            .forEach(x -> roles.add(x.role()));
                    if ("signal".equals(label) && roles.size() < 2 && !m.has("regression")) {
                        throw m.get("samples")
                                .error(
                                        "a classifier of signal against background needs both a"
                                                + " signal and a background sample; these have"
                                                + " roles "
                                                + roles);
                    }
                }
                if (m.has("file")) {
                    if (m.has("samples")) {
                        throw m.get("samples")
                                .error(
                                        "a model given as a file is not trained; leave 'samples' out");
                    }
                    if (m.has("training")) {
                        throw m.error(
                                "give either 'training' (train here) or 'file' (a trained"
                                        + " model), not both");
                    }
                    ConfigNode fn = m.get("file");
                    Path file = base.resolve(fn.asString()).normalize();
                    TrainedModels.checkInputs(fn, file, f, samples);
                    models.add(
                            new ModelDefinition(
                                    name, set, label, null, file, List.of(), null, null, m.path()));
                    continue;
                }
                ConfigNode training =
                        m.opt("training").orElseGet(() -> ConfigNode.parse("{}", m.source()));
                if (!training.isMapping()) {
                    throw training.error("must be a mapping of quarry train keys");
                }
                for (String k : MANAGED_TRAINING_KEYS) {
                    if (training.has(k)) {
                        throw training.get(k)
                                .error(
                                        "the pipeline sets '"
                                                + k
                                                + "' itself (the feature set's table, label and"
                                                + " weight); leave it out");
                    }
                }
                if (m.has("regression")) {
                    if (m.has("explain")) {
                        throw m.get("explain")
                                .error("SHAP values are computed for classifiers only");
                    }
                    models.add(
                            new ModelDefinition(
                                    name,
                                    set,
                                    label,
                                    training,
                                    null,
                                    List.copyOf(trainSamples),
                                    null,
                                    regression(m.get("regression"), training, f, samples),
                                    m.path()));
                    continue;
                }
                TrainStage.checkSpec(training);
                ModelDefinition.Explain explain = null;
                if (m.has("explain")) {
                    ConfigNode e =
                            m.get("explain").allowOnly(AnalysisSchema.keysOf("models[].explain"));
                    explain =
                            new ModelDefinition.Explain(
                                    e.opt("key").map(ConfigNode::asString).orElse(name),
                                    positive(e, "rows", 500),
                                    positive(e, "background", 100),
                                    positive(e, "permutations", 10),
                                    e.opt("seed").map(ConfigNode::asLong).orElse(1L));
                }
                models.add(
                        new ModelDefinition(
                                name,
                                set,
                                label,
                                training,
                                null,
                                List.copyOf(trainSamples),
                                explain,
                                null,
                                m.path()));
            }
        }
        for (VariableDefinition v : events.variables()) {
            if (v.kind() != VariableDefinition.Kind.SCORE) {
                continue;
            }
            ModelDefinition model =
                    models.stream().filter(x -> x.name().equals(v.text())).findFirst().orElse(null);
            ConfigNode at = root.get("variables").get(v.name());
            if (model == null) {
                throw at.error(
                        "uses the score of model '"
                                + v.text()
                                + "', which the models section does not declare");
            }
            if (!model.featureSet().equals(v.featureSet())) {
                throw at.error(
                        "reads feature set "
                                + v.featureSet()
                                + " but model "
                                + model.name()
                                + " trains on "
                                + model.featureSet());
            }
            for (CutDefinition c : allCuts(events)) {
                if (java.util.regex.Pattern.compile(
                                "\\b" + java.util.regex.Pattern.quote(v.name()) + "\\b")
                        .matcher(c.expression())
                        .find()) {
                    throw root.get("selection")
                            .error(
                                    "cut '"
                                            + c.name()
                                            + "' uses the score '"
                                            + v.name()
                                            + "', which exists only after training; histogram the"
                                            + " score and let statistics scan the cut"
                                            + " (scan: {histogram: ...})");
                }
            }
        }
        return models;
    }

    private static List<CutDefinition> allCuts(AnalysisDefinition events) {
        List<CutDefinition> cuts = new ArrayList<>(events.cuts());
        for (CategoryDefinition c : events.categories()) {
            cuts.add(new CutDefinition(c.name(), c.require() == null ? "" : c.require(), false));
            cuts.addAll(c.cuts());
        }
        return cuts;
    }

    /**
     * Reads a model entry's {@code regression} section and its {@code training} keys (model, seed,
     * validation_fraction, network) into a mass regression, checking its columns against the
     * feature set and its evaluation samples.
     */
    private static ModelDefinition.Regression regression(
            ConfigNode r,
            ConfigNode training,
            FeatureSetDefinition f,
            List<SampleDefinition> samples) {
        r.allowOnly(AnalysisSchema.keysOf("models[].regression"));
        training.allowOnly(AnalysisSchema.REGRESSION_TRAINING_KEYS.toArray(new String[0]));
        String mass = r.get("mass").asString();
        if (!f.parameters().contains(mass) && !f.labels().contains(mass)) {
            throw r.get("mass")
                    .error(
                            "the true mass '"
                                    + mass
                                    + "' is neither a parameter "
                                    + f.parameters()
                                    + " nor a label "
                                    + f.labels()
                                    + " of feature set "
                                    + f.name());
        }
        String mcol = r.get("mcol").asString();
        if (!f.columns().contains(mcol)) {
            throw r.get("mcol")
                    .error(
                            "'"
                                    + mcol
                                    + "' is not a column of feature set "
                                    + f.name()
                                    + " "
                                    + f.columns());
        }
        List<String> evaluate = new ArrayList<>();
        for (ConfigNode sn : AnalysisFiles.list(r.get("evaluate"))) {
            String g = sn.asString();
            List<SampleDefinition> group =
                    samples.stream().filter(x -> x.group().equals(g)).toList();
            if (group.isEmpty()) {
                throw sn.error(
                        "no sample named '"
                                + g
                                + "'; samples: "
                                + SamplesSection.groupNames(samples));
            }
            for (SampleDefinition x : group) {
                if (!x.labels().containsKey(mass)) {
                    throw sn.error(
                            "sample "
                                    + x.name()
                                    + " has no label '"
                                    + mass
                                    + "' (its true mass); labels: "
                                    + x.labels().keySet());
                }
            }
            evaluate.add(g);
        }
        double weight = r.opt("selection_weight").map(ConfigNode::asDouble).orElse(50.0);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw r.get("selection_weight").error("must be a finite number >= 0, got " + weight);
        }
        String model = training.opt("model").map(n -> n.asChoice("resnet", "mlp")).orElse("resnet");
        long seed = training.opt("seed").map(ConfigNode::asLong).orElse(1L);
        double fraction = training.opt("validation_fraction").map(ConfigNode::asDouble).orElse(0.2);
        if (!(fraction > 0 && fraction < 1)) {
            throw training.get("validation_fraction")
                    .error("must be in (0, 1): the restarts are scored on these rows");
        }
        ConfigNode section =
                training.opt("network").orElseGet(() -> ConfigNode.parse("{}", training.source()));
        NetworkConfig network = TrainingSpec.networkConfig(section, model, seed);
        if (network.sigmoidOutput()) {
            throw section.error(
                    "a mass regression needs a regression loss (loss: huber or mse), not "
                            + network.loss());
        }
        return new ModelDefinition.Regression(
                r.opt("key").map(ConfigNode::asString).orElse(f.name()),
                mass,
                mcol,
                positive(r, "restarts", 1),
                weight,
                List.copyOf(evaluate),
                network,
                fraction,
                seed,
                r.canonical() + "|" + training.canonical());
    }

    private static int positive(ConfigNode n, String key, int fallback) {
        int v = n.opt(key).map(ConfigNode::asInt).orElse(fallback);
        if (v < 1) {
            throw n.get(key).error("must be >= 1, got " + v);
        }
        return v;
    }
}
