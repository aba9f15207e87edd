package org.quarryhep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Tolerance;

/** Special functions against tabulated values and identities. */
class DistributionsTest {
    @Test
    void normalCdfMatchesTabulatedValuesDeepInTheTail() {
        // Φ(x) = erfc(−x/√2)/2; values from Abramowitz & Stegun table 26.1 / mpmath to 15 digits.
        Tolerance.assertRelative(
                0.15865525393145705, Distributions.normalCdf(-1), 1e-13, "Phi(-1)");
        Tolerance.assertRelative(
                0.022750131948179209, Distributions.normalCdf(-2), 1e-13, "Phi(-2)");
        Tolerance.assertRelative(
                0.0013498980316300946, Distributions.normalCdf(-3), 1e-12, "Phi(-3)");
        Tolerance.assertRelative(
                9.8658764503769814e-10, Distributions.normalCdf(-6), 1e-11, "Phi(-6)");
        Tolerance.assertRelative(
                7.6198530241605269e-24, Distributions.normalCdf(-10), 1e-10, "Phi(-10)");
        Tolerance.assertClose(0.5, Distributions.normalCdf(0), 0, 1e-16);
        Tolerance.assertRelative(0.97724986805182079, Distributions.normalCdf(2), 1e-14, "Phi(2)");
        // Continuity where the two erfc branches meet (z = 2.5, x = 2.5·√2).
        double x = 2.5 * Math.sqrt(2);
        Tolerance.assertRelative(
                Distributions.normalCdf(-x + 1e-9),
                Distributions.normalCdf(-x - 1e-9),
                1e-7,
                "branch join");
    }

    @Test
    void quantileInvertsTheCdf() {
        for (double p : new double[] {1e-12, 1e-6, 0.01, 0.05, 0.3, 0.5, 0.8, 0.999}) {
            Tolerance.assertRelative(
                    p, Distributions.normalCdf(Distributions.normalQuantile(p)), 1e-12, "p=" + p);
        }
        // Z for p = 2.8665e-7 is 5 sigma (the discovery convention).
        Tolerance.assertClose(5.0, -Distributions.normalQuantile(2.866515718791939e-7), 0, 1e-9);
    }

    @Test
    void lnGammaOfIntegersIsLogFactorial() {
        double logFact = 0;
        for (int n = 1; n <= 170; n++) {
            logFact += Math.log(n);
            Tolerance.assertClose(
                    logFact, Distributions.lnGamma(n + 1), 1e-13, 1e-13, "ln " + n + "!");
        }
        Tolerance.assertClose(0.5 * Math.log(Math.PI), Distributions.lnGamma(0.5), 0, 1e-14);
    }

    @Test
    void poissonVariatesHaveTheRightMeanAndVariance() {
        for (double mean : new double[] {0.5, 4, 30, 1000}) {
            SplittableRandom rng = new SplittableRandom(1);
            int n = 200_000;
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                long k = Distributions.poisson(mean, rng);
                s += k;
                s2 += (double) k * k;
            }
            double m = s / n;
            double v = s2 / n - m * m;
            // Mean and variance both equal the Poisson mean; 5 standard errors of the sample mean.
            Tolerance.assertClose(mean, m, 0, 5 * Math.sqrt(mean / n), "mean " + mean);
            Tolerance.assertClose(mean, v, 0.02, 0, "variance " + mean);
        }
        assertEquals(0, Distributions.poisson(0, new SplittableRandom(1)));
    }
}
