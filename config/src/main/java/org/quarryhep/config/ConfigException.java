package org.quarryhep.config;

import org.quarryhep.core.QuarryException;

/**
 * A configuration file that cannot be read or fails validation. The message names the file, the
 * 1-based line and the JSON pointer of the offending key, e.g. {@code analysis.yaml:12:
 * /samples/0/events: must be > 0, got -3}.
 */
public final class ConfigException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param source the file or stream name
     * @param line the 1-based line, or −1 when unknown
     * @param path the JSON pointer of the offending node ({@code ""} for the whole document)
     * @param message what is wrong and what was expected
     */
    public ConfigException(String source, long line, String path, String message) {
        super((path.isEmpty() ? "" : path + ": ") + message, source, line, null);
        this.path = path;
    }

    /**
     * Creates the exception for a document that cannot be parsed at all.
     *
     * @param source the file or stream name
     * @param line the 1-based line of the syntax error, or −1
     * @param message the parser's description
     * @param cause the parser's exception
     */
    public ConfigException(String source, long line, String message, Throwable cause) {
        super(message, source, line, cause);
        this.path = "";
    }

    /** The JSON pointer of the offending node ({@code ""} for the whole document). */
    public String path() {
        return path;
    }
}
