package org.quarryhep.gen.process;

import org.quarryhep.core.QuarryException;

/** A process, parameter, cut or scale setting that is unknown or out of range; names the field. */
public class InvalidParameterException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message the field, the bad value and what was expected
     */
    public InvalidParameterException(String message) {
        super(message);
    }
}
