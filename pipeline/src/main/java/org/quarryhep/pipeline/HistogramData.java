package org.quarryhep.pipeline;

import java.util.Arrays;

/**
 * One filled histogram of one sample: weighted yields at the luminosity per bin and the sum of
 * squared weights (the MC statistical variance). Underflow and overflow are not part of the bins.
 *
 * @param name the histogram's name (from the {@code histograms} section)
 * @param edges the bin edges, increasing, one more than the bins
 * @param values the weighted yield per bin
 * @param variances Σw² per bin
 */
public record HistogramData(String name, double[] edges, double[] values, double[] variances) {

    /**
     * Checks the shapes and copies the arrays.
     *
     * @throws IllegalArgumentException when the lengths do not match or the edges do not increase
     */
    public HistogramData {
        if (edges.length != values.length + 1 || values.length != variances.length) {
            throw new IllegalArgumentException(
                    name
                            + ": "
                            + edges.length
                            + " edges, "
                            + values.length
                            + " values, "
                            + variances.length
                            + " variances");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException(name + ": bin edges must increase");
            }
        }
        edges = edges.clone();
        values = values.clone();
        variances = variances.clone();
    }

    /** The number of bins. */
    public int bins() {
        return values.length;
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] variances() {
        return variances.clone();
    }

    /** The sum of the bin values. */
    public double total() {
        return Arrays.stream(values).sum();
    }

    /**
     * The bin-by-bin sum of this and another histogram with the same edges.
     *
     * @param other the other histogram
     * @return the sum, named as this one
     * @throws IllegalArgumentException when the edges differ
     */
    public HistogramData plus(HistogramData other) {
        if (!Arrays.equals(edges, other.edges)) {
            throw new IllegalArgumentException(
                    name + ": cannot add histograms with different bin edges");
        }
        double[] v = values.clone();
        double[] w = variances.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] += other.values[i];
            w[i] += other.variances[i];
        }
        return new HistogramData(name, edges, v, w);
    }

    /**
     * The yield beyond each inner edge: entry k is the sum of bins ≥ k (keepAbove) or of bins &lt;
     * k (keep below), for k = 0 … bins; used to scan a cut over the bin edges.
     *
     * @param keepAbove true for bins at or above the edge
     * @return the cumulative yields, one per edge
     */
    public double[] cumulative(boolean keepAbove) {
        double[] c = new double[edges.length];
        if (keepAbove) {
            for (int k = values.length - 1; k >= 0; k--) {
                c[k] = c[k + 1] + values[k];
            }
        } else {
            for (int k = 1; k <= values.length; k++) {
                c[k] = c[k - 1] + values[k - 1];
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramData h
                && name.equals(h.name)
                && Arrays.equals(edges, h.edges)
                && Arrays.equals(values, h.values)
                && Arrays.equals(variances, h.variances);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "HistogramData[" + name + ", " + values.length + " bins]";
    }
}
