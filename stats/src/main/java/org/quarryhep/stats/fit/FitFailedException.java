package org.quarryhep.stats.fit;

import org.quarryhep.core.QuarryException;

/** A minimisation that did not converge within its budget, or hit a non-finite likelihood. */
public class FitFailedException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message what failed, with the iteration count and the last gradient norm
     */
    public FitFailedException(String message) {
        super(message);
    }
}
