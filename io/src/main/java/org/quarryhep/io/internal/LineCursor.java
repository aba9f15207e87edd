package org.quarryhep.io.internal;

import java.nio.charset.StandardCharsets;
import org.quarryhep.io.EventFormatException;

/**
 * Reads whitespace-separated fields of the current line of a {@link LineReader}, straight from its
 * byte buffer. Every failure is an {@link EventFormatException} naming the file, the line, the
 * field and the offending text.
 */
public final class LineCursor {
    private final LineReader reader;
    private byte[] buf;
    private int pos;
    private int end;

    /**
     * Creates a cursor over a reader's lines.
     *
     * @param reader the reader whose current line is parsed
     */
    public LineCursor(LineReader reader) {
        this.reader = reader;
    }

    /** Positions the cursor at the start of the reader's current line. */
    public LineCursor reset() {
        buf = reader.buffer();
        pos = reader.start();
        end = reader.end();
        return this;
    }

    /** Positions the cursor at an offset of the current line. */
    public LineCursor resetAt(int offsetInLine) {
        reset();
        pos = Math.min(end, pos + offsetInLine);
        return this;
    }

    private void skipSpaces() {
        while (pos < end && (buf[pos] == ' ' || buf[pos] == '\t')) {
            pos++;
        }
    }

    private int tokenEnd() {
        int e = pos;
        while (e < end && buf[e] != ' ' && buf[e] != '\t') {
            e++;
        }
        return e;
    }

    /** True when only whitespace is left on the line. */
    public boolean atEnd() {
        skipSpaces();
        return pos >= end;
    }

    /** The next character without consuming it (after whitespace), or −1 at the end. */
    public int peek() {
        skipSpaces();
        return pos < end ? buf[pos] : -1;
    }

    /** Consumes one expected character (after whitespace). */
    public void expect(char c, String what) {
        skipSpaces();
        if (pos >= end || buf[pos] != c) {
            throw error("expected '" + c + "' " + what + ", found " + describeNext());
        }
        pos++;
    }

    /** The next whitespace-separated token. */
    public String token(String what) {
        skipSpaces();
        if (pos >= end) {
            throw error("missing " + what + " (line ends early)");
        }
        int e = tokenEnd();
        String s = new String(buf, pos, e - pos, StandardCharsets.UTF_8);
        pos = e;
        return s;
    }

    /** The text up to the next double quote, which is consumed; the opening one already was. */
    public String untilQuote() {
        int e = pos;
        while (e < end && buf[e] != '"') {
            e++;
        }
        if (e >= end) {
            throw error("unterminated quoted string");
        }
        String s = new String(buf, pos, e - pos, StandardCharsets.UTF_8);
        pos = e + 1;
        return s;
    }

    /** The rest of the line after whitespace (may be empty). */
    public String rest() {
        skipSpaces();
        String s = new String(buf, pos, end - pos, StandardCharsets.UTF_8);
        pos = end;
        return s;
    }

    /** The next field as a long integer. */
    public long nextLong(String what) {
        skipSpaces();
        if (pos >= end) {
            throw error("missing " + what + " (line ends early)");
        }
        int e = tokenEnd();
        int i = pos;
        boolean neg = false;
        if (buf[i] == '-' || buf[i] == '+') {
            neg = buf[i] == '-';
            i++;
        }
        if (i >= e) {
            throw badNumber(what, pos, e, "an integer");
        }
        long v = 0;
        for (; i < e; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw badNumber(what, pos, e, "an integer");
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw badNumber(what, pos, e, "an integer in the 64-bit range");
            }
            v = v * 10 + d;
        }
        pos = e;
        return neg ? -v : v;
    }

    /** The next field as an int. */
    public int nextInt(String what) {
        int start = pos;
        long v = nextLong(what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            pos = start;
            skipSpaces();
            throw badNumber(what, pos, tokenEnd(), "an integer in the 32-bit range");
        }
        return (int) v;
    }

    /** The next field as a finite double. */
    public double nextDouble(String what) {
        skipSpaces();
        if (pos >= end) {
            throw error("missing " + what + " (line ends early)");
        }
        int e = tokenEnd();
        double v = DoubleParser.parse(buf, pos, e);
        if (!Double.isFinite(v)) {
            throw badNumber(what, pos, e, "a finite number");
        }
        pos = e;
        return v;
    }

    /**
     * Consumes the one-character line type that starts a line ({@code E}, {@code P}, ...).
     *
     * @return the type character
     * @throws EventFormatException when the first field is not a single character
     */
    public char lineType() {
        skipSpaces();
        if (pos >= end) {
            throw error("empty line where a line type was expected");
        }
        char c = (char) (buf[pos] & 0xff);
        pos++;
        if (pos < end && buf[pos] != ' ' && buf[pos] != '\t') {
            pos--;
            throw error("unknown line type " + describeNext());
        }
        return c;
    }

    /**
     * An integer inside a list such as {@code [1,2]}: digits (with an optional sign) ending at any
     * non-digit, which is left for the caller.
     */
    public int nextListInt(String what) {
        skipSpaces();
        int start = pos;
        int i = pos;
        boolean neg = false;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            neg = buf[i] == '-';
            i++;
        }
        long v = 0;
        int digits = 0;
        while (i < end && buf[i] >= '0' && buf[i] <= '9' && digits < 10) {
            v = v * 10 + (buf[i] - '0');
            digits++;
            i++;
        }
        if (digits == 0 || (i < end && buf[i] >= '0' && buf[i] <= '9')) {
            int e = i;
            while (e < end && buf[e] != ' ' && buf[e] != ',' && buf[e] != ']') {
                e++;
            }
            throw badNumber(what, start, Math.max(e, start + 1), "an integer");
        }
        pos = i;
        v = neg ? -v : v;
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw badNumber(what, start, i, "an integer in the 32-bit range");
        }
        return (int) v;
    }

    /** A parse error at the current line. */
    public EventFormatException error(String message) {
        return new EventFormatException(message, reader.source(), reader.lineNumber());
    }

    private EventFormatException badNumber(String what, int from, int to, String expected) {
        String text = new String(buf, from, Math.min(to - from, 40), StandardCharsets.UTF_8);
        return error("bad " + what + ": expected " + expected + ", found '" + text + "'");
    }

    private String describeNext() {
        if (pos >= end) {
            return "end of line";
        }
        int e = Math.min(end, pos + 20);
        return "'" + new String(buf, pos, e - pos, StandardCharsets.UTF_8) + "'";
    }

    /** Advances past any run of the given character (after whitespace). */
    public void skip(char c) {
        skipSpaces();
        while (pos < end && buf[pos] == c) {
            pos++;
        }
    }
}
