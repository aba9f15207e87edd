package org.quarryhep.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.quarryhep.io.EventFormatException;

/**
 * Reads a byte stream line by line into a reusable buffer, counting lines and bytes, without
 * creating a String per line: parsers read the current line's bytes directly (see {@link
 * LineCursor}). A trailing {@code \r} is dropped. One line can be pushed back with {@link
 * #unread()}.
 */
public final class LineReader implements Closeable {
    /** Longest line accepted (64 MB), so that a file without line breaks cannot exhaust memory. */
    static final int MAX_LINE = 1 << 26;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final String source;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean pushedBack;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private long bytesConsumed;

    /**
     * Creates a reader.
     *
     * @param in the (decompressed) input
     * @param source the name used in messages
     */
    public LineReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The name used in messages. */
    public String source() {
        return source;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the input
     * @throws EventFormatException when compressed data is corrupt or truncated
     * @throws UncheckedIOException when reading fails
     */
    public boolean next() {
        if (pushedBack) {
            pushedBack = false;
            return true;
        }
        int scan = pos;
        while (true) {
            int i = indexOfNewline(buf, scan, limit);
            if (i >= 0) {
                setLine(pos, i);
                bytesConsumed += i + 1 - pos;
                pos = i + 1;
                return true;
            }
            scan = limit;
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    bytesConsumed += limit - pos;
                    pos = limit;
                    return true;
                }
                return false;
            }
            scan -= pos;
            fill();
        }
    }

    /**
     * The index of the first '\n' in {@code b[from, to)}, or −1, testing eight bytes at a time (the
     * zero-byte test of Mycroft, "Bit Twiddling Hacks": a byte of {@code x} is zero where {@code (x
     * - 0x01..) & ~x & 0x80..} has its high bit; the lowest such bit is exact).
     */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x0a0a0a0a0a0a0a0aL;
            long t = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void setLine(int start, int end) {
        lineStart = start;
        lineEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        lineNumber++;
    }

    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE) {
                throw new EventFormatException(
                        "line longer than "
                                + (MAX_LINE >> 20)
                                + " MB: not an event file, or a line break is missing",
                        source,
                        lineNumber + 1);
            }
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (java.util.zip.ZipException
                | java.io.EOFException
                | com.github.luben.zstd.ZstdIOException e) {
            throw new EventFormatException(
                    "compressed data is corrupt or truncated ("
                            + (e.getMessage() != null
                                    ? e.getMessage()
                                    : e.getClass().getSimpleName())
                            + ")",
                    source,
                    lineNumber + 1,
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": read failed: " + e.getMessage(), e);
        }
    }

    /** Makes the next {@link #next()} return the current line again. */
    public void unread() {
        pushedBack = true;
    }

    /** The buffer holding the current line (valid until the next call to {@link #next()}). */
    public byte[] buffer() {
        return buf;
    }

    /** Start of the current line in {@link #buffer()}. */
    public int start() {
        return lineStart;
    }

    /** End (exclusive) of the current line in {@link #buffer()}, without the line break. */
    public int end() {
        return lineEnd;
    }

    /** The 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Bytes consumed so far, line breaks included. */
    public long bytesConsumed() {
        return bytesConsumed;
    }

    /** The current line as a String (UTF-8). */
    public String line() {
        return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /** True when the current line holds only whitespace. */
    public boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** True when the current line, after leading whitespace, starts with {@code prefix}. */
    public boolean startsWith(String prefix) {
        int i = lineStart;
        while (i < lineEnd && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        if (lineEnd - i < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (buf[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first non-blank byte of the current line, or −1 when the line is blank. */
    public int firstChar() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return buf[i];
            }
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": close failed: " + e.getMessage(), e);
        }
    }
}
