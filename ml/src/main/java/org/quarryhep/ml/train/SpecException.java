package org.quarryhep.ml.train;

import org.quarryhep.core.QuarryException;

/** An invalid training config: the message names the file and the JSON pointer of the field. */
public class SpecException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message the field's JSON pointer, the bad value and what was expected
     * @param source the config file, or {@code null} for command-line flags
     */
    public SpecException(String message, String source) {
        super(message, source, -1, null);
    }
}
