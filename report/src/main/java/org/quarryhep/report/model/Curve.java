package org.quarryhep.report.model;

/**
 * A labelled line through points.
 *
 * @param label legend text (LaTeX-like)
 * @param x abscissae
 * @param y ordinates, one per abscissa
 * @param dashed draw dashed (baselines, expected curves)
 */
public record Curve(String label, double[] x, double[] y, boolean dashed) {
    /** Checks the lengths. */
    public Curve {
        Checks.require(label != null, "curve label is required");
        Checks.require(x != null && x.length >= 2, "curve '" + label + "' needs at least 2 points");
        Checks.length(y, x.length, "y of curve '" + label + "'");
    }
}
