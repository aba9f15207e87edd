package org.quarryhep.report.model;

/**
 * One axis of a figure.
 *
 * @param label LaTeX-like label, e.g. {@code "m_{\\mu\\tau} "} or {@code "p_{T}^{miss}"}
 * @param unit the unit shown in brackets after the label ({@code "GeV"}), or {@code null}
 * @param log logarithmic scale
 * @param min lower end, or {@code null} to fit the data
 * @param max upper end, or {@code null} to fit the data
 */
public record Axis(String label, String unit, boolean log, Double min, Double max) {
    /** Checks the range. */
    public Axis {
        Checks.require(label != null, "axis label is required");
        if (min != null && max != null) {
            Checks.require(max > min, "axis max " + max + " must be above min " + min);
        }
        if (log && min != null) {
            Checks.require(min > 0, "log axis min must be > 0, got " + min);
        }
    }

    /** A linear axis fitted to the data. */
    public static Axis of(String label, String unit) {
        return new Axis(label, unit, false, null, null);
    }

    /** The label with the unit in brackets, as printed on the plot. */
    public String title() {
        return unit == null || unit.isEmpty() ? label : label + " [" + unit + "]";
    }
}
