package org.quarryhep.detector.format;

import org.quarryhep.core.QuarryException;

/** A reconstructed-event file that is not in the columnar format or is damaged. */
public final class ColumnarFormatException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source the file
     * @param message what is wrong and where (block, collection)
     */
    public ColumnarFormatException(String source, String message) {
        super(message, source, -1, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param source the file
     * @param message what is wrong
     * @param cause the underlying exception
     */
    public ColumnarFormatException(String source, String message, Throwable cause) {
        super(message, source, -1, cause);
    }
}
