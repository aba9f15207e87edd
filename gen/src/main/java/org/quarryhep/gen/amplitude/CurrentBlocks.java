package org.quarryhep.gen.amplitude;

import java.util.Arrays;

/**
 * Helpers on the value arrays of currents: complex numbers interleaved (re, im), a vector current
 * one 8-double Lorentz block per colour (adjoint index for a gluon).
 */
final class CurrentBlocks {
    private CurrentBlocks() {}

    /** Bit a is set when the a-th 8-double block of a gluon current is not zero. */
    static int live(double[] v) {
        int live = 0;
        for (int a = 0; a < 8; a++) {
            if (!isZero(v, 8 * a)) {
                live |= 1 << a;
            }
        }
        return live;
    }

    /** Whether the 8 doubles from {@code from} are all zero. */
    static boolean isZero(double[] v, int from) {
        for (int k = from; k < from + 8; k++) {
            if (v[k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The adjoint indices whose Lorentz block of a gluon current is not zero. */
    static int[] nonZero(double[] v) {
        int[] out = new int[8];
        int k = 0;
        for (int a = 0; a < 8; a++) {
            if (!isZero(v, 8 * a)) {
                out[k++] = a;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Complex Minkowski product x·y of two vectors stored at offsets. */
    static double[] product(double[] x, int xo, double[] y, int yo) {
        double r = 0;
        double i = 0;
        for (int mu = 0; mu < 4; mu++) {
            double g = Dirac.metric(mu);
            double xr = x[xo + 2 * mu];
            double xi = x[xo + 2 * mu + 1];
            double yr = y[yo + 2 * mu];
            double yi = y[yo + 2 * mu + 1];
            r += g * (xr * yr - xi * yi);
            i += g * (xr * yi + xi * yr);
        }
        return new double[] {r, i};
    }
}
