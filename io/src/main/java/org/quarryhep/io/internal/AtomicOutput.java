package org.quarryhep.io.internal;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.io.Compression;

/**
 * A text file written to a temporary file beside its target and moved into place on {@link
 * #commit()}; {@link #discard()} deletes the temporary file. A reader of the target never sees a
 * half-written file.
 */
public final class AtomicOutput {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean done;

    private AtomicOutput(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /**
     * Opens a temporary file for {@code target}, compressed as asked.
     *
     * @throws UncheckedIOException when the temporary file cannot be created
     */
    public static AtomicOutput open(Path target, Compression compression) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
            OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            OutputStream out =
                    switch (compression) {
                        case GZIP -> new GZIPOutputStream(raw, 1 << 16);
                        case ZSTD -> new ZstdOutputStream(raw, 3);
                        case NONE -> raw;
                    };
            return new AtomicOutput(
                    target, temp, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (temp != null) {
                deleteQuietly(temp);
            }
            throw new UncheckedIOException(
                    "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The writer of the temporary file (buffered, UTF-8). */
    public Writer writer() {
        return writer;
    }

    /** The target path. */
    public Path target() {
        return target;
    }

    /**
     * Closes the temporary file and moves it onto the target.
     *
     * @throws UncheckedIOException when closing or moving fails (the temporary file is deleted)
     */
    public void commit() {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
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
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Closes and deletes the temporary file, leaving the target untouched. */
    public void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
        } catch (IOException e) {
            // The file is deleted next; a failed close of a discarded file changes nothing.
        }
        deleteQuietly(temp);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Nothing more can be done about a temporary file that cannot be deleted.
        }
    }
}
