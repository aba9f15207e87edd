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
import org.quarryhep.testkit.ReferenceData;

/** {@code quarry run} through the real command line, on the tutorial analysis. */
class RunCommandTest {
    @TempDir Path dir;

    private static Path tutorial() {
        Path p = Path.of("../analyses/examples/z-mumu/analysis.yaml");
        assertTrue(Files.isRegularFile(p), "the tutorial analysis file is part of the checkout");
        return p;
    }

    @Test
    void tutorialRunsFromSmallSamplesAndThenComesFromTheCache() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        String[] args = {
            "run",
            tutorial().toString(),
            "-o",
            dir.resolve("out").toString(),
            "--set",
            "samples.0.events=300",
            "--set",
            "samples.1.events=300",
            "--set",
            "samples.2.events=200",
            "--set",
            "chain.shower=false",
            "--set",
            "statistics=[{name: z, method: significance, histograms: [m_mumu_window],"
                    + " signal: toy-zprime}]",
            "--threads",
            "2",
            "--json"
        };
        CliRun first = run(args);
        assertEquals(0, first.code(), first.err());
        JsonNode doc = new ObjectMapper().readTree(first.out());
        assertEquals("ok", doc.get("status").asText());
        assertTrue(doc.get("statistics").get("z").get("points").get(0).has("z_asimov"));
        assertTrue(Files.isRegularFile(dir.resolve("out/results.json")));
        CliRun second = run(args);
        assertEquals(0, second.code(), second.err());
        for (JsonNode s : new ObjectMapper().readTree(second.out()).get("stages")) {
            assertTrue(s.get("cached").asBoolean(), s.toString());
        }
    }

    @Test
    void aMisspeltKeyStopsTheRunWithFileLineAndField() throws Exception {
        Path bad = dir.resolve("analysis.yaml");
        Files.writeString(
                bad,
                Files.readString(tutorial()).replace("    events: 2000\n", "    evnts: 2000\n"));
        CliRun r = run("run", bad.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("analysis.yaml:34: /samples/2/evnts"), r.err());
        assertTrue(r.err().contains("did you mean 'events'"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing runs before validation passes");
    }

    @Test
    void anUnknownStageListsTheStages() {
        CliRun r = run("run", tutorial().toString(), "--only", "plot");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown stage 'plot'"), r.err());
        assertTrue(r.err().contains("generate, shower, simulate"), r.err());
    }
}
