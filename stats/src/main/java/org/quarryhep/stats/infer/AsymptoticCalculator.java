package org.quarryhep.stats.infer;

import java.util.Map;
import org.quarryhep.core.Provenance;
import org.quarryhep.stats.Distributions;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.fit.FitResult;
import org.quarryhep.stats.fit.Fitter;

/**
 * CLs from the asymptotic distributions of arXiv:1007.1727, as pyhf's {@code AsymptoticCalculator}
 * computes it.
 *
 * <p>The Asimov data are the expected data at the fit to the observed data with the POI fixed to 0
 * (to 1 for q_0). With q = the observed statistic and q_A its value on the Asimov data, the
 * observed statistic is mapped to t = √q − √q_A (for q̃ where √q &gt; √q_A: (q − q_A)/(2√q_A), eq.
 * 66). Under s+b, t is standard normal shifted by −√q_A; under b it is standard normal; so CLs+b =
 * Φ(−(t + √q_A)), CLb = Φ(−t), CLs = CLs+b/CLb. The expected band evaluates the same at t = n_σ for
 * n_σ = 2, 1, 0, −1, −2.
 *
 * <p>For the two-sided t_μ (eqs. 36 and 41), t_μ under μ is χ²₁, so CLs+b = 2Φ(−√t); under the
 * background, with Λ = t_μ on the Asimov data, CLb = Φ(−(√t + √Λ)) + Φ(−(√t − √Λ)). The band puts
 * the fitted POI at −n_σ standard deviations from 0, where √t = |√Λ + n_σ|. A POI bounded at 0
 * truncates the background distribution and breaks these formulas: give the POI a negative lower
 * bound for t_μ (pyhf warns in the same case).
 */
public final class AsymptoticCalculator {
    private static final double[] N_SIGMA = {2, 1, 0, -1, -2};

    private final Fitter fitter;
    private final TestStatistic stat;
    private Provenance provenance;

    /**
     * Creates a calculator.
     *
     * @param fitter the fitter of the model
     * @param stat q, qtilde, q0 or tmu
     * @throws org.quarryhep.stats.UnspecifiedPoiException when the model has no POI
     */
    public AsymptoticCalculator(Fitter fitter, TestStatistic stat) {
        fitter.model().poiIndex();
        this.fitter = fitter;
        this.stat = stat;
    }

    /**
     * The provenance of this calculator's tests: the fitter's, with the test statistic. Computed on
     * first use.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        Provenance p = provenance;
        if (p == null) {
            p =
                    fitter.provenance()
                            .derived(
                                    "stats.infer.AsymptoticCalculator",
                                    Map.of(
                                            "test_statistic",
                                            stat.pyhfName(),
                                            "calculator",
                                            "asymptotics"));
            // Immutable, so a race only computes it twice.
            provenance = p;
        }
        return p;
    }

    /**
     * The Asimov data for this calculator: the expected data at the fit to {@code data} with the
     * POI fixed at 0 (1 for q_0).
     *
     * @param data the observed data
     * @return the Asimov data
     */
    public ObservedData asimovData(ObservedData data) {
        double asimovMu = stat == TestStatistic.Q0 ? 1.0 : 0.0;
        FitResult fit = fitter.fixedPoiFit(asimovMu, data);
        return fitter.model().expectedData(fit.bestFit());
    }

    /**
     * Tests a POI value.
     *
     * @param mu the POI value (0 for q_0)
     * @param data the observed data
     * @return CLs observed and expected
     * @throws org.quarryhep.stats.fit.FitFailedException when a fit fails
     */
    public HypoTestResult hypotest(double mu, ObservedData data) {
        return hypotest(mu, data, asimovData(data));
    }

    /**
     * Tests a POI value with Asimov data computed once by the caller (upper-limit scans reuse it).
     *
     * @param mu the POI value
     * @param data the observed data
     * @param asimov the data from {@link #asimovData}
     * @return CLs observed and expected
     */
    public HypoTestResult hypotest(double mu, ObservedData data, ObservedData asimov) {
        return session(data, asimov).hypotest(mu);
    }

    /**
     * A session for many tests on the same data (limits, scans): the unconditional fits of the data
     * and of the Asimov data are done once, and each conditional fit starts from the solution at
     * the nearest POI value tested before. Not thread-safe.
     *
     * @param data the observed data
     * @return the session
     */
    public Session session(ObservedData data) {
        return session(data, asimovData(data));
    }

    private Session session(ObservedData data, ObservedData asimov) {
        return new Session(data, asimov);
    }

    /** Repeated tests on one data set; see {@link #session(ObservedData)}. */
    public final class Session {
        private final ObservedData data;
        private final ObservedData asimov;
        private final FitResult freeData;
        private final FitResult freeAsimov;
        private final java.util.TreeMap<Double, double[][]> starts = new java.util.TreeMap<>();

        private Session(ObservedData data, ObservedData asimov) {
            this.data = data;
            this.asimov = asimov;
            this.freeData = fitter.fit(data);
            this.freeAsimov = fitter.fit(asimov);
        }

        /**
         * Tests a POI value.
         *
         * @param mu the POI value
         * @return CLs observed and expected
         */
        public HypoTestResult hypotest(double mu) {
            double[][] start = nearest(mu);
            TestStatisticValue obs =
                    TestStatistics.evaluate(
                            stat, mu, data, fitter, freeData, start == null ? null : start[0]);
            TestStatisticValue asi =
                    TestStatistics.evaluate(
                            stat, mu, asimov, fitter, freeAsimov, start == null ? null : start[1]);
            starts.put(
                    mu, new double[][] {obs.conditional().bestFit(), asi.conditional().bestFit()});
            return result(mu, obs.value(), asi.value());
        }

        private double[][] nearest(double mu) {
            java.util.Map.Entry<Double, double[][]> lo = starts.floorEntry(mu);
            java.util.Map.Entry<Double, double[][]> hi = starts.ceilingEntry(mu);
            if (lo == null) {
                return hi == null ? null : hi.getValue();
            }
            if (hi == null) {
                return lo.getValue();
            }
            return mu - lo.getKey() <= hi.getKey() - mu ? lo.getValue() : hi.getValue();
        }
    }

    private HypoTestResult result(double mu, double q, double qA) {
        if (stat == TestStatistic.TMU) {
            return twoSidedResult(mu, q, qA);
        }
        double sqrtQ = Math.sqrt(q);
        double sqrtQA = Math.sqrt(qA);
        double t;
        // At μ = 0 both statistics vanish; the first branch gives CLs = 1 there instead of 0/0.
        if (stat == TestStatistic.QTILDE && !(sqrtQ < sqrtQA) && sqrtQA > 0) {
            t = (q - qA) / (2 * sqrtQA);
        } else {
            t = sqrtQ - sqrtQA;
        }
        double[] obs = pvalues(t, sqrtQA);
        double[] band = new double[N_SIGMA.length];
        for (int k = 0; k < N_SIGMA.length; k++) {
            double[] p = pvalues(N_SIGMA[k], sqrtQA);
            band[k] = stat == TestStatistic.Q0 ? p[0] : p[2];
        }
        double clsObs = stat == TestStatistic.Q0 ? obs[0] : obs[2];
        return new HypoTestResult(mu, stat, q, clsObs, band, obs[0], obs[1], provenance());
    }

    private HypoTestResult twoSidedResult(double mu, double t, double tA) {
        double sqrtLambda = Math.sqrt(tA);
        double[] obs = twoSidedPvalues(Math.sqrt(t), sqrtLambda);
        double[] band = new double[N_SIGMA.length];
        for (int k = 0; k < N_SIGMA.length; k++) {
            band[k] = twoSidedPvalues(Math.abs(sqrtLambda + N_SIGMA[k]), sqrtLambda)[2];
        }
        return new HypoTestResult(mu, stat, t, obs[2], band, obs[0], obs[1], provenance());
    }

    /** {CLs+b, CLb, CLs} at √t_μ for a background-only noncentrality √Λ. */
    private static double[] twoSidedPvalues(double sqrtT, double sqrtLambda) {
        double clsb = 2 * Distributions.normalCdf(-sqrtT);
        double clb =
                Distributions.normalCdf(-(sqrtT + sqrtLambda))
                        + Distributions.normalCdf(-(sqrtT - sqrtLambda));
        double cls = clb == 0 ? 0 : clsb / clb;
        return new double[] {clsb, clb, cls};
    }

    /** {CLs+b, CLb, CLs} at mapped statistic t. */
    private static double[] pvalues(double t, double sqrtQA) {
        double clsb = Distributions.normalCdf(-(t + sqrtQA));
        double clb = Distributions.normalCdf(-t);
        double cls = clb == 0 ? 0 : clsb / clb;
        return new double[] {clsb, clb, cls};
    }
}
