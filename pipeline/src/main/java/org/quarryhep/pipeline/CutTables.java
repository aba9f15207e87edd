package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.CategoryDefinition;
import org.quarryhep.analysis.EventSelection;
import org.quarryhep.analysis.Histogram;
import org.quarryhep.analysis.HistogramDefinition;
import org.quarryhep.analysis.HistogramResult;
import org.quarryhep.analysis.SelectionOutcome;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;

/**
 * The cut × shape tables that a shape scan ({@code scan: {shape: true}}) needs: for a histogram of
 * the cut variable (e.g. the DNN score) and a histogram of the limit (e.g. M_col), the limit
 * histogram of the selected events in each bin of the cut variable, one row per cut bin plus an
 * underflow row (first) and an overflow row (last). The events passing a cut at an edge are the sum
 * of the rows beyond it, so one pass fills every cut value of a scan. An event enters when it is
 * selected into a category that both histograms take and its cut variable is not missing.
 */
final class CutTables {
    /** One table: the cut histogram's and the shape histogram's definitions. */
    record Pair(String cut, String shape) {
        String id() {
            return shape + "|" + cut;
        }
    }

    private CutTables() {}

    /** The pairs the analysis's shape scans need, each once, in order of appearance. */
    static List<Pair> pairs(AnalysisFile a) {
        List<Pair> out = new ArrayList<>();
        for (StatisticsDefinition d : a.statistics()) {
            java.util.Optional<CutScan> scan =
                    d instanceof AsimovLimit al
                            ? al.scan()
                            : d instanceof CountingLimit cl
                                    ? cl.scan()
                                    : java.util.Optional.empty();
            if (scan.isEmpty() || !scan.get().shape()) {
                continue;
            }
            for (int i = 0; i < d.histograms().size(); i++) {
                Pair p = new Pair(scan.get().cutHistograms().get(i), d.histograms().get(i));
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The pairs as text for the histogram stage's key. */
    static String canonical(List<Pair> pairs) {
        return String.join(",", pairs.stream().map(Pair::id).toList());
    }

    /** One thread's tables. */
    static final class Accumulator {
        private final List<Pair> pairs;
        private final int[] cutVariable;
        private final int[] shapeVariable;
        private final double[][] cutEdges;
        private final boolean[][] inCategory;
        private final Histogram[][] rows;

        Accumulator(AnalysisDefinition def, List<Pair> pairs) {
            this.pairs = List.copyOf(pairs);
            int n = pairs.size();
            cutVariable = new int[n];
            shapeVariable = new int[n];
            cutEdges = new double[n][];
            inCategory = new boolean[n][];
            rows = new Histogram[n][];
            List<CategoryDefinition> cats = def.categories();
            for (int i = 0; i < n; i++) {
                HistogramDefinition c = definition(def, pairs.get(i).cut());
                HistogramDefinition s = definition(def, pairs.get(i).shape());
                cutVariable[i] = def.variableIndex(c.variable());
                shapeVariable[i] = def.variableIndex(s.variable());
                cutEdges[i] = c.edges();
                inCategory[i] = new boolean[cats.size()];
                for (int k = 0; k < cats.size(); k++) {
                    String name = cats.get(k).name();
                    inCategory[i][k] =
                            (c.categories().isEmpty() || c.categories().contains(name))
                                    && (s.categories().isEmpty() || s.categories().contains(name));
                }
                rows[i] = new Histogram[cutEdges[i].length + 1];
                for (int r = 0; r < rows[i].length; r++) {
                    rows[i][r] = new Histogram(pairs.get(i).id() + "#" + r, s.edges());
                }
            }
        }

        /** Adds the selection's current event. */
        void fill(EventSelection sel, double weight) {
            SelectionOutcome o = sel.outcome();
            if (!o.selected()) {
                return;
            }
            for (int i = 0; i < rows.length; i++) {
                if (!inCategory[i][o.category()]) {
                    continue;
                }
                double x = sel.value(cutVariable[i]);
                if (Double.isNaN(x)) {
                    continue;
                }
                rows[i][row(cutEdges[i], x)].fill(sel.value(shapeVariable[i]), weight);
            }
        }

        /** Adds another thread's tables (exact sums: the order does not matter). */
        void merge(Accumulator other) {
            for (int i = 0; i < rows.length; i++) {
                for (int r = 0; r < rows[i].length; r++) {
                    rows[i][r].merge(other.rows[i][r]);
                }
            }
        }

        /** The tables at the sample's normalisation, for the stage record. */
        List<Map<String, Object>> toRecord(double scale) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("cut", pairs.get(i).cut());
                t.put("shape", pairs.get(i).shape());
                t.put("cut_edges", cutEdges[i]);
                List<Map<String, Object>> rs = new ArrayList<>();
                for (Histogram h : rows[i]) {
                    HistogramResult hr = h.result(scale);
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("edges", hr.edges());
                    r.put("yields", hr.yields());
                    r.put("errors", hr.errors());
                    rs.add(r);
                }
                t.put("rows", rs);
                out.add(t);
            }
            return out;
        }
    }

    /** Row 0 is the underflow, row k the cut bin k − 1, the last row the overflow. */
    static int row(double[] edges, double x) {
        if (x < edges[0]) {
            return 0;
        }
        if (x >= edges[edges.length - 1]) {
            return edges.length;
        }
        int lo = 0;
        int hi = edges.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x >= edges[mid]) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    private static HistogramDefinition definition(AnalysisDefinition def, String name) {
        for (HistogramDefinition h : def.histograms()) {
            if (h.name().equals(name)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no histogram '" + name + "'");
    }
}
