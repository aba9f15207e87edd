package org.quarryhep.detector;

import java.util.SplittableRandom;

/** Random variates the simulation needs beyond uniform and Gaussian ones. */
final class RandomDraws {
    private RandomDraws() {}

    /** Bernoulli trial with probability p. */
    static boolean pass(SplittableRandom rng, double p) {
        return p >= 1 || p > 0 && rng.nextDouble() < p;
    }

    /**
     * A log-normal variate with the given mean and standard deviation, as Delphes smears momenta
     * and energies (modules MomentumSmearing, SimpleCalorimeter): the width is that of the card's
     * formula, and the result is never negative however large the resolution.
     */
    static double logNormal(SplittableRandom rng, double mean, double sigma) {
        if (!(mean > 0)) {
            return 0;
        }
        if (!(sigma > 0)) {
            return mean;
        }
        double r = sigma / mean;
        double s2 = Math.log1p(r * r);
        return mean * Math.exp(Math.sqrt(s2) * rng.nextGaussian() - 0.5 * s2);
    }

    /**
     * Poisson variate by Knuth's multiplication method, in chunks of mean at most 500 so that e^−μ
     * never underflows (a sum of independent Poisson variates is Poisson).
     */
    static int poisson(SplittableRandom rng, double mu) {
        int n = 0;
        double left = mu;
        while (left > 0) {
            double m = Math.min(left, 500.0);
            left -= m;
            double limit = Math.exp(-m);
            double prod = rng.nextDouble();
            while (prod > limit) {
                n++;
                prod *= rng.nextDouble();
            }
        }
        return n;
    }
}
