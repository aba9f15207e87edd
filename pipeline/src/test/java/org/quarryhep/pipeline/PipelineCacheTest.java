package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

/** The cache re-runs exactly the stages downstream of a change. */
class PipelineCacheTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            """
            version: 1
            name: cache-test
            collider: {luminosity_ifb: 1}
            samples:
              - {name: dy, role: background, process: drell-yan, events: 200,
                 cuts: {mmll: 60}}
            chain: {detector: cms}
            """;

    private RunResult run(Map<String, String> overrides, boolean fresh, int threads)
            throws Exception {
        Path file = dir.resolve("analysis.yaml");
        Files.writeString(file, ANALYSIS);
        AnalysisDefinition a = AnalysisFiles.load(file, overrides);
        return new Pipeline(
                        a,
                        new RunOptions(dir.resolve("out"), fresh, threads, Optional.empty()),
                        PipelineListener.SILENT)
                .run();
    }

    private static boolean cached(RunResult r, Stage s) {
        List<StageRun> runs = r.runsOf(s);
        assertEquals(1, runs.size(), s + " runs");
        return runs.get(0).cached();
    }

    @Test
    void changingTheDetectorRerunsSimulationButNotGeneration() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult first = run(Map.of(), false, 2);
        assertFalse(cached(first, Stage.GENERATE));
        assertFalse(cached(first, Stage.SIMULATE));

        RunResult again = run(Map.of(), false, 2);
        assertTrue(cached(again, Stage.GENERATE));
        assertTrue(cached(again, Stage.SIMULATE));

        RunResult atlas = run(Map.of("chain.detector", "atlas"), false, 2);
        assertTrue(cached(atlas, Stage.GENERATE));
        assertFalse(cached(atlas, Stage.SIMULATE));

        RunResult fresh = run(Map.of(), true, 2);
        assertFalse(cached(fresh, Stage.GENERATE));
        assertFalse(cached(fresh, Stage.SIMULATE));
        // The same seed gives the same events after a fresh run: identical keys and outputs.
        assertEquals(
                first.runsOf(Stage.SIMULATE).get(0).key(),
                fresh.runsOf(Stage.SIMULATE).get(0).key());
    }
}
