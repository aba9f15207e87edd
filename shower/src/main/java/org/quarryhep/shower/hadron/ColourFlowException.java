package org.quarryhep.shower.hadron;

import org.quarryhep.core.QuarryException;

/** Coloured partons that do not close into colour singlets, or cannot form hadrons. */
public final class ColourFlowException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the event and the colour line. */
    public ColourFlowException(String message) {
        super(message);
    }
}
