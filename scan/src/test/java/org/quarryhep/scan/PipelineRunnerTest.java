package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.pipeline.AnalysisFiles;
import org.quarryhep.pipeline.Pipeline;
import org.quarryhep.pipeline.PipelineListener;
import org.quarryhep.pipeline.RunOptions;

class PipelineRunnerTest {
    @Test
    void bandsBecomeExpectedVariants() {
        // results.json's statistics entry with a five-value band (ascending −2σ … +2σ).
        Map<String, Object> stats =
                Map.of(
                        "window",
                        Map.of(
                                "method",
                                "counting_limit",
                                "points",
                                List.of(
                                        Map.of(
                                                "signal",
                                                "s",
                                                "mu_limit",
                                                0.7,
                                                "mu_limit_band",
                                                List.of(0.3, 0.5, 0.7, 1.0, 1.4)))));
        Map<String, Double> r = PipelineRunner.statistics(stats);
        assertEquals(0.7, r.get("window.mu_limit"));
        assertEquals(0.3, r.get("window.mu_limit_exp_m2"));
        assertEquals(0.7, r.get("window.mu_limit_exp"));
        assertEquals(1.4, r.get("window.mu_limit_exp_p2"));
    }

    @Test
    void aScanPointIsTheAnalysisRunWithItsOverrides(@TempDir Path tmp) throws Exception {
        // The scan runs the z-mumu analysis (few events) at two resonance masses. The point at
        // 150 GeV must give exactly the numbers of `quarry run analysis.yaml --set
        // samples.2.params.MZ=150.0 --set seed=<point seed>` written to results.json, read back
        // from that file; the two masses differ.
        Path dir =
                Path.of(System.getProperty("user.dir")).resolve("src/test/resources/pipeline-scan");
        String text =
                Files.readString(dir.resolve("scan.yaml"))
                        .replace("../../pipeline-scan-work", tmp.resolve("work").toString());
        Path scanFile = tmp.resolve("scan.yaml");
        Files.writeString(scanFile, text);
        Files.copy(dir.resolve("analysis.yaml"), tmp.resolve("analysis.yaml"));
        ScanResult r;
        try (ScanExecutor ex = new LocalScanExecutor(2)) {
            r =
                    new ScanRun(ex, null, false, o -> {})
                            .run(ScanJob.fromText(text, scanFile.toString()));
        }
        assertEquals(List.of(), r.failures());
        PointOutcome at150 = r.outcomes().get(0);
        assertEquals(150.0, at150.point().get("m_zprime"));

        Path direct = tmp.resolve("direct");
        new Pipeline(
                        AnalysisFiles.load(
                                tmp.resolve("analysis.yaml"),
                                Map.of(
                                        "samples.2.params.MZ",
                                        "150.0",
                                        "seed",
                                        Long.toString(at150.point().seed()))),
                        new RunOptions(direct, true, 1, Optional.empty()),
                        PipelineListener.SILENT)
                .run();
        JsonNode window =
                new ObjectMapper()
                        .readTree(direct.resolve("results.json").toFile())
                        .get("statistics")
                        .get("window-count")
                        .get("points")
                        .get(0);
        assertEquals(window.get("mu_limit").asDouble(), at150.value("window-count.mu_limit"));
        assertEquals(
                window.get("signal_yield").asDouble(), at150.value("window-count.signal_yield"));
        assertEquals(
                window.get("mu_limit_band").get(4).asDouble(),
                at150.value("window-count.mu_limit_exp_p2"));
        assertNotEquals(
                at150.value("window-count.signal_yield"),
                r.outcomes().get(1).value("window-count.signal_yield"));
        assertEquals(2, r.curves().get(0).x().size());
    }
}
