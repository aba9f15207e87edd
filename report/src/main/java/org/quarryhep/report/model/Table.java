package org.quarryhep.report.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One table of the report, told apart by its {@code type} key: a cut-flow or a table of headline
 * numbers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Table.Cutflow.class, name = "cutflow"),
    @JsonSubTypes.Type(value = Table.Numbers.class, name = "numbers"),
})
public sealed interface Table {
    /** The table's id, unique in the report and used as its file name. */
    String id();

    /** The title. */
    String title();

    /**
     * A cut-flow: the yield of each sample after each cut.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param unit what the yields count ("events", "fb")
     * @param samples column names
     * @param rows one row per cut, in order
     */
    record Cutflow(
            String id,
            String title,
            String caption,
            String unit,
            List<String> samples,
            List<CutflowRow> rows)
            implements Table {
        /** Checks the shape. */
        public Cutflow {
            Figure.checkId(id);
            samples = Checks.list(samples);
            rows = Checks.list(rows);
            Checks.require(!samples.isEmpty() && !rows.isEmpty(), id + ": needs samples and rows");
            for (CutflowRow r : rows) {
                Checks.length(r.yields(), samples.size(), id + ": yields of cut '" + r.cut() + "'");
                Checks.optionalLength(
                        r.errors(), samples.size(), id + ": errors of '" + r.cut() + "'");
            }
        }

        /** The efficiency of cut {@code row} relative to the first row, for sample {@code col}. */
        public double cumulativeEfficiency(int row, int col) {
            return rows.get(row).yields()[col] / rows.get(0).yields()[col];
        }

        /**
         * The efficiency of cut {@code row} relative to the previous row, for sample {@code col}.
         */
        public double relativeEfficiency(int row, int col) {
            return row == 0 ? 1 : rows.get(row).yields()[col] / rows.get(row - 1).yields()[col];
        }
    }

    /**
     * One cut of a cut-flow.
     *
     * @param cut the cut (LaTeX-like)
     * @param yields the yield of each sample after it
     * @param errors their uncertainties, or {@code null}
     */
    record CutflowRow(String cut, double[] yields, double[] errors) {
        /** Checks the cut name. */
        public CutflowRow {
            Checks.require(cut != null && yields != null, "a cut-flow row needs cut and yields");
        }
    }

    /**
     * Headline numbers (limits, significances, cross sections), shown at the top of the page.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param rows the numbers
     */
    record Numbers(String id, String title, String caption, List<Number> rows) implements Table {
        /** Checks that there is a row. */
        public Numbers {
            Figure.checkId(id);
            rows = Checks.list(rows);
            Checks.require(!rows.isEmpty(), id + ": needs at least one row");
        }
    }

    /**
     * One headline number.
     *
     * @param name what it is (LaTeX-like)
     * @param value the value
     * @param plus upper uncertainty (positive), or {@code null}
     * @param minus lower uncertainty (positive), or {@code null}
     * @param unit the unit, or {@code null}
     */
    record Number(String name, double value, Double plus, Double minus, String unit) {
        /** Checks the uncertainties. */
        public Number {
            Checks.require(name != null, "a number needs a name");
            Checks.require(
                    (plus == null) == (minus == null),
                    "give plus and minus together for '" + name + "'");
            Checks.require(
                    plus == null || (plus >= 0 && minus >= 0),
                    "uncertainties of '" + name + "' must be >= 0");
        }
    }
}
