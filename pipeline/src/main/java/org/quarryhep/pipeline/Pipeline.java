package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryVersion;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.cache.StageCache;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * Runs a validated analysis stage by stage through the content-addressed cache and writes {@code
 * results.json}. Each stage's output is keyed by its configuration, its inputs' keys and Quarry's
 * version, so a changed setting re-runs exactly the stages downstream of it. A failing stage leaves
 * the finished stages' outputs in the cache, writes a {@code results.json} whose {@code status} is
 * {@code failed} and names the stage, and throws {@link StageFailedException}.
 */
public final class Pipeline {
    /** The version of the results.json layout. */
    public static final int RESULTS_VERSION = 1;

    private final AnalysisDefinition analysis;
    private final RunOptions options;
    private final PipelineListener listener;
    private final List<StageRun> runs = new ArrayList<>();
    private StageCache cache;

    /**
     * Creates a run.
     *
     * @param analysis the analysis
     * @param options output directory, cache, threads
     * @param listener told about progress
     */
    public Pipeline(AnalysisDefinition analysis, RunOptions options, PipelineListener listener) {
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
        cache = new StageCache(out.resolve("cache"), options.fresh());
        Map<String, Object> results = new LinkedHashMap<>();
        List<Map<String, Object>> sampleRecords = new ArrayList<>();
        try {
            for (SampleDefinition s : analysis.samples()) {
                sampleRecords.add(runSample(s));
            }
        } catch (StageFailedException e) {
            Path file = writeResults(out, results, sampleRecords, e);
            throw e;
        }
        Path file = writeResults(out, results, sampleRecords, null);
        return new RunResult(file, results, runs);
    }

    private Map<String, Object> runSample(SampleDefinition s) throws IOException {
        StageKey gk = GenerateStage.key(analysis, s);
        Optional<Path> gdir =
                stage(
                        Stage.GENERATE,
                        s.name(),
                        gk,
                        dir -> GenerateStage.run(analysis, s, dir, options.threads(), listener));
        Map<String, Object> record = sampleRecord(s);
        record.put("generate_key", gk.hex());
        if (gdir.isEmpty()) {
            return record;
        }
        Map<String, Object> gen = StageFiles.read(gdir.get().resolve("stage.json"));
        List<Path> inputs = GenerateStage.eventFiles(s, gdir.get());
        StageKey sk = SimulateStage.key(analysis, s, gk);
        Optional<Path> sdir =
                stage(
                        Stage.SIMULATE,
                        s.name(),
                        sk,
                        dir ->
                                SimulateStage.run(
                                        analysis, s, inputs, dir, options.threads(), listener));
        record.put("simulate_key", sk.hex());
        double sigma =
                s.normalisation()
                        .crossSectionPb()
                        .orElse(((Number) gen.get("cross_section_pb")).doubleValue());
        record.put("cross_section_pb", sigma);
        record.put(
                "cross_section_source",
                s.normalisation().crossSectionPb().isPresent() ? "analysis file" : "generator");
        record.put("k_factor", s.normalisation().kFactor());
        if (sdir.isPresent()) {
            Map<String, Object> sim = StageFiles.read(sdir.get().resolve("stage.json"));
            record.put("events", sim.get("events"));
            record.put("sum_weights", sim.get("sum_weights"));
            double expected =
                    sigma * s.normalisation().kFactor() * analysis.collider().luminosityInvPb();
            record.put("expected_events", expected);
        }
        return record;
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

    /** Writes one stage's output. */
    private interface StageBody {
        void write(Path dir) throws IOException;
    }

    /**
     * Finds a stage's output in the cache or runs it; empty when {@code --only} stops before it.
     */
    private Optional<Path> stage(Stage stage, String item, StageKey key, StageBody body)
            throws IOException {
        Optional<Stage> only = options.only();
        if (only.isPresent() && stage.compareTo(only.get()) > 0) {
            return Optional.empty();
        }
        Optional<Path> hit = cache.find(key);
        if (hit.isPresent()) {
            runs.add(new StageRun(stage, item, key.hex(), true, 0));
            listener.finished(stage, item, true, key.shortHex());
            return hit;
        }
        if (only.isPresent() && stage.compareTo(only.get()) < 0) {
            throw new PipelineException(
                    "--only "
                            + only.get().id()
                            + ": stage "
                            + stage.id()
                            + " has no cached output for "
                            + item
                            + " (key "
                            + key.shortHex()
                            + "); run without --only first");
        }
        long start = System.nanoTime();
        Path done;
        try (StageCache.Pending pending = cache.begin(key)) {
            try {
                body.write(pending.dir());
            } catch (IOException | RuntimeException e) {
                throw new StageFailedException(stage, item, e);
            }
            done = pending.commit();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        runs.add(new StageRun(stage, item, key.hex(), false, seconds));
        listener.finished(stage, item, false, key.shortHex());
        return Optional.of(done);
    }

    private Path writeResults(
            Path out,
            Map<String, Object> results,
            List<Map<String, Object>> samples,
            StageFailedException failure)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "quarry-results");
        doc.put("version", RESULTS_VERSION);
        doc.put("analysis", analysis.name());
        doc.put("status", failure == null ? "ok" : "failed");
        if (failure != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("stage", failure.stage().id());
            f.put("item", failure.item());
            f.put("message", failure.getMessage());
            doc.put("failure", f);
        }
        doc.put("provenance", provenance());
        doc.put("luminosity_ifb", analysis.collider().luminosityInvFb());
        doc.put("samples", samples);
        doc.putAll(results);
        List<Map<String, Object>> stageList = new ArrayList<>();
        for (StageRun r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", r.stage().id());
            m.put("item", r.item());
            m.put("key", r.key());
            m.put("cached", r.cached());
            m.put("seconds", r.seconds());
            stageList.add(m);
        }
        doc.put("stages", stageList);
        results.clear();
        results.putAll(doc);
        Path file = out.resolve("results.json");
        AtomicFile.write(file, tmp -> StageFiles.JSON.writeValue(tmp.toFile(), doc));
        return file;
    }

    private Map<String, Object> provenance() throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("analysis_file", analysis.source().toString());
        p.put("config_sha256", analysis.configSha256());
        p.put("schema_version", analysis.version());
        p.put("seed", analysis.seed());
        Map<String, Object> seeds = new LinkedHashMap<>();
        for (SampleDefinition s : analysis.samples()) {
            seeds.put(s.name(), s.seed());
        }
        p.put("sample_seeds", seeds);
        List<Map<String, String>> inputs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        files.add(analysis.source());
        for (SampleDefinition s : analysis.samples()) {
            if (s.source() instanceof FileSource f) {
                files.addAll(f.files());
            }
        }
        if (analysis.chain().pileupEvents() != null) {
            files.add(analysis.chain().pileupEvents());
        }
        Path card = Path.of(analysis.chain().detector());
        if (Files.isRegularFile(card)) {
            files.add(card);
        }
        for (Path f : files) {
            Provenance.InputFile in = Provenance.InputFile.of(f);
            inputs.add(Map.of("path", in.path(), "sha256", in.sha256()));
        }
        p.put("inputs", inputs);
        p.put("quarry_version", QuarryVersion.get());
        p.put("java_version", System.getProperty("java.version"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        p.put("arch", System.getProperty("os.arch"));
        p.put("threads", options.threads());
        p.put("timestamp", Instant.now().toString());
        return p;
    }
}
