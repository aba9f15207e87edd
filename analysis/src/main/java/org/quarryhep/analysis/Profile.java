package org.quarryhep.analysis;

import java.util.Arrays;
import org.quarryhep.analysis.internal.ExactSum;

/**
 * A 2-D profile accumulator: per cell of (x, y) the entries, Σw and Σw·v of the averaged value v.
 * Values outside the edges and missing values (NaN in x, y or v) are not filled. Sums are exact, so
 * merged profiles do not depend on how events were split between threads.
 */
public final class Profile {
    private final String name;
    private final double[] xEdges;
    private final double[] yEdges;
    private final long[] entries;
    private final ExactSum[] sumW;
    private final ExactSum[] sumWV;

    /**
     * Creates an empty profile.
     *
     * @param name the name
     * @param xEdges strictly increasing x edges (at least two)
     * @param yEdges strictly increasing y edges (at least two)
     * @throws IllegalArgumentException when the edges are not strictly increasing
     */
    public Profile(String name, double[] xEdges, double[] yEdges) {
        checkEdges(xEdges);
        checkEdges(yEdges);
        this.name = name;
        this.xEdges = xEdges.clone();
        this.yEdges = yEdges.clone();
        int n = (xEdges.length - 1) * (yEdges.length - 1);
        entries = new long[n];
        sumW = new ExactSum[n];
        sumWV = new ExactSum[n];
        for (int i = 0; i < n; i++) {
            sumW[i] = new ExactSum();
            sumWV[i] = new ExactSum();
        }
    }

    private static void checkEdges(double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("a profile needs at least two edges per axis");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException(
                        "edges must increase strictly: " + Arrays.toString(edges));
            }
        }
    }

    /**
     * Adds a value v at (x, y) with a weight. Cells are [low, high) in x and y.
     *
     * @param x the x value
     * @param y the y value
     * @param v the value averaged
     * @param w the weight
     * @throws IllegalArgumentException when the weight is not finite
     */
    public void fill(double x, double y, double v, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("weight must be finite, got " + w);
        }
        int ix = cell(xEdges, x);
        int iy = cell(yEdges, y);
        if (ix < 0 || iy < 0 || Double.isNaN(v)) {
            return;
        }
        int k = ix * (yEdges.length - 1) + iy;
        entries[k]++;
        sumW[k].add(w);
        sumWV[k].add(w * v);
    }

    private static int cell(double[] edges, double x) {
        if (!(x >= edges[0] && x < edges[edges.length - 1])) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, x);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Adds another profile with the same cells.
     *
     * @param other the other profile
     * @throws IllegalArgumentException when the edges differ
     */
    public void merge(Profile other) {
        if (!Arrays.equals(xEdges, other.xEdges) || !Arrays.equals(yEdges, other.yEdges)) {
            throw new IllegalArgumentException("cannot merge profiles with different edges");
        }
        for (int i = 0; i < entries.length; i++) {
            entries[i] += other.entries[i];
            sumW[i].add(other.sumW[i]);
            sumWV[i].add(other.sumWV[i]);
        }
    }

    /**
     * The profile's sums, weights multiplied by a scale (the mean does not depend on it).
     *
     * @param scale the weight scale
     * @return the result
     */
    public ProfileResult result(double scale) {
        int nx = xEdges.length - 1;
        int ny = yEdges.length - 1;
        double[][] w = new double[nx][ny];
        double[][] wv = new double[nx][ny];
        long[][] n = new long[nx][ny];
        for (int ix = 0; ix < nx; ix++) {
            for (int iy = 0; iy < ny; iy++) {
                int k = ix * ny + iy;
                w[ix][iy] = scale * sumW[k].value();
                wv[ix][iy] = scale * sumWV[k].value();
                n[ix][iy] = entries[k];
            }
        }
        return new ProfileResult(name, xEdges, yEdges, w, wv, n);
    }
}
