package org.quarryhep.pipeline;

import org.quarryhep.core.QuarryException;

/** A statistics entry cannot be evaluated on the histograms it reads. */
public final class StatisticsException extends QuarryException {
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the JSON pointer of the statistics entry in the analysis file
     * @param message what is wrong and what is expected
     */
    public StatisticsException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The JSON pointer of the entry. */
    public String field() {
        return field;
    }
}
