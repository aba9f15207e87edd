package org.quarryhep.pipeline;

import org.quarryhep.core.QuarryException;

/** A run cannot start or continue: a bad option, a missing cached input, an unknown stage. */
public class PipelineException extends QuarryException {
    /** Creates an exception whose message names what is wrong. */
    public PipelineException(String message) {
        super(message);
    }

    /** Creates an exception with a cause. */
    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
