package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bootstrap's per-event weights. */
class ReplicaHistogramsTest {
    /**
     * 10⁶ draws of the Poisson(1) sampler against the distribution e⁻¹/k! for k = 0 … 6: each
     * frequency within 5 binomial σ (√(p(1 − p)/n); 5σ keeps a correct sampler's false alarms below
     * 10⁻⁵ over the seven counts), and no draw above the sampler's cap of 30.
     */
    @Test
    void poissonOneDrawsTheDistribution() {
        int n = 1_000_000;
        long[] counts = new long[32];
        SplittableRandom random = new SplittableRandom(20261206L);
        for (int i = 0; i < n; i++) {
            counts[ReplicaHistograms.poissonOne(random)]++;
        }
        double p = Math.exp(-1);
        for (int k = 0; k <= 6; k++) {
            if (k > 0) {
                p /= k;
            }
            double frequency = (double) counts[k] / n;
            double sigma = Math.sqrt(p * (1 - p) / n);
            assertTrue(
                    Math.abs(frequency - p) < 5 * sigma,
                    "P(" + k + ") = " + frequency + ", expected " + p + " ± " + sigma);
        }
        assertTrue(counts[31] == 0, "nothing above 30");
    }
}
