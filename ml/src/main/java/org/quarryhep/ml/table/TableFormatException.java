package org.quarryhep.ml.table;

import org.quarryhep.core.QuarryException;

/** A feature-table file that cannot be read: the message names the file, line and column. */
public class TableFormatException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message what is wrong and what was expected
     * @param source the file name
     * @param line the 1-based line, or −1 when not applicable
     */
    public TableFormatException(String message, String source, long line) {
        super(message, source, line, null);
    }
}
