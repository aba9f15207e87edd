package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * Runs one sample through the per-sample stages: generate, shower, simulate, select and features.
 * What each stage reports goes into the sample's record for results.json.
 */
final class SampleChain {
    private final AnalysisFile analysis;
    private final RunOptions options;
    private final PipelineListener listener;
    private final StageRunner stages;

    SampleChain(
            AnalysisFile analysis,
            RunOptions options,
            PipelineListener listener,
            StageRunner stages) {
        this.analysis = analysis;
        this.options = options;
        this.listener = listener;
        this.stages = stages;
    }

    /**
     * Runs one sample's chain, filling in its outcome; stops early where {@code --only} does.
     *
     * @param o the sample's outcome so far (its record)
     * @throws IOException when an output cannot be written
     */
    void run(SampleOutcome o) throws IOException {
        SampleDefinition s = o.sample;
        StageKey gk = GenerateStage.key(analysis, s);
        Optional<Path> gdir =
                stages.run(
                        Stage.GENERATE,
                        s.name(),
                        gk,
                        dir -> GenerateStage.run(analysis, s, dir, options.threads(), listener));
        o.record.put("generate_key", gk.hex());
        if (gdir.isEmpty()) {
            return;
        }
        Map<String, Object> gen = StageFiles.read(gdir.get().resolve("stage.json"));
        double sigma =
                s.normalisation()
                        .crossSectionPb()
                        .orElse(((Number) gen.get("cross_section_pb")).doubleValue());
        o.crossSectionPb = sigma * s.normalisation().kFactor();
        o.record.put("cross_section_pb", sigma);
        o.record.put(
                "cross_section_source",
                s.normalisation().crossSectionPb().isPresent()
                        ? "analysis file"
                        : s.source() instanceof FileSource ? "event file" : "generator");
        o.record.put("k_factor", s.normalisation().kFactor());
        o.record.put("expected_events", o.crossSectionPb * analysis.collider().luminosityInvPb());
        List<Path> inputs = GenerateStage.eventFiles(s, gdir.get());
        o.generateKey = gk;
        o.eventFiles = inputs;
        StageKey upstream = gk;
        if (analysis.chain().shower()) {
            StageKey shk = ShowerStage.key(s, gk, analysis.chain());
            List<Path> partonLevel = inputs;
            Optional<Path> shdir =
                    stages.run(
                            Stage.SHOWER,
                            s.name(),
                            shk,
                            dir ->
                                    ShowerStage.run(
                                            s,
                                            analysis.chain(),
                                            partonLevel,
                                            dir,
                                            options.threads(),
                                            listener));
            o.record.put("shower_key", shk.hex());
            if (shdir.isEmpty()) {
                return;
            }
            Map<String, Object> sh = StageFiles.read(shdir.get().resolve("stage.json"));
            Map<String, Object> failures = new LinkedHashMap<>();
            failures.put("events", sh.getOrDefault("failed_events", 0));
            failures.put("first", sh.getOrDefault("failures", List.of()));
            o.record.put("shower_failures", failures);
            inputs = List.of(shdir.get().resolve(ShowerStage.EVENTS));
            upstream = shk;
        }
        List<Path> simInputs = inputs;
        StageKey sk = SimulateStage.key(analysis, s, upstream);
        Optional<Path> sdir =
                stages.run(
                        Stage.SIMULATE,
                        s.name(),
                        sk,
                        dir ->
                                SimulateStage.run(
                                        analysis, s, simInputs, dir, options.threads(), listener));
        o.record.put("simulate_key", sk.hex());
        if (sdir.isEmpty()) {
            return;
        }
        Map<String, Object> sim = StageFiles.read(sdir.get().resolve("stage.json"));
        o.record.put("events", sim.get("events"));
        o.record.put("sum_weights", sim.get("sum_weights"));
        Path reco = sdir.get().resolve(SimulateStage.EVENTS);
        StageKey selk = EventLevelStage.selectKey(analysis, s, sk);
        Optional<Path> seldir =
                stages.run(
                        Stage.SELECT,
                        s.name(),
                        selk,
                        dir ->
                                EventLevelStage.select(
                                        analysis,
                                        s,
                                        sigma,
                                        reco,
                                        dir,
                                        options.threads(),
                                        listener));
        o.record.put("select_key", selk.hex());
        if (seldir.isEmpty()) {
            return;
        }
        o.cutflow = asMap(StageFiles.read(seldir.get().resolve("stage.json")).get("cutflow"));
        // The Markdown cut-flow beside results.json, one file per sample.
        Path table = options.outputDir().resolve("cutflows").resolve(s.name() + ".md");
        Files.createDirectories(table.getParent());
        Files.copy(
                seldir.get().resolve(EventLevelStage.CUTFLOW_TABLE),
                table,
                StandardCopyOption.REPLACE_EXISTING);
        o.record.put("cutflow_table", options.outputDir().relativize(table).toString());
        o.selectKey = selk;
        o.reco = reco;
        o.sigmaPb = sigma;
        if (!analysis.events().featureSets().isEmpty()) {
            double sumW = ((Number) sim.get("sum_weights")).doubleValue();
            StageKey fk = EventLevelStage.featuresKey(analysis, s, selk);
            Optional<Path> fdir =
                    stages.run(
                            Stage.FEATURES,
                            s.name(),
                            fk,
                            dir ->
                                    EventLevelStage.features(
                                            analysis,
                                            s,
                                            sigma,
                                            sumW,
                                            reco,
                                            dir,
                                            options.threads(),
                                            listener));
            o.record.put("features_key", fk.hex());
            o.featuresKey = fk;
            if (fdir.isPresent()) {
                o.featuresDir = fdir.get();
                Map<String, Object> tables = new LinkedHashMap<>();
                for (var f : analysis.events().featureSets()) {
                    tables.put(
                            f.name(),
                            options.outputDir()
                                    .relativize(fdir.get().resolve(f.name() + ".csv.gz"))
                                    .toString());
                }
                o.record.put("feature_tables", tables);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
