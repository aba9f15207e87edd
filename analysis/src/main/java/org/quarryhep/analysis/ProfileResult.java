package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filled 2-D profile: per cell [ix][iy] the entries, Σw and Σw·v; the mean is Σw·v / Σw, and a
 * cell without entries has none.
 *
 * @param name the profile's name
 * @param xEdges the x edges
 * @param yEdges the y edges
 * @param sumW Σw per cell, [ix][iy]
 * @param sumWV Σw·v per cell
 * @param entries the entries per cell
 */
public record ProfileResult(
        String name,
        double[] xEdges,
        double[] yEdges,
        double[][] sumW,
        double[][] sumWV,
        long[][] entries) {

    /**
     * The mean of a cell, or NaN when no event (or no net weight) is in it.
     *
     * @param ix the x cell
     * @param iy the y cell
     * @return Σw·v / Σw
     */
    public double mean(int ix, int iy) {
        return entries[ix][iy] == 0 || sumW[ix][iy] == 0
                ? Double.NaN
                : sumWV[ix][iy] / sumW[ix][iy];
    }

    /**
     * As a map for JSON: {@code name}, {@code x_edges}, {@code y_edges}, {@code sum_w}, {@code
     * sum_wv}, {@code entries} (rows over x, columns over y).
     *
     * @return the map
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("x_edges", xEdges.clone());
        m.put("y_edges", yEdges.clone());
        m.put("sum_w", rows(sumW));
        m.put("sum_wv", rows(sumWV));
        List<long[]> n = new ArrayList<>();
        for (long[] r : entries) {
            n.add(r.clone());
        }
        m.put("entries", n);
        return m;
    }

    private static List<double[]> rows(double[][] a) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : a) {
            out.add(r.clone());
        }
        return out;
    }
}
