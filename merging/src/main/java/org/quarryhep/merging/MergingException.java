package org.quarryhep.merging;

import org.quarryhep.core.QuarryException;

/** A merging run that cannot be done as asked: the message names the option or the process. */
public final class MergingException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the option
     */
    public MergingException(String message) {
        super(message);
    }
}
