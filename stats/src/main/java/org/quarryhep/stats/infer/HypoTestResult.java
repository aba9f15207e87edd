package org.quarryhep.stats.infer;

import org.quarryhep.core.Provenance;

/**
 * The result of a hypothesis test at one POI value.
 *
 * <p>For q, q̃ and t_μ, {@link #clsObserved()} is CLs = CLs+b/CLb and {@link #clsExpected()} the
 * expected CLs band. For q_0 they are, as in pyhf, the discovery p-value p_0 (= CLs+b) and its
 * expected band. The band is in pyhf's order n_σ = 2, 1, 0, −1, −2 of the background-only
 * distribution, so the values ascend; element 2 is the median.
 *
 * @param mu the tested POI value
 * @param testStatistic the statistic used
 * @param testStatisticValue the observed statistic (q, q̃ or q_0)
 * @param clsObserved observed CLs (p_0 for q_0)
 * @param clsExpected the expected band, 5 values
 * @param clsbObserved observed CLs+b
 * @param clbObserved observed CLb
 * @param provenance the calculator's provenance: the model's, the test statistic, the calculator
 *     and, for toys, their number and seed
 */
public record HypoTestResult(
        double mu,
        TestStatistic testStatistic,
        double testStatisticValue,
        double clsObserved,
        double[] clsExpected,
        double clsbObserved,
        double clbObserved,
        Provenance provenance) {
    /** Copies the band. */
    public HypoTestResult {
        clsExpected = clsExpected.clone();
    }

    /** The expected band (a copy), n_σ = 2, 1, 0, −1, −2. */
    @Override
    public double[] clsExpected() {
        return clsExpected.clone();
    }
}
