package org.quarryhep.analysis;

/**
 * One named cut of a cut-flow: an event passes a {@code require} cut when its expression is true
 * (non-zero and not NaN), and a {@code veto} cut when its expression is not true.
 *
 * @param name the row label
 * @param expression the expression text
 * @param veto whether the expression names what is rejected
 */
public record CutDefinition(String name, String expression, boolean veto) {
    /** A readable summary: {@code name: expression} or {@code name: veto expression}. */
    public String description() {
        return name + ": " + (veto ? "veto " : "") + expression;
    }
}
