package org.quarryhep.gen.pdf;

import org.quarryhep.core.QuarryException;

/** No directory on the PDF search path holds the requested set. */
public class PdfSetNotFoundException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message the set name and the directories searched
     */
    public PdfSetNotFoundException(String message) {
        super(message);
    }
}
