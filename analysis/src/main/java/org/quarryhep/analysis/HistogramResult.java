package org.quarryhep.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished histogram: per bin the weighted yield, its MC statistical error √Σw² (both scaled) and
 * the raw entries, plus the under- and overflow yields and the number of events whose value was
 * missing.
 *
 * @param name the histogram name
 * @param edges the bin edges
 * @param yields the scaled Σw per bin
 * @param errors the scaled √Σw² per bin
 * @param entries the raw entries per bin
 * @param underflow the scaled Σw below the first edge
 * @param overflow the scaled Σw at or above the last edge
 * @param missing events whose value was missing (NaN)
 */
public record HistogramResult(
        String name,
        double[] edges,
        double[] yields,
        double[] errors,
        long[] entries,
        double underflow,
        double overflow,
        long missing) {

    /** Copies the arrays. */
    public HistogramResult {
        edges = edges.clone();
        yields = yields.clone();
        errors = errors.clone();
        entries = entries.clone();
    }

    /** The bin edges (a copy). */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** The yields (a copy). */
    @Override
    public double[] yields() {
        return yields.clone();
    }

    /** The errors (a copy). */
    @Override
    public double[] errors() {
        return errors.clone();
    }

    /** The entries (a copy). */
    @Override
    public long[] entries() {
        return entries.clone();
    }

    /** The result as an ordered map for a JSON writer. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("edges", edges.clone());
        m.put("yields", yields.clone());
        m.put("errors", errors.clone());
        m.put("entries", entries.clone());
        m.put("underflow", underflow);
        m.put("overflow", overflow);
        m.put("missing", missing);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramResult h
                && name.equals(h.name)
                && Arrays.equals(edges, h.edges)
                && Arrays.equals(yields, h.yields)
                && Arrays.equals(errors, h.errors)
                && Arrays.equals(entries, h.entries)
                && Double.compare(underflow, h.underflow) == 0
                && Double.compare(overflow, h.overflow) == 0
                && missing == h.missing;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(yields);
    }

    @Override
    public String toString() {
        return "HistogramResult[" + name + ", " + yields.length + " bins]";
    }
}
