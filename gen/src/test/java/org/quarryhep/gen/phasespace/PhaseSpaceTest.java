package org.quarryhep.gen.phasespace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/** RAMBO, two-body chains, Breit–Wigner mapping and the VEGAS grid against analytic results. */
class PhaseSpaceTest {
    @Test
    void sequentialTwoBodyChainReproducesTheRamboVolume() {
        // Phi_3(s) = int dm^2/(2 pi) Phi_2(sqrt s; 0, m) Phi_2(m; 0, 0): the recursive
        // factorisation our decay chains use, against RAMBO's closed-form volume.
        double rootS = 100;
        int n = 2000;
        double s = rootS * rootS;
        double h = s / n;
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            // The integrand is linear in m^2 (Simpson is exact); m -> 0 is taken as a limit.
            double m = Math.sqrt(Math.max(k * h, 1e-20));
            double f =
                    TwoBody.phaseSpace(rootS, 0, m) * TwoBody.phaseSpace(m, 0, 0) / (2 * Math.PI);
            sum += f * (k == 0 || k == n ? 1 : (k % 2 == 1 ? 4 : 2));
        }
        double chain = sum * h / 3;
        Tolerance.assertClose(Rambo.volume(3, rootS), chain, 1e-9, 0, "Phi_3");
    }

    @Test
    void ramboPointsAreMasslessConservingAndFlat() {
        SplittableRandom rng = new SplittableRandom(1);
        double rootS = 50;
        int n = 100_000;
        double m12 = 0;
        for (int i = 0; i < n; i++) {
            FourMomentum[] p = Rambo.generate(3, rootS, rng);
            FourMomentum tot = p[0].plus(p[1]).plus(p[2]);
            Tolerance.assertClose(rootS, tot.e(), 1e-12, 1e-12, "E");
            Tolerance.assertClose(0, tot.p(), 0, 1e-10, "p");
            Tolerance.assertClose(0, p[0].m2(), 0, 1e-9, "massless");
            m12 += p[0].plus(p[1]).m2() / (rootS * rootS);
        }
        // Flat massless 3-body phase space is uniform on the Dalitz triangle: <m12^2>/s = 1/3.
        // Std. dev. of m12^2/s is sqrt(1/18); 4 sigma / sqrt(n) = 0.0038.
        Tolerance.assertClose(1.0 / 3, m12 / n, 0, 0.004, "<m12^2>/s");
    }

    @Test
    void breitWignerJacobianIntegratesTheRange() {
        BreitWigner bw = new BreitWigner(91.188, 2.4414, 50 * 50, 200 * 200);
        // int_0^1 du dm2/du = m2Max - m2Min, with the variable sampled through tan.
        int n = 20000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) / n;
            sum += bw.jacobian(bw.m2(u)) / n;
        }
        Tolerance.assertClose(200 * 200 - 50 * 50, sum, 1e-4, 0, "range");
    }

    @Test
    void vegasAdaptsToAPeakAndKeepsTheIntegral() {
        // f = product of two narrow normal densities centred at 0.3 and 0.7: integral 1 (tails
        // outside [0,1] are below 1e-40).
        double sigma = 0.02;
        VegasGrid grid = new VegasGrid(2, 50);
        SplittableRandom rng = new SplittableRandom(3);
        double[] errs = new double[6];
        double last = 0;
        for (int it = 0; it < 6; it++) {
            double[][] acc = grid.newAccumulator();
            double s1 = 0;
            double s2 = 0;
            int n = 20000;
            double[] r = new double[2];
            double[] x = new double[2];
            int[] b = new int[2];
            for (int i = 0; i < n; i++) {
                r[0] = rng.nextDouble();
                r[1] = rng.nextDouble();
                double j = grid.map(r, x, b);
                double f = j * gauss(x[0], 0.3, sigma) * gauss(x[1], 0.7, sigma);
                grid.accumulate(acc, b, f);
                s1 += f;
                s2 += f * f;
            }
            double mean = s1 / n;
            errs[it] = Math.sqrt((s2 / n - mean * mean) / n);
            last = mean;
            grid.adapt(acc, 1.5);
        }
        Tolerance.assertClose(1.0, last, 0, 5 * errs[5], "integral");
        assertTrue(
                errs[5] < errs[0] / 10,
                "adaptation reduces the error: " + errs[0] + " -> " + errs[5]);
    }

    private static double gauss(double x, double mu, double s) {
        return Math.exp(-0.5 * Math.pow((x - mu) / s, 2)) / (s * Math.sqrt(2 * Math.PI));
    }
}
