package org.quarryhep.gen.amplitude;

import org.quarryhep.core.QuarryException;

/** A process string that cannot be read or has no amplitude; the message names the token. */
public class ProcessSyntaxException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message the process string, the offending token and what was expected
     */
    public ProcessSyntaxException(String message) {
        super(message);
    }
}
