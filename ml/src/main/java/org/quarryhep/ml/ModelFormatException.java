package org.quarryhep.ml;

import org.quarryhep.core.QuarryException;

/** A model file that cannot be read; the message names the file and the JSON field. */
public class ModelFormatException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message what is wrong, with the JSON pointer of the field
     * @param source the file
     */
    public ModelFormatException(String message, String source) {
        super(message, source, -1, null);
    }
}
