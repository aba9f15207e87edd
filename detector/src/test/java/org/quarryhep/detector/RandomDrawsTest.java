package org.quarryhep.detector;

import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Poisson sampler has the Poisson mean and variance μ, also above one 500-wide chunk. */
class RandomDrawsTest {
    @ParameterizedTest
    @ValueSource(doubles = {0.7, 20, 200, 1234.5})
    void poissonMeanAndVarianceEqualMu(double mu) {
        SplittableRandom rng = new SplittableRandom(17);
        int n = 4000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            int k = RandomDraws.poisson(rng, mu);
            sum += k;
            sum2 += (double) k * k;
        }
        double mean = sum / n;
        double var = sum2 / n - mean * mean;
        // Standard errors: sqrt(mu/n) for the mean, sqrt((2 mu^2 + mu)/n) for the variance.
        assertClose(mu, mean, 0, 4 * Math.sqrt(mu / n));
        assertClose(mu, var, 0, 4 * Math.sqrt((2 * mu * mu + mu) / n));
    }
}
