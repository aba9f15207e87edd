package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.Provenance;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.cache.StageCache;
import org.quarryhep.pipeline.cache.StageKey;
import org.quarryhep.pipeline.extension.Extensions;
import org.quarryhep.pipeline.extension.SampleOutputs;

/**
 * Runs a validated analysis stage by stage through the content-addressed cache and writes {@code
 * results.json}. Each stage's output is keyed by its configuration, its inputs' keys and Quarry's
 * version, so a changed setting re-runs exactly the stages downstream of it. A failing stage leaves
 * the finished stages' outputs in the cache, writes a {@code results.json} whose {@code status} is
 * {@code failed} and names the stage, and throws {@link StageFailedException}.
 */
public final class Pipeline {
    /** The version of the pipeline's own keys in results.json. */
    public static final int RESULTS_VERSION = 1;

    private final AnalysisFile analysis;
    private final RunOptions options;
    private final PipelineListener listener;
    private final List<StageRun> runs = new ArrayList<>();
    private StageRunner stages;

    /**
     * Creates a run.
     *
     * @param analysis the analysis
     * @param options output directory, cache, threads
     * @param listener told about progress
     */
    public Pipeline(AnalysisFile analysis, RunOptions options, PipelineListener listener) {
        this.analysis = analysis;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Runs the analysis.
     *
     * @return the results
     * @throws StageFailedException when a stage fails (results.json says which)
     * @throws PipelineException when {@code --only} needs an output that is not cached
     * @throws IOException when the output directory cannot be written
     */
    public RunResult run() throws IOException {
        Path out = Files.createDirectories(options.outputDir());
        stages =
                new StageRunner(
                        new StageCache(out.resolve("cache"), options.fresh()),
                        options,
                        listener,
                        runs);
        SampleChain chain = new SampleChain(analysis, options, listener, stages);
        List<SampleOutcome> outcomes = new ArrayList<>();
        Map<String, Object> statistics = new LinkedHashMap<>();
        Map<String, Object> models = new LinkedHashMap<>();
        List<String> workspaces = new ArrayList<>();
        Map<String, Object> extensions = new LinkedHashMap<>();
        StageFailedException failure = null;
        try {
            for (SampleDefinition s : analysis.samples()) {
                SampleOutcome o = new SampleOutcome(s, sampleRecord(s));
                outcomes.add(o);
                chain.run(o);
            }
            Map<String, Path> modelFiles = new LinkedHashMap<>();
            List<StageKey> modelKeys = new ArrayList<>();
            if (runModels(outcomes, modelFiles, modelKeys, models)) {
                for (SampleOutcome o : outcomes) {
                    runHistograms(o, modelFiles, modelKeys);
                }
            }
            runStatistics(outcomes, out, statistics, workspaces);
            runExtensions(outcomes, modelFiles, modelKeys, out, extensions);
        } catch (StageFailedException e) {
            failure = e;
        }
        Map<String, Object> doc =
                new ResultsDocument(analysis, options, runs)
                        .build(
                                outcomes.stream().map(o -> o.record).toList(),
                                cutflows(outcomes),
                                histograms(outcomes),
                                models,
                                statistics,
                                workspaces,
                                failure);
        ProfileEntries.add(doc, analysis, outcomes);
        mergeExtensionEntries(doc, extensions);
        Path file = out.resolve("results.json");
        AtomicFile.write(file, tmp -> StageFiles.JSON.writeValue(tmp.toFile(), doc));
        if (failure != null) {
            throw failure;
        }
        return new RunResult(file, doc, runs);
    }

    private static Map<String, Object> cutflows(List<SampleOutcome> outcomes) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SampleOutcome o : outcomes) {
            if (o.cutflow != null) {
                m.put(o.sample.name(), o.cutflow);
            }
        }
        return m;
    }

    private static Map<String, Object> histograms(List<SampleOutcome> outcomes) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SampleOutcome o : outcomes) {
            if (o.histograms != null) {
                m.put(o.sample.name(), o.histograms);
            }
        }
        return m;
    }

    /** Trains every model (after every sample's features); false when --only stops earlier. */
    private boolean runModels(
            List<SampleOutcome> outcomes,
            Map<String, Path> modelFiles,
            List<StageKey> modelKeys,
            Map<String, Object> records)
            throws IOException {
        for (SampleOutcome o : outcomes) {
            if (o.selectKey == null
                    || (!analysis.events().featureSets().isEmpty() && o.featuresDir == null)) {
                return false;
            }
        }
        for (ModelDefinition m : analysis.models()) {
            if (m.isFile()) {
                String sha = Provenance.InputFile.of(m.file()).sha256();
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("model", m.name());
                record.put("feature_set", m.featureSet());
                record.put("file", m.file().toString());
                record.put("sha256", sha);
                records.put(m.name(), record);
                modelFiles.put(m.name(), m.file());
                modelKeys.add(StageKey.builder(Stage.TRAIN.id()).file(m.name(), sha).build());
                continue;
            }
            if (m.regression() != null) {
                if (!runRegression(m, outcomes, records)) {
                    return false;
                }
                continue;
            }
            List<SampleOutcome> used = outcomes.stream().filter(o -> m.trainsOn(o.sample)).toList();
            List<StageKey> inputs = used.stream().map(o -> o.featuresKey).toList();
            List<Path> tables =
                    used.stream()
                            .map(o -> o.featuresDir.resolve(m.featureSet() + ".csv.gz"))
                            .toList();
            List<SampleDefinition> usedSamples = used.stream().map(o -> o.sample).toList();
            StageKey key = TrainStage.key(m, inputs);
            Optional<Path> dir =
                    stages.run(
                            Stage.TRAIN,
                            m.name(),
                            key,
                            d -> TrainStage.run(analysis, m, usedSamples, tables, d, listener));
            if (dir.isEmpty()) {
                return false;
            }
            Map<String, Object> record = StageFiles.read(dir.get().resolve("stage.json"));
            record.put("train_key", key.hex());
            record.put(
                    "model_file",
                    options.outputDir().relativize(dir.get().resolve(TrainStage.MODEL)).toString());
            if (m.explain() != null) {
                ModelDefinition.Explain e = m.explain();
                Path trainDir = dir.get();
                // Cached among the training outputs, under its own key.
                Optional<Path> sdir =
                        stages.run(
                                Stage.TRAIN,
                                m.name() + " (shap)",
                                ExplainStage.key(e, key),
                                d -> ExplainStage.run(e, trainDir, d));
                if (sdir.isPresent()) {
                    Map<String, Object> shap =
                            StageFiles.read(sdir.get().resolve(ExplainStage.RECORD));
                    shap.put("key", e.key());
                    record.put("shap", shap);
                }
            }
            records.put(m.name(), record);
            modelFiles.put(m.name(), dir.get().resolve(TrainStage.MODEL));
            modelKeys.add(key);
        }
        return true;
    }

    /**
     * Trains and evaluates a mass-regression model (cached under the train stage); its record
     * carries the per-mass rows of results.json's regression table. No score comes of it.
     */
    private boolean runRegression(
            ModelDefinition m, List<SampleOutcome> outcomes, Map<String, Object> records)
            throws IOException {
        List<SampleOutcome> used = outcomes.stream().filter(o -> m.trainsOn(o.sample)).toList();
        List<SampleOutcome> bench =
                outcomes.stream()
                        .filter(o -> m.regression().evaluate().contains(o.sample.group()))
                        .toList();
        String table = m.featureSet() + ".csv.gz";
        List<Path> trainTables = used.stream().map(o -> o.featuresDir.resolve(table)).toList();
        List<Path> benchTables = bench.stream().map(o -> o.featuresDir.resolve(table)).toList();
        StageKey key =
                RegressionStage.key(
                        m,
                        used.stream().map(o -> o.featuresKey).toList(),
                        bench.stream().map(o -> o.featuresKey).toList());
        Optional<Path> dir =
                stages.run(
                        Stage.TRAIN,
                        m.name(),
                        key,
                        d ->
                                RegressionStage.run(
                                        analysis, m, trainTables, benchTables, d, listener));
        if (dir.isEmpty()) {
            return false;
        }
        Map<String, Object> record = StageFiles.read(dir.get().resolve("stage.json"));
        record.put("train_key", key.hex());
        record.put(
                "model_file",
                options.outputDir()
                        .relativize(dir.get().resolve(RegressionStage.MODEL))
                        .toString());
        records.put(m.name(), record);
        return true;
    }

    /** The histogram stage of one sample, with the trained models' scores (the apply step). */
    private void runHistograms(
            SampleOutcome o, Map<String, Path> modelFiles, List<StageKey> modelKeys)
            throws IOException {
        SampleDefinition s = o.sample;
        StageKey hk = EventLevelStage.histogramKey(analysis, s, o.selectKey, modelKeys);
        Optional<Path> hdir =
                stages.run(
                        Stage.HISTOGRAM,
                        s.name(),
                        hk,
                        dir ->
                                EventLevelStage.histogram(
                                        analysis,
                                        s,
                                        o.sigmaPb,
                                        o.reco,
                                        dir,
                                        options.threads(),
                                        modelFiles,
                                        listener));
        o.record.put("histogram_key", hk.hex());
        if (hdir.isPresent()) {
            o.histogramKey = hk;
            Map<String, Object> record = StageFiles.read(hdir.get().resolve("stage.json"));
            o.histograms = asList(record.get("histograms"));
            o.cutTables = asList(record.getOrDefault("cut_tables", List.of()));
            o.profiles = asList(record.getOrDefault("profiles", List.of()));
            Path replicas = hdir.get().resolve(ReplicaHistograms.FILE);
            o.bootstrapFile = Files.isRegularFile(replicas) ? replicas : null;
        }
    }

    private void runStatistics(
            List<SampleOutcome> outcomes,
            Path out,
            Map<String, Object> statistics,
            List<String> workspaces)
            throws IOException {
        if (analysis.statistics().isEmpty()
                || outcomes.stream().anyMatch(o -> o.histogramKey == null)) {
            return;
        }
        StageKey.Builder kb =
                StageKey.builder(Stage.STATISTICS.id())
                        .config("statistics", analysis.sectionText("statistics"));
        for (SampleOutcome o : outcomes) {
            kb.input(o.histogramKey);
            kb.config("sigma." + o.sample.name(), Double.toString(o.crossSectionPb));
        }
        StageKey key = kb.build();
        Optional<Path> dir =
                stages.run(
                        Stage.STATISTICS,
                        analysis.name(),
                        key,
                        d -> {
                            listener.started(
                                    Stage.STATISTICS,
                                    analysis.name(),
                                    analysis.statistics().size(),
                                    "entries");
                            Path ws = Files.createDirectories(d.resolve("workspaces"));
                            StatisticsStage stage =
                                    new StatisticsStage(SampleHistogramRecords.of(outcomes), ws);
                            Map<String, Object> results = new LinkedHashMap<>();
                            int done = 0;
                            for (StatisticsDefinition def : analysis.statistics()) {
                                results.put(def.name(), stage.evaluate(def));
                                listener.progress(++done);
                            }
                            StatisticsStage.commonCuts(analysis.statistics(), results);
                            BootstrapErrors.apply(analysis, outcomes, results, options.threads());
                            StageFiles.write(d.resolve("stage.json"), results);
                        });
        if (dir.isEmpty()) {
            return;
        }
        statistics.putAll(StageFiles.read(dir.get().resolve("stage.json")));
        Path wsDir = dir.get().resolve("workspaces");
        try (var files = Files.list(wsDir)) {
            for (Path f : files.sorted().toList()) {
                Path target = out.resolve("workspaces").resolve(f.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                workspaces.add("workspaces/" + f.getFileName());
            }
        }
    }

    /**
     * The extension stage: each of the file's extensions with every sample's outputs, after the
     * standard stages; its entries are collected under the extension's name for results.json.
     */
    private void runExtensions(
            List<SampleOutcome> outcomes,
            Map<String, Path> modelFiles,
            List<StageKey> modelKeys,
            Path out,
            Map<String, Object> extensions)
            throws IOException {
        List<Extensions.Use> uses = ExtensionStage.uses(analysis);
        if (uses.isEmpty() || outcomes.stream().anyMatch(o -> o.eventFiles == null)) {
            return;
        }
        List<SampleOutputs> samples = new ArrayList<>();
        List<StageKey> inputs = new ArrayList<>(modelKeys);
        List<Double> sigmas = new ArrayList<>();
        for (SampleOutcome o : outcomes) {
            inputs.add(o.generateKey);
            for (StageKey k : new StageKey[] {o.featuresKey, o.histogramKey}) {
                if (k != null) {
                    inputs.add(k);
                }
            }
            sigmas.add(o.crossSectionPb);
            samples.add(extensionSample(o));
        }
        for (var use : uses) {
            String name = use.extension().name();
            StageKey key = ExtensionStage.key(analysis, use, inputs, sigmas);
            Optional<Path> dir =
                    stages.run(
                            Stage.EXTENSION,
                            name,
                            key,
                            d ->
                                    ExtensionStage.run(
                                            analysis,
                                            use,
                                            samples,
                                            modelFiles,
                                            d,
                                            options.threads(),
                                            listener));
            if (dir.isEmpty()) {
                return;
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("key", key.hex());
            record.put("version", use.extension().version());
            record.put("files", ExtensionStage.publish(dir.get(), out, name));
            record.put("entries", ExtensionStage.entries(dir.get()));
            extensions.put(name, record);
        }
    }

    private SampleOutputs extensionSample(SampleOutcome o) {
        Map<String, Path> tables = new LinkedHashMap<>();
        if (o.featuresDir != null) {
            for (var f : analysis.events().featureSets()) {
                tables.put(f.name(), o.featuresDir.resolve(f.name() + ".csv.gz"));
            }
        }
        Map<String, SampleOutputs.Histogram> hs = new LinkedHashMap<>();
        if (o.histograms != null) {
            for (Map<String, Object> h : o.histograms) {
                double[] errors = doubles(h.get("errors"));
                double[] variances = new double[errors.length];
                for (int i = 0; i < errors.length; i++) {
                    variances[i] = errors[i] * errors[i];
                }
                hs.put(
                        (String) h.get("name"),
                        new SampleOutputs.Histogram(
                                doubles(h.get("edges")), doubles(h.get("yields")), variances));
            }
        }
        return new SampleOutputs(
                ExtensionStage.info(analysis).sample(o.sample.name()).orElseThrow(),
                o.crossSectionPb,
                o.eventFiles,
                tables,
                hs);
    }

    /**
     * Puts each extension's entries at the top level of results.json and its record (key, version,
     * published files) under {@code extensions}; an entry that would replace one of the pipeline's
     * own keys stops the run naming it.
     */
    @SuppressWarnings("unchecked")
    private static void mergeExtensionEntries(
            Map<String, Object> doc, Map<String, Object> extensions) {
        if (extensions.isEmpty()) {
            return;
        }
        Map<String, Object> records = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : extensions.entrySet()) {
            Map<String, Object> record = new LinkedHashMap<>((Map<String, Object>) e.getValue());
            Map<String, Object> entries = (Map<String, Object>) record.remove("entries");
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                // "extensions" itself is taken below, by the records.
                if (doc.containsKey(entry.getKey()) || entry.getKey().equals("extensions")) {
                    throw new PipelineException(
                            "extension "
                                    + e.getKey()
                                    + ": results.json key '"
                                    + entry.getKey()
                                    + "' is already taken (by the pipeline or another extension)");
                }
                doc.put(entry.getKey(), entry.getValue());
            }
            record.put("keys", List.copyOf(entries.keySet()));
            records.put(e.getKey(), record);
        }
        doc.put("extensions", records);
    }

    static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).doubleValue();
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> asList(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private Map<String, Object> sampleRecord(SampleDefinition s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", s.name());
        r.put("group", s.group());
        r.put("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
        if (s.source() instanceof ProcessSource p) {
            r.put("process", p.process());
            r.put("params", p.params());
        } else {
            r.put("files", ((FileSource) s.source()).files().stream().map(Path::toString).toList());
        }
        r.put("seed", s.seed());
        r.put("labels", s.labels());
        return r;
    }
}
