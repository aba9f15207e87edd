package org.quarryhep.analyses.diphunting;

import org.quarryhep.core.QuarryException;

/** The dip-hunting study cannot go on: unusable events, a degenerate training set. */
public final class DipHuntingException extends QuarryException {
    /**
     * Creates an exception whose message says what is wrong.
     *
     * @param message the message
     */
    public DipHuntingException(String message) {
        super(message);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message the message
     * @param cause the cause
     */
    public DipHuntingException(String message, Throwable cause) {
        super(message, cause);
    }
}
