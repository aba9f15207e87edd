package org.quarryhep.analysis.internal;

import java.util.Arrays;

/**
 * A sum of doubles kept exactly as non-overlapping partials (Shewchuk, "Adaptive precision
 * floating-point arithmetic", Discrete Comput. Geom. 18 (1997) 305; the algorithm behind Python's
 * {@code math.fsum}). {@link #value()} is the exact sum correctly rounded, so it does not depend on
 * the order of additions: sums filled by any number of threads and merged in any order are
 * bit-identical.
 */
public final class ExactSum {
    private double[] partials = new double[2];
    private int count;

    /**
     * Adds a value.
     *
     * @param x a finite value
     * @throws IllegalArgumentException when x is not finite
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot sum a non-finite value: " + x);
        }
        int kept = 0;
        for (int j = 0; j < count; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0) {
                partials[kept++] = lo;
            }
            x = hi;
        }
        if (kept == partials.length) {
            partials = Arrays.copyOf(partials, 2 * kept);
        }
        partials[kept++] = x;
        count = kept;
    }

    /** Adds everything another sum holds. */
    public void add(ExactSum other) {
        for (int j = 0; j < other.count; j++) {
            add(other.partials[j]);
        }
    }

    /** The exact sum rounded to the nearest double (ties to even). */
    public double value() {
        if (count == 0) {
            return 0;
        }
        int i = count - 1;
        double hi = partials[i];
        double lo = 0;
        while (i > 0) {
            double x = hi;
            double y = partials[--i];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) {
                break;
            }
        }
        // Round half-way cases correctly: if the rest of the partials push lo further in its
        // direction, the true sum lies beyond the half-way point.
        if (i > 0 && ((lo < 0 && partials[i - 1] < 0) || (lo > 0 && partials[i - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
