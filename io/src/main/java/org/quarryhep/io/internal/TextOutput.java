package org.quarryhep.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Formats event text into a reusable builder and flushes it to a writer, event by event. Doubles
 * are written with {@link Double#toString(double)}, the shortest text that reads back to the same
 * double, so a file read and written again is identical.
 */
public final class TextOutput {
    private final Writer out;
    private final String target;
    private final StringBuilder sb = new StringBuilder(1 << 14);

    /**
     * Creates an output.
     *
     * @param out where text goes
     * @param target the file name used in messages
     */
    public TextOutput(Writer out, String target) {
        this.out = out;
        this.target = target;
    }

    /** The builder holding text not yet flushed. */
    public StringBuilder sb() {
        return sb;
    }

    /** Appends a space and a double. */
    public TextOutput num(double v) {
        sb.append(' ').append(v);
        return this;
    }

    /** Appends a space and a long. */
    public TextOutput num(long v) {
        sb.append(' ').append(v);
        return this;
    }

    /** Appends text. */
    public TextOutput text(String s) {
        sb.append(s);
        return this;
    }

    /** Ends a line. */
    public TextOutput nl() {
        sb.append('\n');
        return this;
    }

    /**
     * Writes the buffered text.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void flush() {
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            sb.setLength(0);
        }
    }
}
