package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Tolerance;

/** ABCD prediction, error propagation and closure on simulated independent/correlated variables. */
class AbcdEstimateTest {
    @Test
    void predictionAndPoissonUncertaintyFollowTheFormula() {
        AbcdEstimate e = AbcdEstimate.predict(100, 50, 200);
        // N_A = 100·50/200 = 25; relative error √(1/100 + 1/50 + 1/200) = √0.035.
        Tolerance.assertRelative(25, e.predicted(), 1e-15, "N_A");
        Tolerance.assertRelative(25 * Math.sqrt(0.035), e.uncertainty(), 1e-14, "sigma_A");
    }

    /** Counts in A, B, C, D for two discriminants x, y cut at 0.7 (A: x&gt;0.7 and y&gt;0.7). */
    private static double[] regions(double rho, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] n = new double[4];
        for (int i = 0; i < 200_000; i++) {
            double x = rng.nextDouble();
            double y = rho > 0 && rng.nextDouble() < rho ? x : rng.nextDouble();
            boolean px = x > 0.7;
            boolean py = y > 0.7;
            n[px && py ? 0 : px ? 1 : py ? 2 : 3]++;
        }
        return n;
    }

    @Test
    void closureHoldsForIndependentVariablesAndFailsForCorrelatedOnes() {
        double[] ind = regions(0, 5);
        AbcdEstimate e = AbcdEstimate.predict(ind[1], ind[2], ind[3]);
        // Independent uniforms: expected A = 0.09 · 200000 = 18000; the prediction closes.
        assertTrue(e.closure(ind[0]).closes(3), "pull " + e.closure(ind[0]).pull());
        Tolerance.assertClose(18000, e.predicted(), 0.02, 0, "prediction");
        double[] cor = regions(0.3, 5);
        AbcdEstimate c = AbcdEstimate.predict(cor[1], cor[2], cor[3]);
        assertFalse(c.closure(cor[0]).closes(3), "correlated variables must not close");
    }
}
