package org.quarryhep.analyses.diphunting;

import org.quarryhep.ml.nn.NetworkModel;

/**
 * The learned ln r(x | θ) = ln p(x | θ)/p(x | SM), by the direct network or by recombining the
 * ratio-of-signed-mixtures networks:
 *
 * <p>r(x | θ) = [1 + c_P(θ) r_P(x | θ) − c_N(θ) r_N(x | θ)] / [1 + c_P(θ) − c_N(θ)], with r_P =
 * p_P/p_SM and r_N = p_N/p_SM the positive-class networks and c_P = σ_P/σ_SM, c_N = σ_N/σ_SM from
 * the training events' exact weights. A learned numerator can come out ≤ 0 where the dip is deep
 * (the two networks' errors do not cancel); it is floored at {@link #FLOOR} of the denominator and
 * counted.
 *
 * <p>Calibration: each network's ratio is divided by its mean over the training events' Standard-
 * Model weights at θ, so that E_SM[r̂] = 1 holds exactly as it does for the true ratio. The
 * per-event ln r is small (10⁻³ at κ ≈ 1 over the full m_tt̄ range), so a normalisation error of
 * that size would otherwise dominate a likelihood summed over millions of events.
 */
final class LearnedRatio {
    /** The floor of the recombined ratio, relative to its normalisation. */
    static final double FLOOR = 1e-3;

    private final NetworkModel direct;
    private final NetworkModel positive;
    private final NetworkModel negative;
    private final PartonPool pool;
    private final int[] training;
    private long floored;

    LearnedRatio(
            NetworkModel direct, NetworkModel positive, NetworkModel negative, PartonPool pool) {
        this.direct = direct;
        this.positive = positive;
        this.negative = negative;
        this.pool = pool;
        this.training =
                java.util.stream.IntStream.range(0, pool.size())
                        .filter(i -> !pool.isTest(i))
                        .toArray();
    }

    /** A network's ratio at θ on some events, calibrated to E_SM[r] = 1 on the training events. */
    private double[] calibrated(NetworkModel model, int[] events, double mS, double kappa) {
        double[] onTraining = RatioNetworks.ratio(model, pool, training, mS, kappa);
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < training.length; k++) {
            double w = pool.smWeight(training[k]);
            sw += w;
            swr += w * onTraining[k];
        }
        double mean = swr / sw;
        double[] r = RatioNetworks.ratio(model, pool, events, mS, kappa);
        for (int k = 0; k < r.length; k++) {
            r[k] /= mean;
        }
        return r;
    }

    /** ln r of the direct network. */
    double[] lnDirect(int[] events, double mS, double kappa) {
        double[] r = calibrated(direct, events, mS, kappa);
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.log(r[k]);
        }
        return r;
    }

    /**
     * ln r of the recombined signed mixtures.
     *
     * @param events the events
     * @param mS m_S
     * @param kappa κ
     * @param bsm the exact BSM weights at θ (for c_P and c_N, from the training events)
     * @return ln r per event
     */
    double[] lnRecombined(int[] events, double mS, double kappa, PartonPool.Bsm bsm) {
        double[] out = new double[events.length];
        if (kappa == 0) {
            return out;
        }
        double sm = 0;
        double sumP = 0;
        double sumN = 0;
        for (int i = 0; i < pool.size(); i++) {
            if (!pool.isTest(i)) {
                sm += pool.smWeight(i);
                double in = bsm.interference()[i];
                sumP += bsm.signal()[i] + Math.max(in, 0);
                sumN += Math.max(-in, 0);
            }
        }
        double cP = sumP / sm;
        double cN = sumN / sm;
        double[] rP = calibrated(positive, events, mS, kappa);
        double[] rN = calibrated(negative, events, mS, kappa);
        double norm = 1 + cP - cN;
        for (int k = 0; k < events.length; k++) {
            double num = 1 + cP * rP[k] - cN * rN[k];
            if (num < FLOOR * norm) {
                num = FLOOR * norm;
                floored++;
            }
            out[k] = Math.log(num / norm);
        }
        return out;
    }

    /** How many recombined ratios were floored so far. */
    long floored() {
        return floored;
    }
}
