package org.quarryhep.detector.card;

import org.quarryhep.config.ConfigException;
import org.quarryhep.core.QuarryException;

/** A detector card that cannot be read or fails validation; the message names the field path. */
public final class InvalidCardException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param source the card's file or resource name
     * @param field the JSON-pointer-like path of the offending field, e.g. {@code
     *     /electron/isolation/deltaR}
     * @param message what is wrong and what was expected
     */
    public InvalidCardException(String source, String field, String message) {
        super(field + ": " + message, source, -1, null);
        this.field = field;
    }

    /**
     * Creates the exception with the line of the field.
     *
     * @param source the card's file or resource name
     * @param field the path of the offending field
     * @param line its 1-based line, or −1
     * @param message what is wrong and what was expected
     */
    public InvalidCardException(String source, String field, long line, String message) {
        super(field + ": " + message, source, line, null);
        this.field = field;
    }

    /**
     * Wraps the shared reader's error (unknown key, wrong type, syntax), which already names the
     * card, the line and the field.
     *
     * @param e the reader's error
     */
    public InvalidCardException(ConfigException e) {
        super(e.getMessage(), e);
        this.field = e.path();
    }

    /**
     * Creates the exception for an unreadable card.
     *
     * @param source the card's file or resource name
     * @param message what went wrong
     * @param cause the parser's exception
     */
    public InvalidCardException(String source, String message, Throwable cause) {
        super(message, source, -1, cause);
        this.field = "";
    }

    /** The path of the offending field ({@code ""} when the whole card is unreadable). */
    public String field() {
        return field;
    }
}
