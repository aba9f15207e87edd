package org.quarryhep.stats.infer;

import org.quarryhep.stats.Distributions;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.fit.Fitter;

/**
 * A discovery test (q_0, arXiv:1007.1727 eq. 12): the background-only p-value and its significance.
 *
 * @param q0 the observed q_0
 * @param pValue the observed p_0
 * @param significance Z = Φ⁻¹(1 − p_0)
 * @param expectedPValue the median expected p_0 under μ = 1
 * @param expectedSignificance the median expected Z under μ = 1
 */
public record DiscoveryResult(
        double q0,
        double pValue,
        double significance,
        double expectedPValue,
        double expectedSignificance) {

    /**
     * Converts a p-value to a one-sided significance.
     *
     * @param p the p-value
     * @return Z = Φ⁻¹(1 − p)
     */
    public static double zFromP(double p) {
        return -Distributions.normalQuantile(p);
    }

    /**
     * Converts a one-sided significance to a p-value.
     *
     * @param z the significance
     * @return p = 1 − Φ(Z)
     */
    public static double pFromZ(double z) {
        return Distributions.normalCdf(-z);
    }

    /**
     * The asymptotic discovery test of a model on data.
     *
     * @param fitter the fitter of the model
     * @param data the observed data
     * @return p_0 and Z, observed and expected
     */
    public static DiscoveryResult asymptotic(Fitter fitter, ObservedData data) {
        HypoTestResult r = new AsymptoticCalculator(fitter, TestStatistic.Q0).hypotest(0.0, data);
        double pExp = r.clsExpected()[2];
        return new DiscoveryResult(
                r.testStatisticValue(),
                r.clsObserved(),
                zFromP(r.clsObserved()),
                pExp,
                zFromP(pExp));
    }
}
