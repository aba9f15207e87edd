package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Signal and background yields of the bins that enter a limit, after any merging of bins without
 * background.
 *
 * @param s the signal yield per bin
 * @param b the background yield per bin
 * @param merged how many bins were merged away
 */
record LimitBins(double[] s, double[] b, int merged) {
    /**
     * The bins of several histograms side by side; with merging, each histogram's bins without
     * background merged first (see {@link #mergeEmptyBackground}).
     */
    static LimitBins combine(List<double[]> s, List<double[]> b, boolean merge) {
        List<Double> ss = new ArrayList<>();
        List<Double> bb = new ArrayList<>();
        int merged = 0;
        for (int h = 0; h < s.size(); h++) {
            double[][] m =
                    merge
                            ? mergeEmptyBackground(s.get(h), b.get(h))
                            : new double[][] {s.get(h), b.get(h)};
            merged += s.get(h).length - m[0].length;
            for (int i = 0; i < m[0].length; i++) {
                ss.add(m[0][i]);
                bb.add(m[1][i]);
            }
        }
        return new LimitBins(
                ss.stream().mapToDouble(Double::doubleValue).toArray(),
                bb.stream().mapToDouble(Double::doubleValue).toArray(),
                merged);
    }

    /**
     * The merging rule for bins without background, where q is infinite: going down from the
     * highest bin, bins are gathered until the gathered background is positive, and the gathered
     * bins become one; bins left without background at the bottom join the lowest merged bin above
     * them. Bins with neither signal nor background are merged like the others (they add nothing).
     * When no bin has background, the bins are returned as they are (the caller then stops).
     *
     * @return {merged signal, merged background}
     */
    static double[][] mergeEmptyBackground(double[] s, double[] b) {
        List<double[]> groups = new ArrayList<>();
        double gs = 0;
        double gb = 0;
        for (int i = s.length - 1; i >= 0; i--) {
            gs += s[i];
            gb += b[i];
            if (gb > 0) {
                groups.add(new double[] {gs, gb});
                gs = 0;
                gb = 0;
            }
        }
        if (groups.isEmpty()) {
            return new double[][] {s.clone(), b.clone()};
        }
        double[] lowest = groups.get(groups.size() - 1);
        lowest[0] += gs;
        lowest[1] += gb;
        int n = groups.size();
        double[] ms = new double[n];
        double[] mb = new double[n];
        for (int k = 0; k < n; k++) {
            ms[k] = groups.get(n - 1 - k)[0];
            mb[k] = groups.get(n - 1 - k)[1];
        }
        return new double[][] {ms, mb};
    }

    /** A limit is defined when some bin has signal and every bin with signal has background. */
    boolean defined() {
        boolean any = false;
        for (int i = 0; i < s.length; i++) {
            if (s[i] > 0) {
                any = true;
                if (!(b[i] > 0)) {
                    return false;
                }
            }
        }
        return any;
    }
}
