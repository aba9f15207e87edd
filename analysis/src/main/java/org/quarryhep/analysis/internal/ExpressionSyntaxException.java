package org.quarryhep.analysis.internal;

import org.quarryhep.core.QuarryException;

/**
 * A syntax or meaning error in an expression, at a column of its text. The definition reader turns
 * it into a configuration error at the expression's file, line and path.
 */
public final class ExpressionSyntaxException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * Creates the exception.
     *
     * @param column the 1-based column of the problem
     * @param message what is wrong and what was expected
     */
    public ExpressionSyntaxException(int column, String message) {
        super("column " + column + ": " + message);
        this.column = column;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }
}
