package org.quarryhep.stats;

import org.quarryhep.core.QuarryException;

/**
 * A workspace, patch or patchset that does not follow the pyhf 1.0.0 schema or is inconsistent
 * (bin-count mismatch, negative yields, unknown modifier type, missing observation).
 *
 * <p>The message starts with the JSON pointer of the offending value (RFC 6901), for example {@code
 * /channels/0/samples/1/data/2}.
 */
public class InvalidSpecificationException extends QuarryException {
    private final String pointer;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param pointer the JSON pointer of the bad value ("" for the document root)
     * @param message what is wrong and what was expected
     */
    public InvalidSpecificationException(String pointer, String message) {
        super((pointer.isEmpty() ? "/" : pointer) + ": " + message);
        this.pointer = pointer;
        this.detail = message;
    }

    private InvalidSpecificationException(String source, String pointer, String detail) {
        super(source + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + detail);
        this.pointer = pointer;
        this.detail = detail;
    }

    /**
     * The same problem located in a file: the message becomes {@code source: pointer: detail}.
     *
     * @param source the file name or "stdin"
     * @return the located exception
     */
    public InvalidSpecificationException in(String source) {
        return new InvalidSpecificationException(source, pointer, detail);
    }

    /** The JSON pointer of the offending value. */
    public String pointer() {
        return pointer;
    }
}
