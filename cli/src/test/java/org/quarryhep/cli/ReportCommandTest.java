package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry report} on a small results folder and on bad input. */
class ReportCommandTest {
    private static final String RESULTS =
            """
            {"schema_version": "1.0.0",
             "analysis": {"name": "mini", "title": "Mini \\\\mu test"},
             "tables": [{"type": "numbers", "id": "headline", "title": "Numbers",
                         "rows": [{"name": "\\\\mu_{95}", "value": 0.8}]}],
             "figures": [{"type": "limit", "id": "limit", "title": "Limit",
                          "x_axis": {"label": "m", "unit": "GeV"}, "y_axis": {"label": "\\\\mu_{95}"},
                          "x": [100, 200], "expected": [1, 2], "observed": [1.1, 1.9],
                          "one_sigma": {"lower": [0.8, 1.6], "upper": [1.3, 2.6]},
                          "two_sigma": {"lower": [0.6, 1.2], "upper": [1.7, 3.4]}}],
             "provenance": {"command": "test", "timestamp": "2026-01-01T00:00:00Z",
                            "config_hash": "0000000000000000000000000000000000000000000000000000000000000000"}}
            """;

    @Test
    void rendersThePageAndTheSubmission(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("results.json"), RESULTS);
        CliRun r =
                run(
                        "report",
                        dir.toString(),
                        "-o",
                        dir.resolve("out").toString(),
                        "--format",
                        "html,hepdata",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1, j.get("figures").asInt());
        assertEquals(1, j.get("tables").asInt());
        assertTrue(Files.isRegularFile(dir.resolve("out/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("out/plots/limit.png")));
        assertTrue(Files.isRegularFile(dir.resolve("out/hepdata.zip")));
        assertTrue(!Files.exists(dir.resolve("out/plots/limit.pdf")), "no PDF unless asked");
    }

    @Test
    void badResultsNameTheFileAndTheField(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("results.json"), RESULTS.replace("\"expected\"", "\"expectd\""));
        CliRun r = run("report", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("results.json"), r.err());
        assertTrue(r.err().contains("/figures/0"), r.err());
        assertTrue(r.err().contains("expectd"), r.err());
    }

    @Test
    void unknownFormatIsRejected(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("results.json"), RESULTS);
        CliRun r = run("report", dir.toString(), "--format", "html,docx");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown format 'docx'"), r.err());
    }
}
