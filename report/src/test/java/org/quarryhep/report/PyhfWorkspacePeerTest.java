package org.quarryhep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.PeerScripts;
import org.quarryhep.testkit.Requirements;

/**
 * pyhf reads the workspaces a report attaches (in {@code files/} and in the HEPData submission).
 * pyhf is on PyPI only, not in Debian, so this peer comes from a pyhf source tree named by {@code
 * -Dquarry.pyhf.src=DIR} or {@code PYHF_SRC=DIR} (as stats' {@code PyhfTightMinimizerPeerTest});
 * without one the test skips with a message, also under {@code CI=true} — the one documented
 * exception to CI's no-skip rule, since CI cannot install pyhf.
 */
class PyhfWorkspacePeerTest {
    @Test
    void pyhfReadsTheAttachedWorkspaces(@TempDir Path out) throws Exception {
        String dir = System.getProperty("quarry.pyhf.src", System.getenv("PYHF_SRC"));
        assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir)),
                "no pyhf source tree (-Dquarry.pyhf.src or PYHF_SRC; pyhf is not in Debian);"
                        + " skipping, also under CI");
        Path src = Path.of(dir);
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(
                Requirements.imports(python, "pyhf", src),
                "'import pyhf' fails with PYTHONPATH=" + src + "; skipping");
        Report.render(
                Golden.resultsJson().getParent(), out, EnumSet.of(Report.Output.HEPDATA), null);
        Path attached = out.resolve("files/workspace.json");
        Path inSubmission = out.resolve("hepdata/workspace.json");
        JsonNode r =
                new ObjectMapper()
                        .readTree(
                                PeerScripts.run(
                                        python,
                                        Map.of("PYTHONPATH", src.toString()),
                                        PyhfWorkspacePeerTest.class,
                                        "pyhf_read_workspaces.py",
                                        attached.toString(),
                                        inSubmission.toString()));
        for (Path p : new Path[] {attached, inSubmission}) {
            JsonNode w = r.get(p.toString());
            // The golden workspace.json: one channel "sr", POI "mu", and one more parameter
            // (the normsys bkg_norm), so pyhf's model has 2 parameters.
            assertEquals("sr", w.get("channels").get(0).asText());
            assertEquals("mu", w.get("poi").asText());
            assertEquals(2, w.get("parameters").asInt());
        }
    }
}
