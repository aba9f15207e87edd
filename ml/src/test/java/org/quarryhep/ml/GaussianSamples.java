package org.quarryhep.ml;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.ml.table.FeatureTable;

/**
 * Two-class samples with a known Bayes-optimal AUC: signal x₀ ~ N(Δ, 1), background x₀ ~ N(0, 1),
 * and a second, uninformative feature x₁ ~ N(5, 3) for both. The optimal AUC is Φ(Δ/√2).
 */
public final class GaussianSamples {
    private GaussianSamples() {}

    /** n rows, half signal, with the given separation. */
    public static FeatureTable of(int n, double delta, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x0 = new float[n];
        float[] x1 = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x0[i] = (float) (r.nextGaussian() + (y[i] == 1 ? delta : 0));
            x1[i] = (float) (5 + 3 * r.nextGaussian());
        }
        return FeatureTable.of(List.of("x0", "x1"), new float[][] {x0, x1}, y, null, Map.of());
    }

    /** Φ(Δ/√2), the AUC of the likelihood ratio, from the normal CDF via erf. */
    public static double optimalAuc(double delta) {
        return 0.5 * (1 + erf(delta / 2));
    }

    /** erf by Abramowitz &amp; Stegun 7.1.26 (|error| &lt; 1.5e-7). */
    static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y =
                1
                        - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736)
                                                * t
                                        + 0.254829592)
                                * t
                                * Math.exp(-x * x);
        return Math.signum(x) * y;
    }
}
