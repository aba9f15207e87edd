package org.quarryhep.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written through a hidden temporary file beside its target and moved into place on {@link
 * #commit()}, so a reader never sees half of it and a failed run leaves the target as it was. The
 * temporary file gets the default permissions (umask), unlike {@link Files#createTempFile}, so the
 * result is readable like any other file the user writes.
 */
public final class AtomicFile {
    private final Path target;
    private final Path temp;
    private boolean done;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Creates the temporary file for {@code target}, creating the target's folder when missing.
     *
     * @throws IOException when the temporary file cannot be created
     */
    public static AtomicFile create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        for (int attempt = 0; ; attempt++) {
            String name =
                    "."
                            + abs.getFileName()
                            + "."
                            + Long.toHexString(ThreadLocalRandom.current().nextLong())
                            + ".part";
            try {
                return new AtomicFile(target, Files.createFile(abs.resolveSibling(name)));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Writer of a whole file's content into the temporary path. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param temp the temporary file to fill
         * @throws IOException when writing fails
         */
        void writeTo(Path temp) throws IOException;
    }

    /**
     * Writes a whole file atomically.
     *
     * @param target the destination
     * @param content writes the content into the temporary file
     * @throws IOException when writing or moving fails (the destination is then untouched)
     */
    public static void write(Path target, Content content) throws IOException {
        AtomicFile file = create(target);
        try {
            content.writeTo(file.temp);
            file.commit();
        } finally {
            file.discard();
        }
    }

    /** The temporary file being written. */
    public Path temp() {
        return temp;
    }

    /** The destination. */
    public Path target() {
        return target;
    }

    /**
     * Opens the temporary file for writing (unbuffered).
     *
     * @throws IOException when it cannot be opened
     */
    public OutputStream newOutputStream() throws IOException {
        return Files.newOutputStream(temp);
    }

    /**
     * Moves the temporary file onto the target (atomically where the file system can). Close every
     * stream on the temporary file first.
     *
     * @throws IOException when the move fails (the temporary file is then deleted)
     */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            try {
                Files.move(
                        temp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteTemp();
            throw e;
        }
    }

    /** Deletes the temporary file and leaves the target untouched; no-op after a commit. */
    public void discard() {
        if (done) {
            return;
        }
        done = true;
        deleteTemp();
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A temporary file that cannot be deleted is left behind under its hidden name.
        }
    }
}
