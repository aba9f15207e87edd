package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void commitReplacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        AtomicFile.write(target, tmp -> Files.writeString(tmp, "new"));
        assertEquals("new", Files.readString(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFailedWriteLeavesTheTargetUntouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        IOException e =
                assertThrows(
                        IOException.class,
                        () ->
                                AtomicFile.write(
                                        target,
                                        tmp -> {
                                            Files.writeString(tmp, "half");
                                            throw new IOException("disk full");
                                        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void resultHasTheDefaultPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        // Files.createTempFile would give rw------- regardless of the umask; a fresh file written
        // by Files.writeString is the reference for "default permissions" here.
        Path reference = dir.resolve("reference.txt");
        Files.writeString(reference, "x");
        Path target = dir.resolve("out.txt");
        AtomicFile.write(target, tmp -> Files.writeString(tmp, "x"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(target));
        assertFalse(Files.exists(dir.resolve(".out.txt.part")));
    }

    @Test
    void leftoversOfDeadProcessesAreRemovedThoseOfLiveOnesKept(@TempDir Path dir) throws Exception {
        // A process that has exited gives a pid that no live process holds (barring reuse within
        // this test's milliseconds); the test JVM's own pid is alive by construction.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path target = dir.resolve("big.lhe");
        Path dead = dir.resolve(".big.lhe." + gone.pid() + "-1a2b.part");
        Path legacy = dir.resolve(".big.lhe.7f3e2d1c0b0a0908.part");
        Path live = dir.resolve(".big.lhe." + ProcessHandle.current().pid() + "-3c4d.part");
        Path other = dir.resolve(".other.lhe." + gone.pid() + "-1a2b.part");
        Files.writeString(dead, "12345");
        Files.writeString(legacy, "1");
        Files.writeString(live, "1");
        Files.writeString(other, "1");

        AtomicFile.write(target, tmp -> Files.writeString(tmp, "events"));

        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(legacy));
        assertTrue(Files.exists(live), "a running writer's temporary file is left alone");
        assertTrue(Files.exists(other), "another target's temporary file is left alone");
        assertEquals("events", Files.readString(target));
    }

    @Test
    void removeStaleReportsWhatItDeleted(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = dir.resolve(".x.qreco." + gone.pid() + "-ff.part");
        Files.write(dead, new byte[4096]);
        List<AtomicFile.StaleFile> removed = AtomicFile.removeStale(dir.resolve("x.qreco"));
        assertEquals(List.of(new AtomicFile.StaleFile(dead.toAbsolutePath(), 4096)), removed);
    }

    @Test
    void theTemporaryFileNamesItsWriter(@TempDir Path dir) throws IOException {
        AtomicFile f = AtomicFile.create(dir.resolve("out.txt"));
        try {
            String name = f.temp().getFileName().toString();
            assertTrue(name.startsWith(".out.txt." + ProcessHandle.current().pid() + "-"), name);
            assertTrue(name.endsWith(".part"), name);
        } finally {
            f.discard();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }
}
