package org.quarryhep.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quarryhep.io.EventFormatException;

/** Line splitting, counting and its memory bound, checked on inputs whose answers are by hand. */
class LineReaderTest {
    @Test
    void splitsLinesDropsCarriageReturnsAndCountsBytes() {
        byte[] text = "a b\r\n\nlast".getBytes(StandardCharsets.US_ASCII);
        LineReader r = new LineReader(new ByteArrayInputStream(text), "t");
        assertTrue(r.next());
        assertEquals("a b", r.line());
        assertEquals(1, r.lineNumber());
        assertTrue(r.next());
        assertTrue(r.isBlank());
        r.unread();
        assertTrue(r.next());
        assertEquals(2, r.lineNumber(), "an unread line comes back with its number");
        assertTrue(r.next());
        assertEquals("last", r.line());
        assertFalse(r.next());
        assertEquals(text.length, r.bytesConsumed(), "every byte counted, line breaks included");
    }

    @Test
    void newlineSearchFindsTheFirstNewlineAtEveryOffset() {
        // Compared with a plain byte-by-byte search, for every start, end and newline position
        // in a 40-byte buffer, with other bytes that differ from '\n' by one bit (0x0b, 0x08).
        for (int nl = -1; nl < 40; nl++) {
            byte[] b = new byte[40];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (k % 3 == 0 ? 0x0b : k % 3 == 1 ? 0x08 : 0x8a);
            }
            if (nl >= 0) {
                b[nl] = '\n';
                if (nl + 5 < b.length) {
                    b[nl + 5] = '\n';
                }
            }
            for (int from = 0; from <= b.length; from++) {
                for (int to = from; to <= b.length; to++) {
                    int expected = -1;
                    for (int k = from; k < to; k++) {
                        if (b[k] == '\n') {
                            expected = k;
                            break;
                        }
                    }
                    assertEquals(
                            expected,
                            LineReader.indexOfNewline(b, from, to),
                            "newline at " + nl + ", range " + from + ".." + to);
                }
            }
        }
    }

    @Test
    void aLineLongerThanTheLimitFailsInsteadOfExhaustingMemory() {
        InputStream endless =
                new InputStream() {
                    @Override
                    public int read() {
                        return 'x';
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                        return len;
                    }
                };
        LineReader r = new LineReader(endless, "endless");
        EventFormatException e = assertThrows(EventFormatException.class, r::next);
        assertEquals(
                "endless:1: line longer than 64 MB: not an event file, or a line break is"
                        + " missing",
                e.getMessage());
    }
}
