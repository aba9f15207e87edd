package org.quarryhep.stats.infer;

import org.quarryhep.core.Provenance;
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
 * @param provenance the q_0 test's provenance
 */
public record DiscoveryResult(
        double q0,
        double pValue,
        double significance,
        double expectedPValue,
        double expectedSignificance,
        Provenance provenance) {

    /**
     * The discovery result of a q_0 hypothesis test (asymptotic or toy-based) at μ = 0.
     *
     * @param q0Test the test, whose CLs entries are p_0 for q_0
     * @return p_0 and Z, observed and expected (the median of the band)
     */
    public static DiscoveryResult fromQ0Test(HypoTestResult q0Test) {
        double pExp = q0Test.clsExpected()[2];
        return new DiscoveryResult(
                q0Test.testStatisticValue(),
                q0Test.clsObserved(),
                zFromP(q0Test.clsObserved()),
                pExp,
                zFromP(pExp),
                q0Test.provenance());
    }

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
        return fromQ0Test(new AsymptoticCalculator(fitter, TestStatistic.Q0).hypotest(0.0, data));
    }
}
