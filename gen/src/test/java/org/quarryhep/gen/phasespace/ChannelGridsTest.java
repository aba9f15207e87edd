package org.quarryhep.gen.phasespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ChannelGrids} on an integrand with a different peak per channel: channel 0 (x₀ &lt; ½) has
 * a Lorentzian of width γ at x₁ = 0.1, channel 1 one at x₁ = 0.9 (x₂ flat). The integral is ½ Σ_k
 * (1/π)[atan((1 − c_k)/γ) + atan(c_k/γ)] — the normalised Lorentzian's mass on [0, 1]; the adapted
 * per-channel grids reproduce it within 5 standard errors, and with a smaller error than one grid
 * shared by both channels (which must spread its bins over both peaks).
 */
class ChannelGridsTest {
    private static final double GAMMA = 0.003;

    private static double integrand(double[] x) {
        double c = x[0] < 0.5 ? 0.1 : 0.9;
        double d = x[1] - c;
        return GAMMA / Math.PI / (d * d + GAMMA * GAMMA);
    }

    private static double exact() {
        // both channels hold the same mass, each over half of x₀
        return (Math.atan(0.9 / GAMMA) + Math.atan(0.1 / GAMMA)) / Math.PI;
    }

    /** {σ, error} after 8 adapting and 4 final iterations of 20 000 points. */
    private static double[] integrate(ChannelGrids grids) {
        SplittableRandom rng = new SplittableRandom(7);
        double[] r = new double[3];
        double[] x = new double[3];
        int[] bins = grids.newBinIndex();
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int it = 0; it < 12; it++) {
            double[][] acc = grids.newAccumulator();
            for (int i = 0; i < 20_000; i++) {
                for (int k = 0; k < 3; k++) {
                    r[k] = rng.nextDouble();
                }
                double jac = grids.map(r, x, bins);
                double w = integrand(x) * jac;
                grids.accumulate(acc, bins, w);
                if (it >= 8) {
                    sum += w;
                    sum2 += w * w;
                    n++;
                }
            }
            if (it < 8) {
                grids.adapt(acc, 1.5);
            }
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt((sum2 / n - mean * mean) / (n - 1))};
    }

    @Test
    void perChannelGridsIntegrateExactlyAndBetterThanASharedOne() {
        double[] perChannel = integrate(new ChannelGrids(3, 2, 50));
        double[] shared = integrate(new ChannelGrids(3, 1, 50));
        assertEquals(exact(), perChannel[0], 5 * perChannel[1]);
        assertEquals(exact(), shared[0], 5 * shared[1]);
        assertTrue(
                perChannel[1] < 0.7 * shared[1],
                "per-channel error " + perChannel[1] + " against shared " + shared[1]);
    }
}
