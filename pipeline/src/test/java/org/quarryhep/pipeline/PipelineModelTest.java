package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.pipeline.PipelineFixture.ran;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigException;
import org.quarryhep.testkit.ReferenceData;

/** Models train on feature tables and their scores fill histograms that statistics scan. */
class PipelineModelTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            """
            version: 1
            name: model-test
            collider: {luminosity_ifb: 1}
            samples:
              - {name: signal, role: signal, process: drell-yan, events: 400,
                 params: {MZ: 150}, cuts: {mmll: 100, ptl: 20, etal: 2.5}, cross_section_pb: 0.1}
              - {name: dy, role: background, process: drell-yan, events: 400,
                 cuts: {mmll: 100, ptl: 20, etal: 2.5}}
            objects:
              muons: {from: muons, ptMin: 25, absEtaMax: 2.4}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) >= 2"}
            variables:
              mll: "m(muons[0], muons[1])"
              pt1: "pt(muons[0])"
              score: {score: bdt, features: main}
            features:
              main: {columns: [mll, pt1], labels: [signal]}
            models:
              - name: bdt
                features: main
                training: {model: bdt, seed: 3, bdt: {trees: 20, max_depth: 3}}
            histograms:
              score: {variable: score, bins: {count: 10, low: 0, high: 1}}
            statistics:
              - {name: best-score-cut, method: asimov_limit, histograms: [score], signal: signal,
                 scan: {histogram: score, keep: above}}
            """;

    private PipelineFixture pipeline;

    @BeforeEach
    void newFixture() {
        pipeline = new PipelineFixture(dir, ANALYSIS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNetworkChangeRerunsTrainingAndWhatFollowsOnly() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult first = pipeline.run(Map.of());
        assertTrue(ran(first).contains(Stage.TRAIN), ran(first).toString());
        // Every selected event has a score: the histogram's entries plus its under/overflow
        // account for the cut-flow's last count, and no score is missing.
        Map<String, Object> cutflows = (Map<String, Object>) first.results().get("cutflow");
        Map<String, Object> hists = (Map<String, Object>) first.results().get("histograms");
        for (String sample : List.of("signal", "dy")) {
            List<Map<String, Object>> rows =
                    (List<Map<String, Object>>)
                            ((Map<String, Object>) cutflows.get(sample)).get("rows");
            long selected = ((Number) rows.get(rows.size() - 1).get("count")).longValue();
            Map<String, Object> h = ((List<Map<String, Object>>) hists.get(sample)).get(0);
            long entries = 0;
            for (Object e : (List<?>) h.get("entries")) {
                entries += ((Number) e).longValue();
            }
            assertEquals(0L, ((Number) h.get("missing")).longValue());
            assertTrue(
                    entries <= selected && entries > 0,
                    sample + ": " + entries + " of " + selected);
        }
        RunResult retrained = pipeline.run(Map.of("models.0.training.bdt.trees", "30"));
        assertEquals(List.of(Stage.TRAIN, Stage.HISTOGRAM, Stage.STATISTICS), ran(retrained));

        // The trained model given back as a file: no training, and the same scores fill the
        // same histograms as when the pipeline trained it.
        Map<String, Object> models = (Map<String, Object>) first.results().get("models");
        String rel = (String) ((Map<String, Object>) models.get("bdt")).get("model_file");
        Path copy = dir.resolve("bdt-model.json");
        Files.copy(dir.resolve("out").resolve(rel), copy);
        RunResult fromFile =
                pipeline.run(Map.of("models.0", "{name: bdt, features: main, file: " + copy + "}"));
        assertEquals(List.of(Stage.HISTOGRAM, Stage.STATISTICS), ran(fromFile));
        assertEquals(hists, fromFile.results().get("histograms"));
    }

    @Test
    void aScoreInACutIsRefusedBeforeAnythingRuns() throws Exception {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                pipeline.load(
                                        Map.of(
                                                "selection.cuts",
                                                "[{name: sr, require: \"score > 0.5\"}]")));
        assertTrue(e.getMessage().contains("/selection"), e.getMessage());
        assertTrue(e.getMessage().contains("exists only after training"), e.getMessage());
    }

    @Test
    void keysThePipelineSetsAreRefusedInTraining() throws Exception {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> pipeline.load(Map.of("models.0.training.label", "x")));
        assertTrue(e.getMessage().contains("/models/0/training/label"), e.getMessage());
    }
}
