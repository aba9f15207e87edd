package org.quarryhep.report.plot;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Vertical offsets that spread a row of points into a beeswarm, deterministically. */
final class Beeswarm {
    private Beeswarm() {}

    /**
     * Offsets for points at {@code x}: points within {@code binWidth} of each other share a bin and
     * are spread 0, +d, −d, +2d, −2d, … so that the fullest bin just reaches ±{@code maxOffset}.
     */
    static double[] offsets(double[] x, double binWidth, double maxOffset) {
        int n = x.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        long[] bin = new long[n];
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            bin[i] = (long) Math.floor(x[i] / binWidth);
            counts.merge(bin[i], 1, Integer::sum);
        }
        int fullest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double d = fullest > 1 ? maxOffset / ((fullest - 1) / 2.0 + 0.5) : 0;
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        double[] out = new double[n];
        for (int i : order) {
            int k = seen.merge(bin[i], 1, Integer::sum) - 1;
            int step = (k + 1) / 2;
            out[i] = (k % 2 == 1 ? 1 : -1) * step * d;
        }
        return out;
    }
}
