package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quarryhep.stats.Distributions;

class GaussianClsTest {
    @Test
    void medianExpectedLimitIs196Sigma() {
        // With μ̂ = 0, CLs = Φ(−μ/σ)/½ = 0.05 gives μ = σ Φ⁻¹(0.975) = 1.959964σ (the textbook
        // 95% CLs limit of a Gaussian measurement, e.g. PDG Statistics review §40.4.2.4).
        assertEquals(1.959963984540054 * 0.3, GaussianCls.expectedUpperLimit(0.3, 0, 0.05), 1e-12);
    }

    @Test
    void upperLimitSolvesClsEqualsAlphaByBisection() {
        // Brute force: bisect CLs(μ) − 0.05 over μ, independently of the closed form.
        for (double muHat : new double[] {-1.0, -0.2, 0.0, 0.4, 2.5}) {
            double sigma = 0.7;
            double lo = 0;
            double hi = 50;
            for (int k = 0; k < 200; k++) {
                double mid = (lo + hi) / 2;
                if (GaussianCls.cls(mid, muHat, sigma) > 0.05) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            assertEquals(lo, GaussianCls.upperLimit(muHat, sigma, 0.05), 1e-9, "muHat " + muHat);
        }
    }

    @Test
    void expectedClsBandsFollowTheGaussian() {
        // CLs(μ=1) at μ̂ = Nσ is Φ(N − 1/σ)/Φ(N): with σ = 0.5 and N = 0 that is 2Φ(−2) =
        // 0.0455003 (Φ(−2) = 0.0227501, standard normal table).
        assertEquals(2 * 0.022750131948179, GaussianCls.expectedCls(1, 0.5, 0), 1e-12);
        assertEquals(
                Distributions.normalCdf(-1 - 2) / Distributions.normalCdf(-1),
                GaussianCls.expectedCls(1, 0.5, -1),
                1e-15);
        assertEquals(1.0, GaussianCls.cls(1, Double.NaN, Double.POSITIVE_INFINITY));
    }
}
