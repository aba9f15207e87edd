package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionNamesQuarryAndJava() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("quarry "), r.out());
        assertTrue(r.out().contains("java " + System.getProperty("java.version")));
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CliRun r = CliRun.run("no-such-command");
        // picocli's usage-error status is 2; Quarry keeps 1 for failures of the work itself.
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-command"), r.err());
    }
}
