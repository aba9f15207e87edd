package org.quarryhep.gen.pdf;

import org.quarryhep.core.QuarryException;

/**
 * A PDF set file ({@code .info} or member {@code .dat}) that cannot be read; names file and line.
 */
public class PdfFormatException extends QuarryException {
    /**
     * Creates the exception.
     *
     * @param message what is wrong and what was expected
     * @param source the file
     * @param line the 1-based line, or −1
     */
    public PdfFormatException(String message, String source, long line) {
        super(message, source, line, null);
    }
}
