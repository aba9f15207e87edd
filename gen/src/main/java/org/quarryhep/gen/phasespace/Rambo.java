package org.quarryhep.gen.phasespace;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * RAMBO: flat n-body phase space of massless particles in the centre-of-mass frame (Kleiss,
 * Stirling, Ellis, Comput. Phys. Commun. 40 (1986) 359). Every point has the same weight, the
 * phase-space volume Φ_n = (2π)^(4−3n) (π/2)^(n−1) s^(n−2) / ((n−1)! (n−2)!).
 */
public final class Rambo {
    private Rambo() {}

    /** The massless n-body phase-space volume at √s (the constant RAMBO weight). */
    public static double volume(int n, double sqrtS) {
        double s = sqrtS * sqrtS;
        double v =
                Math.pow(Math.PI / 2, n - 1)
                        * Math.pow(s, n - 2)
                        / (factorial(n - 1) * factorial(n - 2));
        return v * Math.pow(2 * Math.PI, 4 - 3 * n);
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    /**
     * One flat phase-space point.
     *
     * @param n number of massless particles (≥ 2)
     * @param sqrtS the centre-of-mass energy
     * @param rng the random source
     * @return n momenta summing to (0, 0, 0, √s)
     */
    public static FourMomentum[] generate(int n, double sqrtS, SplittableRandom rng) {
        double[][] q = new double[n][4];
        double[] sum = new double[4];
        for (int i = 0; i < n; i++) {
            double c = 2 * rng.nextDouble() - 1;
            double s = Math.sqrt(1 - c * c);
            double f = 2 * Math.PI * rng.nextDouble();
            double e = -Math.log(rng.nextDouble() * rng.nextDouble());
            q[i][0] = e * s * Math.cos(f);
            q[i][1] = e * s * Math.sin(f);
            q[i][2] = e * c;
            q[i][3] = e;
            for (int k = 0; k < 4; k++) {
                sum[k] += q[i][k];
            }
        }
        double m = Math.sqrt(sum[3] * sum[3] - sum[0] * sum[0] - sum[1] * sum[1] - sum[2] * sum[2]);
        double[] b = {-sum[0] / m, -sum[1] / m, -sum[2] / m};
        double g = sum[3] / m;
        double a = 1 / (1 + g);
        double x = sqrtS / m;
        FourMomentum[] p = new FourMomentum[n];
        for (int i = 0; i < n; i++) {
            double bq = b[0] * q[i][0] + b[1] * q[i][1] + b[2] * q[i][2];
            double[] v = new double[3];
            for (int k = 0; k < 3; k++) {
                v[k] = x * (q[i][k] + b[k] * q[i][3] + a * bq * b[k]);
            }
            p[i] = new FourMomentum(v[0], v[1], v[2], x * (g * q[i][3] + bq));
        }
        return p;
    }
}
