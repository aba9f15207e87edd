package org.quarryhep.gen.amplitude;

import org.quarryhep.core.QuarryException;

/** A phase-space-point file that cannot be read; names the file and line. */
public class MomentaFormatException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message what is wrong
     * @param source the file
     * @param line the 1-based line number (−1 for the whole file)
     */
    public MomentaFormatException(String message, String source, long line) {
        super(message, source, line, null);
    }
}
