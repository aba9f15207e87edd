package org.quarryhep.report.model;

import org.quarryhep.core.QuarryException;

/** A {@code results.json} (or a file it names) that does not follow the report schema. */
public class ResultsException extends QuarryException {
    /**
     * Creates an exception located in a file.
     *
     * @param message what is wrong, naming the JSON pointer of the field
     * @param source the file, or {@code null}
     */
    public ResultsException(String message, String source) {
        super(message, source, -1, null);
    }

    /**
     * Creates an exception located at a line of a file.
     *
     * @param message what is wrong
     * @param source the file
     * @param line the 1-based line
     */
    public ResultsException(String message, String source, long line) {
        super(message, source, line, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what is wrong
     * @param source the file, or {@code null}
     * @param cause the underlying exception
     */
    public ResultsException(String message, String source, Throwable cause) {
        super(message, source, -1, cause);
    }
}
