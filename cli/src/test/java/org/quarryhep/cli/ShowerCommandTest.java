package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.cli.EventCommandsTest.Result;
import org.quarryhep.testkit.ReferenceData;

/** {@code quarry shower} follows the output rule of every command that writes one file. */
class ShowerCommandTest {
    @TempDir Path tmp;

    @Test
    void showerRefusesToWriteOverItsInputOrAnExistingFile() throws IOException {
        Path f = ReferenceData.require("events/lhe/pylhe-testfile-powheg-box-v2-Z.lhe");
        Path copy = tmp.resolve("z.lhe");
        Files.copy(f, copy);
        byte[] before = Files.readAllBytes(copy);
        Result self =
                EventCommandsTest.run(
                        "shower", copy.toString(), "-o", copy.toString(), "--force", "--json");
        assertEquals(2, self.exit(), self.err());
        assertTrue(self.err().contains("this is an input of the command"), self.err());
        assertArrayEquals(before, Files.readAllBytes(copy), "input untouched");

        Path out = tmp.resolve("z.hepmc3");
        Files.writeString(out, "old");
        Result exists = EventCommandsTest.run("shower", copy.toString(), "-o", out.toString());
        assertEquals(2, exists.exit(), exists.err());
        assertTrue(
                exists.err().contains("file exists; give --force to overwrite it"), exists.err());
        assertEquals("old", Files.readString(out));

        Result forced =
                EventCommandsTest.run(
                        "shower",
                        copy.toString(),
                        "-o",
                        out.toString(),
                        "--force",
                        "--no-hadronize",
                        "--max-events",
                        "5");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(out).startsWith("HepMC::Version"), "a HepMC3 file");
    }
}
