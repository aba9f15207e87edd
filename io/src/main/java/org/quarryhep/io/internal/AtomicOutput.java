package org.quarryhep.io.internal;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.io.Compression;

/**
 * A text file written to a temporary file beside its target and moved into place on {@link
 * #commit()}; {@link #discard()} deletes the temporary file. A reader of the target never sees a
 * half-written file.
 */
public final class AtomicOutput {
    private final AtomicFile file;
    private final Writer writer;
    private boolean done;

    private AtomicOutput(AtomicFile file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * Opens a temporary file for {@code target}, compressed as asked.
     *
     * @throws UncheckedIOException when the temporary file cannot be created
     */
    public static AtomicOutput open(Path target, Compression compression) {
        AtomicFile file = null;
        try {
            file = AtomicFile.create(target);
            OutputStream raw = new BufferedOutputStream(file.newOutputStream(), 1 << 16);
            OutputStream out =
                    switch (compression) {
                        case GZIP -> new GZIPOutputStream(raw, 1 << 16);
                        case ZSTD -> new ZstdOutputStream(raw, 3);
                        case NONE -> raw;
                    };
            return new AtomicOutput(file, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (file != null) {
                file.discard();
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The writer of the temporary file (buffered, UTF-8). */
    public Writer writer() {
        return writer;
    }

    /** The target path. */
    public Path target() {
        return file.target();
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
            file.commit();
        } catch (IOException e) {
            file.discard();
            throw new UncheckedIOException(
                    "cannot write " + file.target() + ": " + e.getMessage(), e);
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
        file.discard();
    }
}
