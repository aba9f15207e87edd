package org.quarryhep.analysis;

import java.util.List;

/**
 * A histogram of one variable in some categories.
 *
 * @param name the histogram name
 * @param variable the variable filled
 * @param edges the bin edges, strictly increasing (n + 1 for n bins)
 * @param categories the categories whose events fill it; empty means all
 */
public record HistogramDefinition(
        String name, String variable, double[] edges, List<String> categories) {
    /** Copies the edges and the list. */
    public HistogramDefinition {
        edges = edges.clone();
        categories = List.copyOf(categories);
    }

    /** The bin edges (a copy). */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramDefinition h
                && name.equals(h.name)
                && variable.equals(h.variable)
                && java.util.Arrays.equals(edges, h.edges)
                && categories.equals(h.categories);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "HistogramDefinition["
                + name
                + ", "
                + variable
                + ", "
                + (edges.length - 1)
                + " bins]";
    }
}
