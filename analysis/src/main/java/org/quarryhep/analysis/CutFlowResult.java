package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A finished cut-flow: per row the raw count, the weighted yield with its MC statistical error, and
 * the relative (to the previous row; a category's first row relative to the last common cut) and
 * cumulative (to all events) efficiencies, computed from the weights.
 *
 * @param scale the factor from weights to yields (σ𝓛/Σw at a luminosity)
 * @param rows the rows, in cut-flow order
 */
public record CutFlowResult(double scale, List<Row> rows) {
    /** Copies the rows. */
    public CutFlowResult {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param name the cut's name ("all events" first)
     * @param category the category, or null for the common rows
     * @param count the raw number of events
     * @param sumW Σw
     * @param sumW2 Σw²
     * @param yield scale × Σw
     * @param error |scale| × √Σw² (MC statistical error)
     * @param relativeEfficiency Σw / Σw of the previous row
     * @param cumulativeEfficiency Σw / Σw of all events
     */
    public record Row(
            String name,
            String category,
            long count,
            double sumW,
            double sumW2,
            double yield,
            double error,
            double relativeEfficiency,
            double cumulativeEfficiency) {}

    /**
     * The result as nested maps and lists (key order fixed), ready for a JSON writer: {@code
     * {"scale": …, "rows": [{"name", "category", "count", "sumW", "sumW2", "yield", "error",
     * "relativeEfficiency", "cumulativeEfficiency"}, …]}}. NaN efficiencies become null.
     *
     * @return the map
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", scale);
        List<Object> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.name);
            row.put("category", r.category);
            row.put("count", r.count);
            row.put("sumW", r.sumW);
            row.put("sumW2", r.sumW2);
            row.put("yield", r.yield);
            row.put("error", r.error);
            row.put("relativeEfficiency", finiteOrNull(r.relativeEfficiency));
            row.put("cumulativeEfficiency", finiteOrNull(r.cumulativeEfficiency));
            list.add(row);
        }
        m.put("rows", list);
        return m;
    }

    /** The result as JSON text (the layout of {@link #toMap()}). */
    public String toJson() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(toMap());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }

    /**
     * The result as a Markdown table: cut, category, events, yield ± error, relative and cumulative
     * efficiency (%).
     *
     * @return the table
     */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append("| cut | category | events | yield | rel. eff. (%) | cum. eff. (%) |\n");
        b.append("|---|---|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append("| ")
                    .append(r.name)
                    .append(" | ")
                    .append(r.category == null ? "" : r.category)
                    .append(" | ")
                    .append(r.count)
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.4g ± %.2g", r.yield, r.error))
                    .append(" | ")
                    .append(percent(r.relativeEfficiency))
                    .append(" | ")
                    .append(percent(r.cumulativeEfficiency))
                    .append(" |\n");
        }
        return b.toString();
    }

    /**
     * A per-process cut-flow table (analyses.md §6, "per-process tables"): one row per cut, one
     * column per sample with its weighted yield ± MC error.
     *
     * @param bySample the cut-flows of the samples, all of one definition, in column order
     * @return the Markdown table
     * @throws IllegalArgumentException when the map is empty or the samples' rows differ
     */
    public static String table(Map<String, CutFlowResult> bySample) {
        if (bySample.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<CutFlowResult> results = new ArrayList<>(bySample.values());
        List<Row> first = results.get(0).rows;
        for (CutFlowResult r : results) {
            if (r.rows.size() != first.size()) {
                throw new IllegalArgumentException("the samples' cut-flows have different rows");
            }
            for (int i = 0; i < first.size(); i++) {
                if (!r.rows.get(i).name.equals(first.get(i).name)) {
                    throw new IllegalArgumentException(
                            "the samples' cut-flows have different rows: "
                                    + first.get(i).name
                                    + " vs "
                                    + r.rows.get(i).name);
                }
            }
        }
        StringBuilder b = new StringBuilder("| cut | category |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String sample : bySample.keySet()) {
            b.append(' ').append(sample).append(" |");
            rule.append("---:|");
        }
        b.append('\n').append(rule).append('\n');
        for (int i = 0; i < first.size(); i++) {
            Row head = first.get(i);
            b.append("| ")
                    .append(head.name)
                    .append(" | ")
                    .append(head.category == null ? "" : head.category)
                    .append(" |");
            for (CutFlowResult r : results) {
                Row row = r.rows.get(i);
                b.append(String.format(Locale.ROOT, " %.4g ± %.2g |", row.yield, row.error));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String percent(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f", 100 * x) : "-";
    }

    private static Double finiteOrNull(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
