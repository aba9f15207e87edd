package org.quarryhep.stats;

import org.quarryhep.core.QuarryException;

/**
 * A workspace that is well-formed JSON but cannot be compiled into a model (for example a parameter
 * shared by modifiers with incompatible shapes, or a measurement that does not exist).
 */
public class InvalidModelException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the parameter, channel or measurement
     */
    public InvalidModelException(String message) {
        super(message);
    }
}
