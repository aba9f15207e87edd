package org.quarryhep.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.CategoryDefinition;
import org.quarryhep.analysis.CutDefinition;
import org.quarryhep.analysis.FeatureSetDefinition;
import org.quarryhep.analysis.HistogramDefinition;
import org.quarryhep.analysis.VariableDefinition;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.train.TrainingSpec;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.SampleDefinition.Normalisation;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.SampleDefinition.Role;
import org.quarryhep.pipeline.StatisticsDefinition.AbcdPrediction;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.HistFactoryLimit;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;
import org.quarryhep.pipeline.StatisticsDefinition.ResultRow;
import org.quarryhep.pipeline.StatisticsDefinition.RocCurve;
import org.quarryhep.pipeline.StatisticsDefinition.Significance;
import org.quarryhep.pipeline.StatisticsDefinition.Systematic;
import org.quarryhep.pipeline.extension.Extensions;
import org.quarryhep.shower.Tune;

/**
 * Reads and validates an analysis file as a whole before anything runs: every key against {@link
 * AnalysisSchema}, every process, parameter, generator cut, detector card, event file and sample
 * reference. Every error is a {@link ConfigException} naming the file, line and JSON pointer.
 */
public final class AnalysisFiles {
    private static final double Q95 = 3.841458820694124;

    private AnalysisFiles() {}

    /**
     * Loads a file with command-line overrides.
     *
     * @param file the analysis file
     * @param overrides {@code --set} values: dotted key → YAML value
     * @return the definition
     * @throws ConfigException on the first problem, with file, line and field
     */
    public static AnalysisFile load(Path file, Map<String, String> overrides) {
        ConfigNode root = ConfigNode.load(file);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            root = root.withOverride(o.getKey(), o.getValue());
        }
        Path base = file.toAbsolutePath().getParent();
        return read(root, file, base);
    }

    /**
     * Reads a parsed document.
     *
     * @param root the document's root
     * @param source the file it came from
     * @param base the directory relative paths are resolved against
     * @return the definition
     * @throws ConfigException on the first problem
     */
    public static AnalysisFile read(ConfigNode root, Path source, Path base) {
        if (!root.isMapping()) {
            throw root.error("an analysis file is a mapping of sections");
        }
        root.allowOnly(AnalysisSchema.keysOf(""));
        ConfigNode versionNode = root.get("version");
        int version = versionNode.asInt();
        if (version != AnalysisSchema.VERSION) {
            throw versionNode.error(
                    "this Quarry reads analysis schema version "
                            + AnalysisSchema.VERSION
                            + ", got "
                            + version);
        }
        String name = root.get("name").asString();
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw root.get("name")
                    .error(
                            "use letters, digits, '_', '.', '-' only (it names the output), got '"
                                    + name
                                    + "'");
        }
        String title = root.opt("title").map(ConfigNode::asString).orElse(name);
        String description = root.opt("description").map(ConfigNode::asString).orElse("");
        long seed = root.opt("seed").map(ConfigNode::asLong).orElse(1L);
        ColliderSettings collider = collider(root.opt("collider"), root);
        List<SampleDefinition> samples = samples(root.get("samples"), seed, base);
        ChainDefinition chain = chain(root.opt("chain"), base);
        AnalysisDefinition events = AnalysisDefinition.fromRoot(root);
        checkParameters(events, samples, root);
        Map<String, ConfigNode> sections = new LinkedHashMap<>();
        for (String section : AnalysisSchema.EVENT_LEVEL_SECTIONS) {
            root.opt(section).ifPresent(n -> sections.put(section, n));
        }
        root.opt("statistics").ifPresent(n -> sections.put("statistics", n));
        root.opt(Extensions.SECTION).ifPresent(n -> sections.put(Extensions.SECTION, n));
        List<ModelDefinition> models = models(root, events, samples, base);
        List<StatisticsDefinition> statistics = new ArrayList<>();
        Optional<ConfigNode> stats = root.opt("statistics");
        if (stats.isPresent()) {
            Set<String> names = new HashSet<>();
            for (ConfigNode s : list(stats.get())) {
                StatisticsDefinition d = statistic(s, samples);
                checkHistograms(d, s, events);
                if (!names.add(d.name())) {
                    throw s.get("name").error("duplicate statistics name '" + d.name() + "'");
                }
                statistics.add(d);
            }
        }
        checkPdf(collider, samples, root);
        AnalysisFile file =
                new AnalysisFile(
                        version,
                        name,
                        title,
                        description,
                        source,
                        seed,
                        collider,
                        samples,
                        chain,
                        events,
                        sections,
                        models,
                        statistics,
                        sha256(root.canonical()));
        // Extensions check their own config against the rest of the file, before anything runs.
        ExtensionStage.uses(file);
        return file;
    }

    /** Keys of a training config that the pipeline sets itself. */
    private static final List<String> MANAGED_TRAINING_KEYS =
            List.of("train", "test", "label", "weight", "output", "plots", "drop", "groups");

    private static List<ModelDefinition> models(
            ConfigNode root, AnalysisDefinition events, List<SampleDefinition> samples, Path base) {
        List<ModelDefinition> models = new ArrayList<>();
        Map<String, FeatureSetDefinition> sets = new LinkedHashMap<>();
        events.featureSets().forEach(f -> sets.put(f.name(), f));
        if (root.has("models")) {
            Set<String> names = new HashSet<>();
            for (ConfigNode m : list(root.get("models"))) {
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
                    for (ConfigNode sn : list(m.get("samples"))) {
                        String g = sn.asString();
                        if (samples.stream().noneMatch(x -> x.group().equals(g))) {
                            throw sn.error(
                                    "no sample named '" + g + "'; samples: " + groupNames(samples));
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

    /** Every parameter the event-level definition reads must be a label of every sample. */
    private static void checkParameters(
            AnalysisDefinition events, List<SampleDefinition> samples, ConfigNode root) {
        List<ConfigNode> entries = root.get("samples").asList();
        for (FeatureSetDefinition f : events.featureSets()) {
            for (SampleDefinition s : samples) {
                for (String l : f.labels()) {
                    if (!l.equals("signal") && !s.labels().containsKey(l)) {
                        throw root.get("features")
                                .get(f.name())
                                .error(
                                        "label '"
                                                + l
                                                + "' is not a label of sample "
                                                + s.name()
                                                + " (labels: "
                                                + s.labels().keySet()
                                                + "); 'signal' is the sample's role");
                    }
                }
                for (String p : f.parameters()) {
                    if (s.role() == Role.SIGNAL && !s.labels().containsKey(p)) {
                        throw root.get("features")
                                .get(f.name())
                                .error(
                                        "parameter '"
                                                + p
                                                + "' is not a label of signal sample "
                                                + s.name()
                                                + " (labels: "
                                                + s.labels().keySet()
                                                + ")");
                    }
                }
            }
        }
        for (SampleDefinition s : samples) {
            for (String p : events.parameterNames()) {
                if (!s.labels().containsKey(p)) {
                    int index =
                            Integer.parseInt(s.field().substring(s.field().lastIndexOf('/') + 1));
                    throw entries.get(index)
                            .error(
                                    "the analysis reads the sample parameter '"
                                            + p
                                            + "', but sample "
                                            + s.name()
                                            + " has labels "
                                            + s.labels().keySet()
                                            + "; add it under labels (or grid)");
                }
            }
        }
    }

    /** The histograms a statistics entry names must be declared in the histograms section. */
    private static void checkHistograms(
            StatisticsDefinition d, ConfigNode node, AnalysisDefinition events) {
        Map<String, HistogramDefinition> known = new LinkedHashMap<>();
        for (HistogramDefinition h : events.histograms()) {
            known.put(h.name(), h);
        }
        List<String> names = new ArrayList<>(d.histograms());
        if (d instanceof AsimovLimit a && a.scan().isPresent()) {
            names.add(a.scan().get().histogram());
        }
        if (d instanceof CountingLimit c && c.scan().isPresent()) {
            names.add(c.scan().get().histogram());
        }
        if (d instanceof HistFactoryLimit h) {
            for (Systematic sys : h.systematics()) {
                if (sys.type() == Systematic.Type.HISTOSYS) {
                    names.add(sys.upHistogram());
                    names.add(sys.downHistogram());
                }
            }
        }
        for (String n : names) {
            if (!known.containsKey(n)) {
                throw node.error(
                        "names histogram '"
                                + n
                                + "', which the histograms section does not declare; histograms: "
                                + known.keySet());
            }
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            text.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static List<ConfigNode> list(ConfigNode n) {
        if (!n.isList()) {
            throw n.error("must be a list");
        }
        return n.asList();
    }

    private static ColliderSettings collider(Optional<ConfigNode> node, ConfigNode root) {
        if (node.isEmpty()) {
            throw root.error(
                    "missing required key 'collider' (it holds luminosity_ifb, the luminosity of"
                            + " every yield)");
        }
        ConfigNode c = node.get().allowOnly(AnalysisSchema.keysOf("collider"));
        double sqrtS = c.opt("sqrt_s").map(ConfigNode::asDouble).orElse(13000.0);
        if (!(sqrtS > 0)) {
            throw c.get("sqrt_s").error("must be > 0 GeV, got " + sqrtS);
        }
        String pdf = c.opt("pdf").map(ConfigNode::asString).orElse(PdfSearchPath.DEFAULT_SET);
        String scale = c.opt("scale").map(ConfigNode::asString).orElse("auto");
        try {
            ScaleChoice.parse(scale);
        } catch (QuarryException | IllegalArgumentException e) {
            throw c.get("scale").error(e.getMessage());
        }
        ConfigNode lumiNode = c.get("luminosity_ifb");
        double lumi = lumiNode.asDouble();
        if (!(lumi > 0)) {
            throw lumiNode.error("must be > 0 fb^-1, got " + lumi);
        }
        return new ColliderSettings(sqrtS, pdf, scale, lumi);
    }

    private static List<SampleDefinition> samples(ConfigNode node, long seed, Path base) {
        List<SampleDefinition> out = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        List<ConfigNode> entries = list(node);
        if (entries.isEmpty()) {
            throw node.error("needs at least one sample");
        }
        for (ConfigNode s : entries) {
            s.allowOnly(AnalysisSchema.keysOf("samples[]"));
            String name = s.get("name").asString();
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw s.get("name")
                        .error("use letters, digits, '_', '.', '-' only, got '" + name + "'");
            }
            if (!groups.add(name)) {
                throw s.get("name").error("duplicate sample name '" + name + "'");
            }
            Role role =
                    s.get("role").asChoice("signal", "background").equals("signal")
                            ? Role.SIGNAL
                            : Role.BACKGROUND;
            boolean hasProcess = s.has("process");
            boolean hasFiles = s.has("files");
            if (hasProcess == hasFiles) {
                throw s.error("give exactly one of 'process' (built-in) or 'files' (LHE/HepMC)");
            }
            Map<String, Double> params = numbers(s.opt("params"));
            Map<String, Double> cuts = numbers(s.opt("cuts"));
            Map<String, Double> labels = numbers(s.opt("labels"));
            Normalisation norm = normalisation(s);
            long events;
            if (hasProcess) {
                ConfigNode ev = s.get("events");
                events = ev.asLong();
                if (events <= 0) {
                    throw ev.error("must be > 0, got " + events);
                }
            } else {
                events = s.opt("events").map(ConfigNode::asLong).orElse(0L);
                if (events < 0) {
                    throw s.get("events").error("must be >= 0 (0 reads every event)");
                }
                for (String k : List.of("params", "cuts", "grid")) {
                    if (s.has(k)) {
                        throw s.get(k).error("'" + k + "' applies to a built-in process only");
                    }
                }
            }
            List<Map<String, Double>> points = grid(s.opt("grid"));
            for (Map<String, Double> point : points) {
                String pointName = name + pointSuffix(point);
                long sampleSeed =
                        s.opt("seed")
                                .map(ConfigNode::asLong)
                                .map(v -> point.isEmpty() ? v : childSeed(v, pointName))
                                .orElseGet(() -> childSeed(seed, pointName));
                Map<String, Double> pointLabels = new LinkedHashMap<>(labels);
                pointLabels.putAll(point);
                SampleDefinition.Source source;
                if (hasProcess) {
                    Map<String, Double> p = new LinkedHashMap<>(params);
                    p.putAll(point);
                    String process = s.get("process").asString();
                    validateProcess(s, process, p, cuts);
                    source = new ProcessSource(process, p, cuts);
                } else {
                    source = files(s.get("files"), base);
                }
                out.add(
                        new SampleDefinition(
                                pointName,
                                name,
                                role,
                                source,
                                events,
                                sampleSeed,
                                norm,
                                pointLabels,
                                s.path()));
            }
        }
        return out;
    }

    /** A grid point's seed: the sample's seed split by the point's name. */
    private static long childSeed(long seed, String name) {
        return new RandomStreams(seed).child("sample:" + name).seed();
    }

    private static String pointSuffix(Map<String, Double> point) {
        if (point.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        point.forEach(
                (k, v) ->
                        sb.append(sb.length() > 1 ? "," : "")
                                .append(k)
                                .append('=')
                                .append(formatNumber(v)));
        return sb.append(']').toString();
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }

    private static List<Map<String, Double>> grid(Optional<ConfigNode> node) {
        List<Map<String, Double>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        if (node.isEmpty()) {
            return points;
        }
        for (Map.Entry<String, ConfigNode> e : node.get().entries().entrySet()) {
            List<Double> values = gridValues(e.getValue());
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> p : points) {
                for (double v : values) {
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    private static List<Double> gridValues(ConfigNode n) {
        List<Double> values = new ArrayList<>();
        if (n.isList()) {
            for (ConfigNode v : n.asList()) {
                values.add(v.asDouble());
            }
            if (values.isEmpty()) {
                throw n.error("a grid needs at least one value");
            }
            return values;
        }
        if (!n.isMapping()) {
            throw n.error("a grid is a list of values or {from, to, points}");
        }
        n.allowOnly(AnalysisSchema.keysOf("samples[].grid.*"));
        double from = n.get("from").asDouble();
        double to = n.get("to").asDouble();
        int count = n.get("points").asInt();
        if (count < 2) {
            throw n.get("points").error("must be >= 2, got " + count);
        }
        if (!(to > from)) {
            throw n.get("to").error("must be > from (" + from + "), got " + to);
        }
        for (int i = 0; i < count; i++) {
            values.add(from + (to - from) * i / (count - 1));
        }
        return values;
    }

    private static void validateProcess(
            ConfigNode s, String process, Map<String, Double> params, Map<String, Double> cuts) {
        try {
            ProcessCatalog.create(process, params);
        } catch (QuarryException | IllegalArgumentException e) {
            ConfigNode at = s.has("params") ? s.get("params") : s.get("process");
            if (e.getMessage() != null && e.getMessage().contains("unknown process")) {
                at = s.get("process");
            }
            throw at.error(e.getMessage().replace("--process: ", "").replace("--param ", ""));
        }
        try {
            new GeneratorCuts(cuts);
        } catch (QuarryException e) {
            throw s.get("cuts").error(e.getMessage().replace("--cut ", ""));
        }
    }

    private static FileSource files(ConfigNode node, Path base) {
        List<Path> files = new ArrayList<>();
        for (ConfigNode f : list(node)) {
            Path p = base.resolve(f.asString()).normalize();
            if (!Files.isRegularFile(p)) {
                throw f.error("no such event file: " + p);
            }
            files.add(p);
        }
        if (files.isEmpty()) {
            throw node.error("needs at least one file");
        }
        return new FileSource(files);
    }

    private static Normalisation normalisation(ConfigNode s) {
        OptionalDouble sigma = OptionalDouble.empty();
        if (s.has("cross_section_pb")) {
            double v = s.get("cross_section_pb").asDouble();
            if (!(v > 0)) {
                throw s.get("cross_section_pb").error("must be > 0 pb, got " + v);
            }
            sigma = OptionalDouble.of(v);
        }
        double k = s.opt("k_factor").map(ConfigNode::asDouble).orElse(1.0);
        if (!(k > 0)) {
            throw s.get("k_factor").error("must be > 0, got " + k);
        }
        return new Normalisation(sigma, k);
    }

    private static Map<String, Double> numbers(Optional<ConfigNode> node) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (node.isPresent()) {
            node.get().entries().forEach((k, v) -> m.put(k, v.asDouble()));
        }
        return m;
    }

    private static ChainDefinition chain(Optional<ConfigNode> node, Path base) {
        if (node.isEmpty()) {
            return new ChainDefinition(false, true, "cms", Double.NaN, null);
        }
        ConfigNode c = node.get().allowOnly(AnalysisSchema.keysOf("chain"));
        boolean shower = c.opt("shower").map(ConfigNode::asBoolean).orElse(false);
        if (shower) {
            try {
                Tune.defaults();
            } catch (QuarryException | IllegalStateException e) {
                throw c.get("shower")
                        .error("the default shower tune does not load: " + e.getMessage());
            }
        }
        boolean hadronization = c.opt("hadronization").map(ConfigNode::asBoolean).orElse(true);
        String detector = c.opt("detector").map(ConfigNode::asString).orElse("cms");
        String card = detector;
        if (!DetectorCards.PRESETS.contains(detector)) {
            card = base.resolve(detector).normalize().toString();
        }
        try {
            DetectorCards.load(card);
        } catch (QuarryException e) {
            throw c.get("detector").error(e.getMessage());
        }
        double pileup = c.opt("pileup").map(ConfigNode::asDouble).orElse(Double.NaN);
        if (pileup < 0) {
            throw c.get("pileup").error("must be >= 0, got " + pileup);
        }
        Path pileupEvents = null;
        if (c.has("pileup_events")) {
            ConfigNode pe = c.get("pileup_events");
            pileupEvents = base.resolve(pe.asString()).normalize();
            if (!Files.isRegularFile(pileupEvents)) {
                throw pe.error("no such event file: " + pileupEvents);
            }
        }
        double mean =
                Double.isNaN(pileup)
                        ? DetectorCards.load(card).pileup().meanInteractions()
                        : pileup;
        if (mean > 0 && pileupEvents == null) {
            throw c.error(
                    "mean pile-up "
                            + mean
                            + " needs minimum-bias events: give pileup_events, or pileup: 0");
        }
        return new ChainDefinition(shower, hadronization, card, pileup, pileupEvents);
    }

    private static StatisticsDefinition statistic(ConfigNode s, List<SampleDefinition> samples) {
        s.allowOnly(AnalysisSchema.keysOf("statistics[]"));
        String name = s.get("name").asString();
        String method =
                s.get("method")
                        .asChoice(
                                "asimov_limit",
                                "counting_limit",
                                "significance",
                                "histfactory",
                                "abcd",
                                "roc");
        List<String> backgrounds = backgrounds(s, samples);
        if (method.equals("abcd")) {
            for (String k : List.of("signal", "histograms", "scan", "systematics")) {
                if (s.has(k)) {
                    throw s.get(k).error("abcd takes 'regions' and 'backgrounds', not '" + k + "'");
                }
            }
            ConfigNode r =
                    s.get("regions").allowOnly(AnalysisSchema.keysOf("statistics[].regions"));
            return new AbcdPrediction(
                    name,
                    r.get("a").asString(),
                    r.get("b").asString(),
                    r.get("c").asString(),
                    r.get("d").asString(),
                    backgrounds,
                    s.path());
        }
        if (s.has("regions")) {
            throw s.get("regions").error("'regions' belongs to method abcd");
        }
        List<String> histograms = strings(s.get("histograms"));
        String signal = signal(s.get("signal"), samples);
        Optional<CutScan> scan = scan(s.opt("scan"), histograms);
        Optional<ResultRow> result = resultRow(s.opt("result"));
        double br = s.opt("signal_branching_ratio").map(ConfigNode::asDouble).orElse(1.0);
        if (!(br > 0 && br <= 1)) {
            throw s.get("signal_branching_ratio").error("must be in (0, 1], got " + br);
        }
        boolean merge =
                s.opt("merge_bins")
                        .map(m -> m.asChoice("none", "empty_background"))
                        .orElse("none")
                        .equals("empty_background");
        LimitOptions options = new LimitOptions(br, merge);
        double cl = s.opt("cl").map(ConfigNode::asDouble).orElse(0.95);
        if (!(cl > 0 && cl < 1)) {
            throw s.get("cl").error("must be in (0, 1), got " + cl);
        }
        double unc = s.opt("background_uncertainty").map(ConfigNode::asDouble).orElse(0.0);
        if (unc < 0) {
            throw s.get("background_uncertainty").error("must be >= 0, got " + unc);
        }
        only(s, method, "threshold", "asimov_limit");
        only(s, method, "cl", "counting_limit", "histfactory");
        only(s, method, "background_uncertainty", "counting_limit", "significance");
        only(s, method, "scan", "asimov_limit", "counting_limit");
        only(s, method, "systematics", "histfactory");
        only(s, method, "signal_branching_ratio", "asimov_limit", "counting_limit");
        only(s, method, "merge_bins", "asimov_limit", "counting_limit");
        only(s, method, "result", "asimov_limit", "counting_limit", "roc");
        switch (method) {
            case "roc" -> {
                if (histograms.size() != 1) {
                    throw s.get("histograms").error("roc takes one histogram of the score");
                }
                return new RocCurve(name, histograms.get(0), signal, backgrounds, result, s.path());
            }
            case "asimov_limit" -> {
                double threshold = s.opt("threshold").map(ConfigNode::asDouble).orElse(Q95);
                if (!(threshold > 0)) {
                    throw s.get("threshold").error("must be > 0, got " + threshold);
                }
                return new AsimovLimit(
                        name,
                        histograms,
                        signal,
                        backgrounds,
                        threshold,
                        scan,
                        options,
                        result,
                        s.path());
            }
            case "counting_limit" -> {
                return new CountingLimit(
                        name,
                        histograms,
                        signal,
                        backgrounds,
                        unc,
                        cl,
                        scan,
                        options,
                        result,
                        s.path());
            }
            case "significance" -> {
                return new Significance(name, histograms, signal, backgrounds, unc, s.path());
            }
            default -> {
                List<Systematic> systematics = new ArrayList<>();
                if (s.has("systematics")) {
                    for (ConfigNode row : list(s.get("systematics"))) {
                        systematics.add(systematic(row, samples, signal, backgrounds));
                    }
                }
                return new HistFactoryLimit(
                        name, histograms, signal, backgrounds, systematics, cl, s.path());
            }
        }
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
        for (ConfigNode sn : list(r.get("evaluate"))) {
            String g = sn.asString();
            List<SampleDefinition> group =
                    samples.stream().filter(x -> x.group().equals(g)).toList();
            if (group.isEmpty()) {
                throw sn.error("no sample named '" + g + "'; samples: " + groupNames(samples));
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

    private static void only(ConfigNode s, String method, String key, String... methods) {
        if (s.has(key) && !List.of(methods).contains(method)) {
            throw s.get(key)
                    .error("'" + key + "' applies to " + String.join(", ", methods) + " only");
        }
    }

    private static List<String> strings(ConfigNode n) {
        List<String> out = new ArrayList<>();
        for (ConfigNode v : list(n)) {
            out.add(v.asString());
        }
        if (out.isEmpty()) {
            throw n.error("needs at least one entry");
        }
        return out;
    }

    private static String signal(ConfigNode n, List<SampleDefinition> samples) {
        String g = n.asString();
        List<SampleDefinition> matching =
                samples.stream().filter(x -> x.group().equals(g)).toList();
        if (matching.isEmpty()) {
            throw n.error("no sample named '" + g + "'; samples: " + groupNames(samples));
        }
        if (matching.get(0).role() != Role.SIGNAL) {
            throw n.error("sample '" + g + "' has role background; the signal must be a signal");
        }
        return g;
    }

    private static List<String> backgrounds(ConfigNode s, List<SampleDefinition> samples) {
        if (!s.has("backgrounds")) {
            List<String> all =
                    samples.stream()
                            .filter(x -> x.role() == Role.BACKGROUND)
                            .map(SampleDefinition::group)
                            .distinct()
                            .toList();
            if (all.isEmpty()) {
                throw s.error("the analysis has no background sample to test against");
            }
            return all;
        }
        List<String> out = new ArrayList<>();
        for (ConfigNode b : list(s.get("backgrounds"))) {
            String g = b.asString();
            List<SampleDefinition> m = samples.stream().filter(x -> x.group().equals(g)).toList();
            if (m.isEmpty()) {
                throw b.error("no sample named '" + g + "'; samples: " + groupNames(samples));
            }
            if (m.get(0).role() != Role.BACKGROUND) {
                throw b.error("sample '" + g + "' has role signal, not background");
            }
            out.add(g);
        }
        if (out.isEmpty()) {
            throw s.get("backgrounds").error("needs at least one background");
        }
        return out;
    }

    private static List<String> groupNames(List<SampleDefinition> samples) {
        return samples.stream().map(SampleDefinition::group).distinct().toList();
    }

    private static Optional<CutScan> scan(Optional<ConfigNode> node, List<String> histograms) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ConfigNode n = node.get().allowOnly(AnalysisSchema.keysOf("statistics[].scan"));
        boolean above =
                n.opt("keep")
                        .map(k -> k.asChoice("above", "below"))
                        .orElse("above")
                        .equals("above");
        boolean shape = n.opt("shape").map(ConfigNode::asBoolean).orElse(false);
        ConfigNode h = n.get("histogram");
        List<String> cuts = h.isList() ? strings(h) : List.of(h.asString());
        if (!shape && cuts.size() != 1) {
            throw h.error("a counting scan takes one histogram; several need shape: true");
        }
        if (shape && cuts.size() != histograms.size()) {
            throw h.error(
                    "a shape scan takes one cut histogram per entry histogram "
                            + histograms
                            + ", got "
                            + cuts);
        }
        String common = n.opt("common").map(ConfigNode::asString).orElse("");
        if (!common.isEmpty() && cuts.size() != 1) {
            throw n.get("common").error("a common cut needs a one-cut scan");
        }
        return Optional.of(new CutScan(cuts, above, shape, common));
    }

    private static Optional<ResultRow> resultRow(Optional<ConfigNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ConfigNode n = node.get().allowOnly(AnalysisSchema.keysOf("statistics[].result"));
        String table = n.get("table").asString();
        if (ResultsDocument.RESERVED.contains(table)) {
            throw n.get("table")
                    .error("'" + table + "' is a key of results.json itself; choose another name");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        n.get("row")
                .entries()
                .forEach(
                        (k, v) -> {
                            String text = v.asString();
                            if (text.matches("-?[0-9]+")) {
                                row.put(k, Long.parseLong(text));
                            } else if (text.matches("-?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                                row.put(k, Double.parseDouble(text));
                            } else {
                                row.put(k, text);
                            }
                        });
        Map<String, String> columns = new LinkedHashMap<>();
        n.get("columns").entries().forEach((k, v) -> columns.put(k, v.asString()));
        if (columns.isEmpty()) {
            throw n.get("columns").error("needs at least one column");
        }
        return Optional.of(new ResultRow(table, row, columns));
    }

    private static Systematic systematic(
            ConfigNode row, List<SampleDefinition> samples, String signal, List<String> bgs) {
        row.allowOnly(AnalysisSchema.keysOf("statistics[].systematics[]"));
        String name = row.get("name").asString();
        String type = row.get("type").asChoice("normsys", "histosys", "shapesys", "lumi");
        List<String> on = strings(row.get("samples"));
        for (int i = 0; i < on.size(); i++) {
            if (!on.get(i).equals(signal) && !bgs.contains(on.get(i))) {
                throw row.get("samples")
                        .asList()
                        .get(i)
                        .error(
                                "'"
                                        + on.get(i)
                                        + "' is neither this entry's signal nor one of its"
                                        + " backgrounds "
                                        + bgs);
            }
        }
        if (type.equals("histosys")) {
            for (String k : List.of("up", "down")) {
                if (row.has(k)) {
                    throw row.get(k).error("histosys takes up_histogram and down_histogram");
                }
            }
            return new Systematic(
                    name,
                    Systematic.Type.HISTOSYS,
                    on,
                    0,
                    0,
                    row.get("up_histogram").asString(),
                    row.get("down_histogram").asString());
        }
        for (String k : List.of("up_histogram", "down_histogram")) {
            if (row.has(k)) {
                throw row.get(k).error("'" + k + "' belongs to histosys");
            }
        }
        double up = row.get("up").asDouble();
        double down = row.opt("down").map(ConfigNode::asDouble).orElse(up);
        if (!(up > 0) || !(down > 0 && down < 1)) {
            throw row.error(
                    "need up > 0 and 0 < down < 1 (relative variations), got up "
                            + up
                            + ", down "
                            + down);
        }
        if (!type.equals("normsys") && row.has("down")) {
            throw row.get("down").error("'down' applies to normsys only");
        }
        Systematic.Type t =
                switch (type) {
                    case "normsys" -> Systematic.Type.NORMSYS;
                    case "shapesys" -> Systematic.Type.SHAPESYS;
                    default -> Systematic.Type.LUMI;
                };
        return new Systematic(name, t, on, up, down, null, null);
    }

    private static void checkPdf(
            ColliderSettings collider, List<SampleDefinition> samples, ConfigNode root) {
        boolean generates = samples.stream().anyMatch(s -> s.source() instanceof ProcessSource);
        if (!generates) {
            return;
        }
        try {
            PdfSearchPath.standard(List.of(), System.getenv()).load(collider.pdf(), 0);
        } catch (QuarryException e) {
            ConfigNode at =
                    root.get("collider").has("pdf")
                            ? root.get("collider").get("pdf")
                            : root.get("collider");
            throw at.error(e.getMessage());
        }
    }
}
