package org.quarryhep.report.model;

/**
 * Per-bin contents of one sample or of data on a histogram's bins.
 *
 * @param label legend text (LaTeX-like)
 * @param values bin contents, one per bin
 * @param errors symmetric uncertainties, one per bin, or {@code null}
 */
public record BinnedSeries(String label, double[] values, double[] errors) {
    /** Checks that the errors match the values. */
    public BinnedSeries {
        Checks.require(label != null, "series label is required");
        Checks.require(values != null, "series '" + label + "' needs values");
        Checks.optionalLength(errors, values.length, "errors of series '" + label + "'");
    }

    /** The uncertainty of bin {@code i}, 0 when none is given. */
    public double error(int i) {
        return errors == null ? 0 : errors[i];
    }
}
