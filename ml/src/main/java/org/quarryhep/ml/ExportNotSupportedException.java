package org.quarryhep.ml;

import org.quarryhep.core.QuarryException;

/** A model whose architecture has no ONNX export: only MLPs are exported layer by layer. */
public class ExportNotSupportedException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message names the architecture that cannot be exported and what can
     */
    public ExportNotSupportedException(String message) {
        super(message);
    }
}
