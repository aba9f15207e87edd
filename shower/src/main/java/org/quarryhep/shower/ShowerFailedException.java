package org.quarryhep.shower;

import org.quarryhep.core.QuarryException;

/**
 * An event for which every attempt of the shower chain failed (see {@link
 * ShowerChain#MAX_ATTEMPTS}); the message names the event and the last attempt's reason.
 */
public final class ShowerFailedException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message names the event. */
    public ShowerFailedException(String message, Throwable lastCause) {
        super(message, lastCause);
    }
}
