package org.quarryhep.scan;

import org.quarryhep.core.QuarryException;

/** A scan definition or a scan run that cannot go on: the message names the file and the field. */
public class ScanException extends QuarryException {
    /** Creates an exception whose message already names the place of the problem. */
    public ScanException(String message) {
        super(message);
    }

    /** Creates an exception with a cause. */
    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception located in a file.
     *
     * @param message what is wrong, starting with the field's path
     * @param source the file name
     */
    public ScanException(String message, String source) {
        super(message, source, -1, null);
    }
}
