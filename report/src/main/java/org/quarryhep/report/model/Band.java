package org.quarryhep.report.model;

/**
 * The region between a lower and an upper curve on shared abscissae.
 *
 * @param lower lower edge, one per abscissa
 * @param upper upper edge, one per abscissa
 */
public record Band(double[] lower, double[] upper) {
    /** Checks the ordering. */
    public Band {
        Checks.require(lower != null && upper != null, "a band needs lower and upper");
        Checks.length(upper, lower.length, "band upper");
        for (int i = 0; i < lower.length; i++) {
            Checks.require(
                    upper[i] >= lower[i],
                    "band upper[" + i + "] = " + upper[i] + " is below lower " + lower[i]);
        }
    }
}
