package org.quarryhep.jets;

import org.quarryhep.core.QuarryException;

/** A jet definition or clustering request with an invalid field (named in the message). */
public class JetDefinitionException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message names the field, the bad value and what was expected
     */
    public JetDefinitionException(String message) {
        super(message);
    }
}
