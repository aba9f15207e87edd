package org.quarryhep.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the content goes to a hidden temporary
 * file in the same folder (created with the default permissions, unlike {@link
 * Files#createTempFile}), which is then moved over the destination atomically.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes into the given temporary path. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the whole content.
         *
         * @param target the temporary file to write
         * @throws IOException when writing fails
         */
        void write(Path target) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file.
     *
     * @param file the destination
     * @param writer writes the content
     * @throws IOException when writing or moving fails (the destination is then untouched)
     */
    public static void write(Path file, Writer writer) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp =
                abs.resolveSibling(
                        "." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            writer.write(tmp);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
