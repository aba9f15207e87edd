package org.quarryhep.gen.phasespace;

import java.util.Arrays;

/**
 * A VEGAS importance-sampling grid on the unit hypercube (G.P. Lepage, J. Comput. Phys. 27 (1978)
 * 192): each dimension is divided into bins of equal probability whose edges adapt so that each bin
 * carries a similar share of Σ(f·J)². Not thread-safe for adaptation; {@link #map} is read-only and
 * may be called from many threads.
 */
public final class VegasGrid {
    private final int dims;
    private final int bins;
    private final double[][] edges;

    /**
     * A uniform grid.
     *
     * @param dims number of dimensions
     * @param bins bins per dimension
     */
    public VegasGrid(int dims, int bins) {
        if (dims < 1 || bins < 2) {
            throw new IllegalArgumentException("need dims >= 1 and bins >= 2");
        }
        this.dims = dims;
        this.bins = bins;
        this.edges = new double[dims][bins + 1];
        for (double[] e : edges) {
            for (int i = 0; i <= bins; i++) {
                e[i] = (double) i / bins;
            }
        }
    }

    /** Number of dimensions. */
    public int dims() {
        return dims;
    }

    /** Bins per dimension. */
    public int bins() {
        return bins;
    }

    /**
     * Maps uniform numbers r to grid points x.
     *
     * @param r uniform numbers in [0, 1)^d
     * @param x filled with the mapped point
     * @param binIndex filled with the bin of each dimension
     * @return the Jacobian of the map
     */
    public double map(double[] r, double[] x, int[] binIndex) {
        return map(r, x, binIndex, 0);
    }

    /**
     * Maps the uniform numbers {@code r[from … from + dims)} to {@code x[from …]}, the bins to
     * {@code binIndex[from …]} (this grid covering a block of a longer point).
     *
     * @param r uniform numbers
     * @param x filled from {@code from} with the mapped point
     * @param binIndex filled from {@code from} with the bin of each dimension
     * @param from the first index of the block
     * @return the Jacobian of the map
     */
    public double map(double[] r, double[] x, int[] binIndex, int from) {
        double jac = 1;
        for (int d = 0; d < dims; d++) {
            double pos = r[from + d] * bins;
            int i = Math.min((int) pos, bins - 1);
            double[] e = edges[d];
            double w = e[i + 1] - e[i];
            x[from + d] = e[i] + (pos - i) * w;
            binIndex[from + d] = i;
            jac *= w * bins;
        }
        return jac;
    }

    /** A new accumulator of Σ(f·J)² per dimension and bin. */
    public double[][] newAccumulator() {
        return new double[dims][bins];
    }

    /** Adds one point's (f·J)² to an accumulator. */
    public void accumulate(double[][] acc, int[] binIndex, double weight) {
        accumulate(acc, 0, binIndex, 0, weight);
    }

    /**
     * Adds one point's (f·J)² to the rows {@code acc[row …]} of an accumulator, reading the bins
     * from {@code binIndex[from …]}.
     */
    void accumulate(double[][] acc, int row, int[] binIndex, int from, double weight) {
        double w2 = weight * weight;
        for (int d = 0; d < dims; d++) {
            acc[row + d][binIndex[from + d]] += w2;
        }
    }

    /**
     * Moves the bin edges to equalise the accumulated Σ(f·J)², with Lepage's smoothing and damping
     * exponent α.
     *
     * @param acc the accumulated values
     * @param alpha damping (1.5 is customary; 0 leaves the grid unchanged)
     */
    public void adapt(double[][] acc, double alpha) {
        for (int d = 0; d < dims; d++) {
            double[] a = acc[d];
            double[] sm = new double[bins];
            for (int i = 0; i < bins; i++) {
                double l = a[Math.max(i - 1, 0)];
                double r = a[Math.min(i + 1, bins - 1)];
                sm[i] =
                        (i == 0 || i == bins - 1)
                                ? (a[i] + (i == 0 ? r : l)) / 2
                                : (l + a[i] + r) / 3;
            }
            double total = Arrays.stream(sm).sum();
            if (!(total > 0)) {
                continue;
            }
            double[] imp = new double[bins];
            double sumImp = 0;
            for (int i = 0; i < bins; i++) {
                double f = sm[i] / total;
                imp[i] = f > 0 && f < 1 ? Math.pow((f - 1) / Math.log(f), alpha) : (f >= 1 ? 1 : 0);
                sumImp += imp[i];
            }
            if (!(sumImp > 0)) {
                continue;
            }
            double[] e = edges[d];
            double[] ne = new double[bins + 1];
            double per = sumImp / bins;
            double accImp = 0;
            int j = 0;
            ne[0] = 0;
            for (int k = 1; k < bins; k++) {
                double target = k * per;
                while (j < bins - 1 && accImp + imp[j] < target) {
                    accImp += imp[j];
                    j++;
                }
                double frac = imp[j] > 0 ? Math.min(1, (target - accImp) / imp[j]) : 0;
                ne[k] = e[j] + frac * (e[j + 1] - e[j]);
            }
            ne[bins] = 1;
            edges[d] = ne;
        }
    }
}
