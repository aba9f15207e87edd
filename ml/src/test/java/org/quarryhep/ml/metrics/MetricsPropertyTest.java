package org.quarryhep.ml.metrics;

import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MetricsPropertyTest {
    private record Sample(float[] s, float[] y, double[] w) {}

    private static Sample sample(long seed, int n, boolean signedWeights) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] s = new float[n];
        float[] y = new float[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2; // both classes always present
            s[i] = (float) (r.nextGaussian() + y[i]);
            w[i] =
                    signedWeights && r.nextDouble() < 0.2
                            ? -0.3 * r.nextDouble()
                            : 0.5 + r.nextDouble();
        }
        return new Sample(s, y, w);
    }

    /** The ROC depends only on the order of the scores: a strictly increasing map keeps the AUC. */
    @Property(tries = 50)
    void aucIsInvariantUnderMonotoneMaps(
            @ForAll long seed, @ForAll @IntRange(min = 4, max = 300) int n) {
        Sample x = sample(seed, n, true);
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            // x ↦ 4x³ + x is strictly increasing; in double, then rounded, it keeps the order of
            // these floats (no two merge), so the ROC is the same.
            double v = x.s()[i];
            t[i] = (float) (4 * v * v * v + v);
        }
        double a = Metrics.auc(x.s(), x.y(), x.w());
        double b = Metrics.auc(t, x.y(), x.w());
        assertClose(a, b, 0, 1e-9, "AUC after a monotone map");
    }

    /**
     * Swapping the classes' roles by negating the scores gives 1 − AUC (ties count half both ways).
     */
    @Property(tries = 50)
    void negatedScoresGiveOneMinusAuc(
            @ForAll long seed, @ForAll @IntRange(min = 4, max = 300) int n) {
        Sample x = sample(seed, n, true);
        float[] neg = new float[n];
        for (int i = 0; i < n; i++) {
            neg[i] = -x.s()[i];
        }
        assertClose(
                1 - Metrics.auc(x.s(), x.y(), x.w()),
                Metrics.auc(neg, x.y(), x.w()),
                0,
                1e-9,
                "1 − AUC");
    }

    /**
     * Scaling all weights of one class by a positive factor leaves the efficiencies and the AUC
     * unchanged.
     */
    @Property(tries = 50)
    void classWeightScaleDoesNotMatter(
            @ForAll long seed, @ForAll @IntRange(min = 4, max = 300) int n) {
        Sample x = sample(seed, n, false);
        double[] w = x.w().clone();
        for (int i = 0; i < n; i++) {
            if (x.y()[i] == 1) {
                w[i] *= 123.0;
            }
        }
        assertClose(Metrics.auc(x.s(), x.y(), x.w()), Metrics.auc(x.s(), x.y(), w), 0, 1e-9, "AUC");
    }
}
