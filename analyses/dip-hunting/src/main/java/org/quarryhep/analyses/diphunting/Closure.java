package org.quarryhep.analyses.diphunting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Learned versus exact ln r(x | θ) over the held-out events at one θ: the bias and RMS of the
 * difference, weighted by the events' Standard-Model weights (the reference density the ratio is
 * taken against), and the RMS of the exact ln r itself, the scale the errors compare to.
 */
final class Closure {
    private Closure() {}

    /**
     * The closure numbers at θ.
     *
     * @param pool the events
     * @param ratio the learned ratios
     * @param point θ
     * @return the entry {theta, n_events, rms_ln_r, bias_ln_r (recombined and calibrated), the
     *     uncalibrated recombination's, the direct network's, the exact ln r's spread, whether the
     *     truth is exact (no resolution)} and the per-event values
     */
    static Result at(
            PartonPool pool, LearnedRatio ratio, DipConfig.Point point, boolean exactTruth) {
        int[] test = testEvents(pool);
        PartonPool.Bsm bsm = pool.bsm(point.mS(), point.kappa());
        double sm = 0;
        double total = 0;
        for (int i = 0; i < pool.size(); i++) {
            sm += pool.smWeight(i);
            total += pool.smWeight(i) + bsm.signal()[i] + bsm.interference()[i];
        }
        double lnNorm = Math.log(total / sm);
        double[] truthAll = pool.trueLnDensityRatio(point.mS(), point.kappa());
        LearnedRatio.Recombined rosm =
                ratio.lnRecombined(
                        test,
                        point.mS(),
                        point.kappa(),
                        bsm,
                        pool.shares(point.mS(), point.kappa()));
        double[] direct = ratio.lnDirect(test, point.mS(), point.kappa());
        double[] truth = new double[test.length];
        double[] w = new double[test.length];
        for (int k = 0; k < test.length; k++) {
            truth[k] = truthAll[test[k]] - lnNorm;
            w[k] = pool.smWeight(test[k]);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theta", point.toMap());
        m.put("n_events", test.length);
        double[] rs = moments(rosm.calibrated(), truth, w);
        double[] us = moments(rosm.uncalibrated(), truth, w);
        double[] ds = moments(direct, truth, w);
        m.put("rms_ln_r", rs[1]);
        m.put("bias_ln_r", rs[0]);
        m.put("calibration_bins", rosm.bins());
        m.put("rms_ln_r_uncalibrated", us[1]);
        m.put("bias_ln_r_uncalibrated", us[0]);
        m.put("rms_ln_r_direct", ds[1]);
        m.put("bias_ln_r_direct", ds[0]);
        m.put("rms_true_ln_r", moments(truth, new double[truth.length], w)[1]);
        m.put("exact_truth", exactTruth);
        return new Result(m, truth, rosm.calibrated());
    }

    /**
     * The closure at one θ.
     *
     * @param entry the results.json entry
     * @param truth the exact ln r of the held-out events
     * @param learned the recombined, calibrated learned ln r of the same events
     */
    record Result(Map<String, Object> entry, double[] truth, double[] learned) {}

    /** The held-out events. */
    static int[] testEvents(PartonPool pool) {
        return java.util.stream.IntStream.range(0, pool.size()).filter(pool::isTest).toArray();
    }

    /** Weighted mean and RMS of a − b. */
    private static double[] moments(double[] a, double[] b, double[] w) {
        double sw = 0;
        double s1 = 0;
        double s2 = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            sw += w[k];
            s1 += w[k] * d;
            s2 += w[k] * d * d;
        }
        return new double[] {s1 / sw, Math.sqrt(s2 / sw)};
    }
}
