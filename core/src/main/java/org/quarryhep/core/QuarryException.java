package org.quarryhep.core;

/**
 * Root of Quarry's domain exceptions: bad input, invalid configuration, failed computations.
 *
 * <p>Unchecked, as every Quarry failure is one the user fixes by changing input or settings, not
 * one the caller can recover from in code. A subclass carries the place of the problem (file and
 * line, field or JSON pointer) so the message a user sees points at it.
 */
public class QuarryException extends RuntimeException {
    private final String source;
    private final long line;

    /** Creates an exception with a message that already names the place of the problem. */
    public QuarryException(String message) {
        this(message, null, -1, null);
    }

    /** Creates an exception with a cause. */
    public QuarryException(String message, Throwable cause) {
        this(message, null, -1, cause);
    }

    /**
     * Creates an exception located in a source (a file name or "stdin") at a 1-based line.
     *
     * @param message what is wrong and what was expected
     * @param source the file or stream name, or {@code null}
     * @param line the 1-based line number, or −1 when not applicable
     * @param cause the underlying exception, or {@code null}
     */
    public QuarryException(String message, String source, long line, Throwable cause) {
        super(locate(message, source, line), cause);
        this.source = source;
        this.line = line;
    }

    /** The file or stream where the problem is, or {@code null}. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or −1. */
    public long line() {
        return line;
    }

    private static String locate(String message, String source, long line) {
        if (source == null) {
            return message;
        }
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
