package org.quarryhep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.PeerScripts;
import org.quarryhep.testkit.Requirements;

/**
 * pyhf reads the workspaces a report attaches (in {@code files/} and in the HEPData submission).
 * Skips with a message where pyhf is absent (it is on PyPI only, not in Debian).
 */
class PyhfWorkspacePeerTest {
    @Test
    void pyhfReadsTheAttachedWorkspaces(@TempDir Path out) throws Exception {
        Path python = Requirements.pythonModule("pyhf", "pyhf, from PyPI: not packaged by Debian,");
        Report.render(
                Golden.resultsJson().getParent(), out, EnumSet.of(Report.Output.HEPDATA), null);
        Path attached = out.resolve("files/workspace.json");
        Path inSubmission = out.resolve("hepdata/workspace.json");
        JsonNode r =
                new ObjectMapper()
                        .readTree(
                                PeerScripts.run(
                                        python,
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
