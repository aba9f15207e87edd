package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.shower.Tune;
import org.quarryhep.testkit.ReferenceData;

/**
 * {@code quarry shower} follows the output rule of every command that writes one file and records
 * its provenance in the output.
 */
class ShowerCommandTest {
    @TempDir Path tmp;

    @Test
    void showerRefusesToWriteOverItsInputOrAnExistingFile() throws IOException {
        Path f = ReferenceData.require("events/lhe/pylhe-testfile-powheg-box-v2-Z.lhe");
        Path copy = tmp.resolve("z.lhe");
        Files.copy(f, copy);
        byte[] before = Files.readAllBytes(copy);
        CliRun self =
                CliRun.run("shower", copy.toString(), "-o", copy.toString(), "--force", "--json");
        assertEquals(2, self.code(), self.err());
        assertTrue(self.err().contains("this is an input of the command"), self.err());
        assertArrayEquals(before, Files.readAllBytes(copy), "input untouched");

        Path out = tmp.resolve("z.hepmc3");
        Files.writeString(out, "old");
        CliRun exists = CliRun.run("shower", copy.toString(), "-o", out.toString());
        assertEquals(2, exists.code(), exists.err());
        assertTrue(
                exists.err().contains("file exists; give --force to overwrite it"), exists.err());
        assertEquals("old", Files.readString(out));

        CliRun forced =
                CliRun.run(
                        "shower",
                        copy.toString(),
                        "-o",
                        out.toString(),
                        "--force",
                        "--no-hadronize",
                        "--max-events",
                        "5");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(out).startsWith("HepMC::Version"), "a HepMC3 file");
    }

    /**
     * The output's run attribute {@code quarry_provenance} is one provenance block that names the
     * tune version, the seed, the input's SHA-256 (against the one in the shared data's
     * inventory.json, computed when the files were collected) and the command, and its tune reads
     * back as the tune the command ran with.
     */
    @Test
    void theOutputCarriesTheProvenanceAndItsTuneReadsBack() throws IOException {
        String name = "pylhe-testfile-powheg-box-v2-Z.lhe";
        Path in = ReferenceData.require("events/lhe/" + name);
        Path out = tmp.resolve("z.hepmc3");
        List<String> args =
                List.of(
                        "shower",
                        in.toString(),
                        "-o",
                        out.toString(),
                        "--seed",
                        "42",
                        "--set",
                        "shower.pTminFsr=0.9",
                        "--max-events",
                        "3",
                        "--threads",
                        "1");
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String json;
        try (EventReader reader = EventReaders.open(out)) {
            json = reader.runInfo().attributes().get("quarry_provenance");
        }
        JsonNode p = new ObjectMapper().readTree(json);
        Tune expected = Tune.defaults().withOverrides(List.of("shower.pTminFsr=0.9"));
        assertEquals("quarry shower", p.get("component").asText());
        assertEquals(expected.version(), p.get("config").get(Tune.PROVENANCE_VERSION_KEY).asText());
        assertEquals(42, p.get("seed").asLong());
        String sha = EventCommandsTest.inventory("lhe", name).get("sha256").asText();
        assertEquals(sha, p.get("inputs").get(0).get("sha256").asText());
        List<String> command = new ArrayList<>();
        p.get("command").forEach(a -> command.add(a.asText()));
        assertEquals(args, command);
        assertEquals(expected, Tune.fromProvenance(json, out + " quarry_provenance"));
    }
}
