package org.quarryhep.stats.infer;

import org.quarryhep.core.Provenance;

/**
 * An upper limit on the POI at a confidence level.
 *
 * @param level the CLs level (0.05 for 95% CL)
 * @param observed the observed limit
 * @param expected the expected limits in the order of the CLs band (n_σ = 2, 1, 0, −1, −2 of the
 *     CLs band), which is ascending in μ: −2σ, −1σ, median, +1σ, +2σ
 * @param evaluations hypothesis tests computed
 * @param provenance the hypothesis tests' provenance with the CLs level and the search method
 */
public record LimitResult(
        double level, double observed, double[] expected, int evaluations, Provenance provenance) {
    /** Copies the band. */
    public LimitResult {
        expected = expected.clone();
    }

    /** The expected limits (a copy), ascending. */
    @Override
    public double[] expected() {
        return expected.clone();
    }
}
