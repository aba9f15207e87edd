package org.quarryhep.pipeline.extension;

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
import org.quarryhep.pipeline.AnalysisFiles;
import org.quarryhep.pipeline.PipelineFixture;
import org.quarryhep.pipeline.RunResult;
import org.quarryhep.pipeline.Stage;
import org.quarryhep.testkit.ReferenceData;

/**
 * The {@code extensions:} section: validated strictly at load (file:line), run after the standard
 * stages with the samples' outputs, cached under a key that holds its config, and merged into
 * results.json.
 */
class ExtensionPointTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            """
            version: 1
            name: extension-test
            collider: {luminosity_ifb: 1}
            samples:
              - {name: dy, role: background, process: drell-yan, events: 120,
                 cuts: {mmll: 100, ptl: 20, etal: 2.5}}
            chain: {detector: cms}
            objects:
              muons: {from: muons, ptMin: 25, absEtaMax: 2.4}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) >= 2"}
            extensions:
              event-count: {sample: dy, key: counted}
            """;

    private PipelineFixture pipeline;

    @BeforeEach
    void newFixture() {
        pipeline = new PipelineFixture(dir, ANALYSIS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsAfterTheStagesIsCachedAndWritesItsEntries() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult first = pipeline.run(Map.of());
        assertTrue(ran(first).contains(Stage.EXTENSION));
        Map<String, Object> counted = (Map<String, Object>) first.results().get("counted");
        // The generator writes exactly the requested number of events (events: 120 above).
        assertEquals(120, ((Number) counted.get("events")).intValue());
        Map<String, Object> record =
                (Map<String, Object>)
                        ((Map<String, Object>) first.results().get("extensions"))
                                .get("event-count");
        assertEquals(List.of("event-count/count.txt"), record.get("files"));
        assertEquals("120\n", Files.readString(dir.resolve("out/event-count/count.txt")));

        assertEquals(List.of(), ran(pipeline.run(Map.of())));
        // A change of the extension's own config re-runs it and nothing upstream.
        assertEquals(
                List.of(Stage.EXTENSION),
                ran(pipeline.run(Map.of("extensions.event-count.key", "n"))));
    }

    @Test
    void anUnknownExtensionNamesTheLineAndTheAvailableOnes() throws Exception {
        Path file = pipeline.write(ANALYSIS.replace("event-count: {", "event-cuont: {"));
        ConfigException e =
                assertThrows(ConfigException.class, () -> AnalysisFiles.load(file, Map.of()));
        // "extensions:" is line 13 of the text above, its entry line 14.
        assertTrue(e.getMessage().contains("analysis.yaml:14"), e.getMessage());
        assertTrue(e.getMessage().contains("event-count"), e.getMessage());
    }

    @Test
    void theExtensionChecksItsOwnConfig() throws Exception {
        Path file = pipeline.write(ANALYSIS.replace("sample: dy", "sample: ttbar"));
        ConfigException e =
                assertThrows(ConfigException.class, () -> AnalysisFiles.load(file, Map.of()));
        assertTrue(e.getMessage().contains("analysis.yaml:14"), e.getMessage());
        assertTrue(e.getMessage().contains("no sample named 'ttbar'"), e.getMessage());
    }
}
