package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results tables of {@code results.json} ({@code statistics[].result}) and the report entries
 * drawn from them: a numbers table per results table and its limit curves.
 */
final class ResultTableEntries {
    private final AnalysisFile analysis;

    ResultTableEntries(AnalysisFile analysis) {
        this.analysis = analysis;
    }

    /**
     * One numbers table per results table: a row per cell, named by the row's identifying cells and
     * the column (e.g. "0jet, 200: p_cut"); non-numeric cells (a list of cuts) are left out. A
     * column holding an entry's bootstrap error ({@code limit_rel_err}) is no row of its own: it
     * becomes the ± of that entry's limit columns ({@code mu_limit}, {@code
     * cross_section_limit_fb|pb}), so the HEPData table carries each limit with its error.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> resultNumberTables(Map<String, Object> resultTables) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Map.Entry<String, Object> t : resultTables.entrySet()) {
            Map<String, String> columns = columnsOf(t.getKey());
            Map<String, String> errorColumns = relativeErrorColumns(t.getKey());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : (List<Map<String, Object>>) t.getValue()) {
                List<String> id = new ArrayList<>();
                row.forEach(
                        (k, v) -> {
                            if (!columns.containsKey(k)) {
                                id.add(String.valueOf(v));
                            }
                        });
                for (String c : columns.keySet()) {
                    if (errorColumns.containsValue(c)) {
                        continue;
                    }
                    String unit = columns.get(c).endsWith("_fb") ? "fb" : null;
                    unit = columns.get(c).endsWith("_pb") ? "pb" : unit;
                    String name = String.join(", ", id) + ": " + ResultsDocument.plain(c);
                    int before = rows.size();
                    ResultsDocument.addRow(rows, name, row.get(c), unit);
                    if (rows.size() > before
                            && errorColumns.containsKey(c)
                            && row.get(errorColumns.get(c)) instanceof Number rel
                            && Double.isFinite(rel.doubleValue())) {
                        Map<String, Object> added = rows.get(before);
                        double err = Math.abs(rel.doubleValue() * (double) added.get("value"));
                        added.put("plus", err);
                        added.put("minus", err);
                    }
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("type", "numbers");
            table.put("id", ResultsDocument.id("results-" + t.getKey()));
            table.put("title", "Results table " + ResultsDocument.plain(t.getKey()));
            if (!errorColumns.isEmpty()) {
                table.put(
                        "caption",
                        "The ± of a limit is its statistical error from the Poisson bootstrap of"
                                + " the events (bootstrap.replicas), where the entry has one.");
            }
            table.put("rows", rows);
            tables.add(table);
        }
        return tables;
    }

    /**
     * Limit column → the column of the same statistics entry that holds its relative bootstrap
     * error ({@code limit_rel_err}), for the entries of a results table that have both.
     */
    private Map<String, String> relativeErrorColumns(String table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (StatisticsDefinition d : analysis.statistics()) {
            d.resultRow()
                    .filter(r -> r.table().equals(table))
                    .ifPresent(
                            r -> {
                                String err = null;
                                for (Map.Entry<String, String> c : r.columns().entrySet()) {
                                    if (c.getValue().equals("limit_rel_err")) {
                                        err = c.getKey();
                                    }
                                }
                                if (err == null) {
                                    return;
                                }
                                for (Map.Entry<String, String> c : r.columns().entrySet()) {
                                    if (LIMIT_KEYS.contains(c.getValue())) {
                                        out.put(c.getKey(), err);
                                    }
                                }
                            });
        }
        return out;
    }

    /** The point keys that limit_rel_err is the relative error of (all scale with μ). */
    private static final List<String> LIMIT_KEYS =
            List.of("mu_limit", "cross_section_limit_fb", "cross_section_limit_pb");

    /** The columns (name → result key) the statistics entries give a results table. */
    private Map<String, String> columnsOf(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (StatisticsDefinition d : analysis.statistics()) {
            d.resultRow()
                    .filter(r -> r.table().equals(table))
                    .ifPresent(r -> columns.putAll(r.columns()));
        }
        return columns;
    }

    /**
     * Limit curves of a results table: for each value of its non-numeric identifying cells (a
     * category), the cross-section-limit columns against its one numeric identifying cell (a mass),
     * one curve per column, on a log scale.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> resultCurveFigures(Map<String, Object> resultTables) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, Object> t : resultTables.entrySet()) {
            Map<String, String> columns = columnsOf(t.getKey());
            List<String> limits =
                    columns.keySet().stream()
                            .filter(c -> columns.get(c).startsWith("cross_section_limit"))
                            .toList();
            List<Map<String, Object>> rows = (List<Map<String, Object>>) t.getValue();
            if (limits.isEmpty() || rows.isEmpty()) {
                continue;
            }
            List<String> numeric = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            rows.get(0)
                    .forEach(
                            (k, v) -> {
                                if (!columns.containsKey(k)) {
                                    (v instanceof Number ? numeric : groups).add(k);
                                }
                            });
            if (numeric.size() != 1) {
                continue;
            }
            String x = numeric.get(0);
            Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
            for (Map<String, Object> row : rows) {
                List<String> g = new ArrayList<>();
                groups.forEach(k -> g.add(String.valueOf(row.get(k))));
                byGroup.computeIfAbsent(String.join(", ", g), k -> new ArrayList<>()).add(row);
            }
            for (Map.Entry<String, List<Map<String, Object>>> g : byGroup.entrySet()) {
                List<Map<String, Object>> curves = new ArrayList<>();
                for (String c : limits) {
                    List<Double> xs = new ArrayList<>();
                    List<Double> ys = new ArrayList<>();
                    for (Map<String, Object> row : g.getValue()) {
                        if (row.get(c) instanceof Number y && row.get(x) instanceof Number xv) {
                            xs.add(xv.doubleValue());
                            ys.add(y.doubleValue());
                        }
                    }
                    if (xs.size() >= 2) {
                        Map<String, Object> curve = new LinkedHashMap<>();
                        curve.put("label", ResultsDocument.plain(c));
                        curve.put("x", xs);
                        curve.put("y", ys);
                        curves.add(curve);
                    }
                }
                if (curves.isEmpty()) {
                    continue;
                }
                String unit = columns.get(limits.get(0)).endsWith("_fb") ? "fb" : "pb";
                Map<String, Object> fig = new LinkedHashMap<>();
                fig.put("type", "training_curve");
                fig.put("id", ResultsDocument.id("results-" + t.getKey() + "-" + g.getKey()));
                fig.put(
                        "title",
                        ResultsDocument.plain(t.getKey())
                                + (g.getKey().isEmpty()
                                        ? ""
                                        : ", " + ResultsDocument.plain(g.getKey())));
                fig.put(
                        "caption",
                        "Expected 95% CL limits against " + ResultsDocument.plain(x) + ".");
                fig.put("x_axis", Map.of("label", ResultsDocument.plain(x)));
                fig.put("y_axis", Map.of("label", "\\sigma", "unit", unit, "log", true));
                fig.put("curves", curves);
                figures.add(fig);
            }
        }
        return figures;
    }

    /**
     * The tables the statistics entries declare ({@code result: {table, row, columns}}): per table
     * a list of rows, an entry's row identified by its {@code row} cells (plus each point's labels
     * when its signal is a grid), its {@code columns} taken from the point's results. Entries with
     * equal identifying cells fill the same row, in the order the rows first appear.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> resultTables(Map<String, Object> statistics) {
        Map<String, Map<Map<String, Object>, Map<String, Object>>> tables = new LinkedHashMap<>();
        for (StatisticsDefinition def : analysis.statistics()) {
            if (def.resultRow().isEmpty() || !statistics.containsKey(def.name())) {
                continue;
            }
            StatisticsDefinition.ResultRow rr = def.resultRow().get();
            List<Map<String, Object>> points =
                    (List<Map<String, Object>>)
                            ((Map<String, Object>) statistics.get(def.name())).get("points");
            for (Map<String, Object> p : points) {
                Map<String, Object> id = new LinkedHashMap<>(rr.row());
                if (points.size() > 1) {
                    id.putAll((Map<String, Object>) p.get("labels"));
                }
                Map<String, Object> row =
                        tables.computeIfAbsent(rr.table(), t -> new LinkedHashMap<>())
                                .computeIfAbsent(id, k -> new LinkedHashMap<>(k));
                rr.columns().forEach((column, key) -> row.put(column, p.get(key)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        tables.forEach((name, rows) -> out.put(name, new ArrayList<>(rows.values())));
        return out;
    }
}
