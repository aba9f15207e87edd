package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
}
