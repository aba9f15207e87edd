package org.quarryhep.report.hepdata;

import java.util.List;

/**
 * One HEPData table: a document of {@code submission.yaml} and its data file.
 *
 * @param name the table's name (at most 64 characters, unique)
 * @param description what it shows
 * @param dataFile the data file's name (no '/')
 * @param independent the independent variables (bins or points)
 * @param dependent the dependent variables, one value per bin
 * @param images image files (in the submission folder) shown with the table
 */
public record HepDataTable(
        String name,
        String description,
        String dataFile,
        List<Independent> independent,
        List<Dependent> dependent,
        List<String> images) {
    /** Copies the lists. */
    public HepDataTable {
        independent = List.copyOf(independent);
        dependent = List.copyOf(dependent);
        images = List.copyOf(images);
    }

    /**
     * An independent variable.
     *
     * @param name header name
     * @param units header units, or {@code null}
     * @param values one per row: a {@link Bin}, a number or a string
     */
    public record Independent(String name, String units, List<Object> values) {}

    /**
     * A bin of an independent variable.
     *
     * @param low lower edge
     * @param high upper edge
     */
    public record Bin(double low, double high) {}

    /**
     * A dependent variable.
     *
     * @param name header name
     * @param units header units, or {@code null}
     * @param values one per row
     */
    public record Dependent(String name, String units, List<Value> values) {}

    /**
     * One value with its uncertainties.
     *
     * @param value the number (NaN is written as "-", HEPData's blank)
     * @param errors uncertainties (empty for none)
     */
    public record Value(double value, List<Uncertainty> errors) {
        /** A value without uncertainties. */
        public static Value of(double v) {
            return new Value(v, List.of());
        }
    }

    /**
     * An uncertainty: symmetric ({@code minus == null}) or asymmetric (signed plus and minus).
     *
     * @param label e.g. "stat", "1 sigma"
     * @param plus the symmetric error, or the upward shift
     * @param minus the downward shift (negative for a downward one), or {@code null}
     */
    public record Uncertainty(String label, double plus, Double minus) {}
}
