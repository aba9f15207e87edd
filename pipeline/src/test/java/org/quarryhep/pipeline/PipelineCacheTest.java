package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.pipeline.PipelineFixture.ran;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

/**
 * The cache re-runs exactly the stages downstream of a change, and a run's results do not depend on
 * the thread count.
 */
class PipelineCacheTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            PipelineFixture.drellYanHead("cache-test", 300)
                    + """
            variables:
              mll: "m(muons[0], muons[1])"
            features:
              main: {columns: [mll], labels: [signal]}
            histograms:
              mll: {variable: mll, edges: [100, 140, 160, 1000]}
              far: {variable: mll, edges: [5000, 6000]}
            statistics:
              - {name: limit, method: asimov_limit, histograms: [mll], signal: signal}
            """;

    private PipelineFixture pipeline;

    @BeforeEach
    void newFixture() {
        pipeline = new PipelineFixture(dir, ANALYSIS);
    }

    @Test
    void aChangeRerunsExactlyTheStagesDownstreamOfIt() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult first = pipeline.run(Map.of(), false, 2, "out");
        assertEquals(
                List.of(
                        Stage.GENERATE,
                        Stage.SIMULATE,
                        Stage.SELECT,
                        Stage.FEATURES,
                        Stage.HISTOGRAM,
                        Stage.STATISTICS),
                ran(first));
        assertEquals(List.of(), ran(pipeline.run(Map.of(), false, 2, "out")));

        // A cut: selection and everything after it, never generation or simulation.
        RunResult cut =
                pipeline.run(
                        Map.of("selection.cuts.1.require", "\"m(muons[0], muons[1]) > 110\""),
                        false,
                        2,
                        "out");
        assertEquals(
                List.of(Stage.SELECT, Stage.FEATURES, Stage.HISTOGRAM, Stage.STATISTICS), ran(cut));

        // A binning: histograms and statistics only.
        RunResult bins =
                pipeline.run(
                        Map.of("histograms.mll.edges", "[100, 145, 155, 1000]"), false, 2, "out");
        assertEquals(List.of(Stage.HISTOGRAM, Stage.STATISTICS), ran(bins));

        // A statistics setting: statistics only.
        RunResult stat = pipeline.run(Map.of("statistics.0.threshold", "2.71"), false, 2, "out");
        assertEquals(List.of(Stage.STATISTICS), ran(stat));

        // The detector: simulation onwards.
        RunResult atlas = pipeline.run(Map.of("chain.detector", "atlas"), false, 2, "out");
        assertEquals(
                List.of(
                        Stage.SIMULATE,
                        Stage.SELECT,
                        Stage.FEATURES,
                        Stage.HISTOGRAM,
                        Stage.STATISTICS),
                ran(atlas));

        // --fresh: everything, with the same keys and the same numbers.
        RunResult fresh = pipeline.run(Map.of(), true, 2, "out");
        assertEquals(ran(first), ran(fresh));
        assertEquals(first.stages().get(0).key(), fresh.stages().get(0).key());
        assertEquals(first.results().get("statistics"), fresh.results().get("statistics"));
        assertNotEquals(first.results().get("statistics"), cut.results().get("statistics"));
    }

    @Test
    void aFailedStageIsNamedAndLeavesEarlierOutputsCached() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        // ABCD on a histogram where no event falls: the control regions are empty.
        String abcd = "[{name: abcd, method: abcd, regions: {a: far, b: far, c: far, d: far}}]";
        StageFailedException e =
                assertThrows(
                        StageFailedException.class,
                        () -> pipeline.run(Map.of("statistics", abcd), false, 2, "out"));
        assertEquals(Stage.STATISTICS, e.stage());
        assertTrue(e.getMessage().contains("/statistics/0"), e.getMessage());
        Map<String, Object> written = StageFiles.read(dir.resolve("out").resolve("results.json"));
        assertEquals("failed", written.get("status"));
        assertEquals("statistics", ((Map<?, ?>) written.get("failure")).get("stage"));
        // The next run reuses every stage before statistics.
        assertEquals(List.of(Stage.STATISTICS), ran(pipeline.run(Map.of(), false, 2, "out")));
    }

    @Test
    void featureTablesHoldOneRowPerSelectedEventWithItsYield() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult r = pipeline.run(Map.of(), false, 2, "out");
        for (Map<String, Object> sample : samples(r)) {
            String table = (String) ((Map<?, ?>) sample.get("feature_tables")).get("main");
            List<String> lines = gunzipLines(dir.resolve("out").resolve(table));
            assertEquals("mll,signal,weight", lines.get(0));
            // The cut-flow's last row counts the selected events and sums their yields.
            List<Map<String, Object>> rows = cutflowRows(r, (String) sample.get("name"));
            Map<String, Object> last = rows.get(rows.size() - 1);
            assertEquals(((Number) last.get("count")).longValue(), lines.size() - 1);
            double sum = 0;
            double label = "signal".equals(sample.get("role")) ? 1 : 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                assertEquals(label, Double.parseDouble(f[1]));
                sum += Double.parseDouble(f[2]);
            }
            assertClose(((Number) last.get("yield")).doubleValue(), sum, 1e-9, 0);
            String markdown =
                    Files.readString(
                            dir.resolve("out").resolve((String) sample.get("cutflow_table")));
            assertTrue(markdown.contains("two muons"), markdown);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> samples(RunResult r) {
        return (List<Map<String, Object>>) r.results().get("samples");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cutflowRows(RunResult r, String sample) {
        Map<String, Object> cutflows = (Map<String, Object>) r.results().get("cutflow");
        return (List<Map<String, Object>>) ((Map<String, Object>) cutflows.get(sample)).get("rows");
    }

    private static List<String> gunzipLines(Path file) throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
    }

    @Test
    void theShowerRunsBeforeSimulationAndGivesTheSameEventsForAnyThreadCount() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Map<String, String> shower =
                Map.of(
                        "chain.shower", "true",
                        "samples.0.events", "60",
                        "samples.1.events", "60");
        RunResult one = pipeline.run(shower, false, 1, "shower-one");
        RunResult two = pipeline.run(shower, false, 2, "shower-two");
        assertTrue(ran(one).contains(Stage.SHOWER), ran(one).toString());
        assertEquals(
                one.runsOf(Stage.SIMULATE).get(0).key(), two.runsOf(Stage.SIMULATE).get(0).key());
        assertEquals(one.results().get("cutflow"), two.results().get("cutflow"));
        assertEquals(one.results().get("histograms"), two.results().get("histograms"));
        // The shower's output itself: byte-identical event files (zstd is deterministic for the
        // same input and level, so equal compressed bytes mean equal events).
        String a = one.runsOf(Stage.SHOWER).get(0).key();
        assertEquals(
                -1L,
                Files.mismatch(
                        dir.resolve("shower-one/cache/shower/" + a + "/" + ShowerStage.EVENTS),
                        dir.resolve("shower-two/cache/shower/" + a + "/" + ShowerStage.EVENTS)));
    }

    @Test
    void resultsAreTheSameForOneAndTwoThreads() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult one = pipeline.run(Map.of(), false, 1, "one");
        RunResult two = pipeline.run(Map.of(), false, 2, "two");
        assertFalse(one.stages().stream().anyMatch(StageRun::cached));
        assertEquals(one.results().get("cutflow"), two.results().get("cutflow"));
        assertEquals(one.results().get("histograms"), two.results().get("histograms"));
        assertEquals(one.results().get("statistics"), two.results().get("statistics"));
        for (int i = 0; i < samples(one).size(); i++) {
            String a = (String) ((Map<?, ?>) samples(one).get(i).get("feature_tables")).get("main");
            String b = (String) ((Map<?, ?>) samples(two).get(i).get("feature_tables")).get("main");
            assertEquals(
                    gunzipLines(dir.resolve("one").resolve(a)),
                    gunzipLines(dir.resolve("two").resolve(b)),
                    "feature rows in the same order with the same values");
        }
        assertTrue(Files.isRegularFile(two.resultsFile()));
    }
}
