package org.quarryhep.io;

import org.quarryhep.core.QuarryException;

/**
 * An event file does not follow its format: a truncated file, a garbage line, a wrong count, a
 * non-finite number, an unknown format or an empty file. The message names the file and the 1-based
 * line (see {@link #source()} and {@link #line()}), the bad value and what was expected.
 */
public class EventFormatException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception located in a file at a line.
     *
     * @param message what is wrong and what was expected
     * @param source the file name (or "stdin")
     * @param line the 1-based line, or −1 when the problem concerns the whole file
     */
    public EventFormatException(String message, String source, long line) {
        super(message, source, line, null);
    }

    /**
     * Creates an exception with an underlying cause.
     *
     * @param message what is wrong and what was expected
     * @param source the file name (or "stdin")
     * @param line the 1-based line, or −1 when the problem concerns the whole file
     * @param cause the underlying exception
     */
    public EventFormatException(String message, String source, long line, Throwable cause) {
        super(message, source, line, cause);
    }
}
