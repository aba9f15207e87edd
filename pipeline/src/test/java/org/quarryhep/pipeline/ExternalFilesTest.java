package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

/** A sample from an external LHE file is normalised to the cross section in its header. */
class ExternalFilesTest {
    @TempDir Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void powhegZSampleIsNormalisedToItsInitBlock() throws Exception {
        Path lhe = ReferenceData.require("events/lhe/pylhe-testfile-powheg-box-v2-Z.lhe");
        Path file = dir.resolve("analysis.yaml");
        Files.writeString(
                file,
                """
                version: 1
                name: files
                collider: {luminosity_ifb: 1}
                samples:
                  - {name: z, role: background, files: [%s]}
                objects:
                  leptons: {from: muons}
                selection:
                  cuts:
                    - {name: any, require: "n(leptons) >= 0"}
                """
                        .formatted(lhe));
        RunResult r =
                new Pipeline(
                                AnalysisFiles.load(file, Map.of()),
                                new RunOptions(dir.resolve("out"), false, 2, Optional.empty()),
                                PipelineListener.SILENT)
                        .run();
        Map<String, Object> sample =
                ((List<Map<String, Object>>) r.results().get("samples")).get(0);
        // pylhe-testfile-powheg-box-v2-Z.lhe:92, the <init> block: XSECUP = 1.20536E+03 pb; the
        // file holds 100 events.
        assertClose(1205.36, ((Number) sample.get("cross_section_pb")).doubleValue(), 1e-12, 0);
        assertEquals("event file", sample.get("cross_section_source"));
        Map<String, Object> cutflow =
                (Map<String, Object>) ((Map<String, Object>) r.results().get("cutflow")).get("z");
        Map<String, Object> all = ((List<Map<String, Object>>) cutflow.get("rows")).get(0);
        assertEquals(100L, ((Number) all.get("count")).longValue());
        // Every event at 1 fb^-1: σ·L = 1205.36 pb × 1000 pb^-1.
        assertClose(1.20536e6, ((Number) all.get("yield")).doubleValue(), 1e-9, 0);
    }
}
