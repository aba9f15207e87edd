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

/** {@code quarry scan} through {@code Main.newCommandLine()} on the example smuon plane. */
class ScanCommandTest {
    private static final Path EXAMPLE =
            Path.of(System.getProperty("user.dir"))
                    .resolve("../analyses/examples/smuon-plane/scan.yaml")
                    .normalize();

    @Test
    void exampleScanWritesResultsAndResumes(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out");
        CliRun r =
                run("scan", EXAMPLE.toString(), "-o", dir.toString(), "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out());
        JsonNode results = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        assertEquals(summary.get("points").asInt(), results.get("points").size());
        // The stable order: m_smuon slowest, then m_chi; the first point is the grid corner.
        JsonNode first = results.get("points").get(0).get("parameters");
        assertEquals(100.0, first.get("m_smuon").asDouble());
        assertEquals(0.0, first.get("m_chi").asDouble());
        // Every reported point satisfies the constraint m_chi < m_smuon.
        for (JsonNode p : results.get("points")) {
            assertTrue(
                    p.get("parameters").get("m_chi").asDouble()
                            < p.get("parameters").get("m_smuon").asDouble());
        }
        assertEquals("local", results.get("provenance").get("config").get("executor").asText());
        String before = Files.readString(dir.resolve("results.json"));
        CliRun again = run("scan", EXAMPLE.toString(), "-o", dir.toString(), "--resume");
        assertEquals(0, again.code(), again.err());
        String after = Files.readString(dir.resolve("results.json"));
        assertEquals(
                before.substring(0, before.indexOf("\"provenance\"")),
                after.substring(0, after.indexOf("\"provenance\"")));
    }

    @Test
    void badScanFileNamesFileLineAndField(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("refine:", "refien:"));
        CliRun r = run("scan", bad.toString(), "-o", tmp.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.yaml:"), r.err());
        assertTrue(r.err().contains("did you mean 'refine'"), r.err());
    }

    @Test
    void sparkExecutorMissingFromTheClassPathIsExplained(@TempDir Path tmp) {
        // The CLI's test class path has no quarry-spark: the error says so instead of a trace.
        CliRun r =
                run(
                        "scan",
                        EXAMPLE.toString(),
                        "-o",
                        tmp.toString(),
                        "--executor",
                        "spark",
                        "--master",
                        "local[2]");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no scan executor 'spark'"), r.err());
    }
}
