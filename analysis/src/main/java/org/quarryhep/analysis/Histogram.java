package org.quarryhep.analysis;

import java.util.Arrays;
import org.quarryhep.analysis.internal.ExactSum;

/**
 * A weighted histogram accumulator with Σw and Σw² per bin, underflow and overflow, and a count of
 * entries whose value was missing (NaN: an absent object). Sums are exact, so merged histograms do
 * not depend on how events were split between threads.
 */
public final class Histogram {
    private final String name;
    private final double[] edges;
    private final long[] entries;
    private final ExactSum[] sumW;
    private final ExactSum[] sumW2;
    private long missing;

    /**
     * Creates an empty histogram.
     *
     * @param name the name
     * @param edges strictly increasing bin edges (at least two)
     * @throws IllegalArgumentException when the edges are not strictly increasing
     */
    public Histogram(String name, double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("a histogram needs at least two edges");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException(
                        "edges must increase strictly: " + Arrays.toString(edges));
            }
        }
        this.name = name;
        this.edges = edges.clone();
        int n = edges.length + 1; // underflow, bins, overflow
        entries = new long[n];
        sumW = new ExactSum[n];
        sumW2 = new ExactSum[n];
        for (int i = 0; i < n; i++) {
            sumW[i] = new ExactSum();
            sumW2[i] = new ExactSum();
        }
    }

    /**
     * Adds a value with a weight. Bins are [low, high); NaN counts as missing.
     *
     * @param x the value
     * @param w the weight
     * @throws IllegalArgumentException when the weight is not finite
     */
    public void fill(double x, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("weight must be finite, got " + w);
        }
        if (Double.isNaN(x)) {
            missing++;
            return;
        }
        int bin;
        if (x < edges[0]) {
            bin = 0;
        } else if (x >= edges[edges.length - 1]) {
            bin = edges.length;
        } else {
            int i = Arrays.binarySearch(edges, x);
            bin = i >= 0 ? i + 1 : -i - 1;
        }
        entries[bin]++;
        sumW[bin].add(w);
        sumW2[bin].add(w * w);
    }

    /**
     * Adds another histogram with the same binning.
     *
     * @param other the other histogram
     * @throws IllegalArgumentException when the binnings differ
     */
    public void merge(Histogram other) {
        if (!Arrays.equals(edges, other.edges)) {
            throw new IllegalArgumentException("cannot merge histograms with different edges");
        }
        for (int i = 0; i < entries.length; i++) {
            entries[i] += other.entries[i];
            sumW[i].add(other.sumW[i]);
            sumW2[i].add(other.sumW2[i]);
        }
        missing += other.missing;
    }

    /**
     * The histogram's contents, weights multiplied by a scale.
     *
     * @param scale the weight scale (σ𝓛/Σw at a luminosity, or 1)
     * @return the result
     */
    public HistogramResult result(double scale) {
        int n = edges.length - 1;
        double[] y = new double[n];
        double[] e = new double[n];
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            y[i] = scale * sumW[i + 1].value();
            e[i] = Math.abs(scale) * Math.sqrt(sumW2[i + 1].value());
            c[i] = entries[i + 1];
        }
        return new HistogramResult(
                name,
                edges,
                y,
                e,
                c,
                scale * sumW[0].value(),
                scale * sumW[n + 1].value(),
                missing);
    }
}
