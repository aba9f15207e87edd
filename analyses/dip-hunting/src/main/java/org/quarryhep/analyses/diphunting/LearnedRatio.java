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
 * <p>Normalisation: each network's ratio is divided by its mean over the training events' Standard-
 * Model weights at θ, so that E_SM[r̂] = 1 holds exactly as it does for the true ratio. The
 * per-event ln r is small (10⁻³ at κ ≈ 1 over the full m_tt̄ range), so a normalisation error of
 * that size would otherwise dominate a likelihood summed over millions of events.
 *
 * <p>Calibration: the recombined ratio's residual (RMS 8·10⁻⁴ against the signal's 3·10⁻³ at (800
 * GeV, 1)) summed over the 2·10⁷ events of 140 fb⁻¹ moved t(θ) by more than the regions' size, and
 * the regions under-covered (README). The recombined ln r̂ is therefore also calibrated per θ in
 * its own output ({@link HistogramCalibration}, fitted on the training events with their exact
 * ratio), which makes the model exact for the data reduced to that summary.
 */
final class LearnedRatio {
    /** The floor of the recombined ratio, relative to its normalisation. */
    static final double FLOOR = 1e-3;

    private final NetworkModel direct;
    private final NetworkModel positive;
    private final NetworkModel negative;
    private final PartonPool pool;
    private final int[] training;
    private final int maxBins;
    private final double minEffective;
    private long floored;

    /**
     * The learned ratio of networks trained with some θ.
     *
     * @param direct the direct network (null where it was not trained: {@link #lnDirect} fails)
     * @param positive PP
     * @param negative PN
     * @param pool the events
     * @param calibration the calibration's binning
     */
    LearnedRatio(
            NetworkModel direct,
            NetworkModel positive,
            NetworkModel negative,
            PartonPool pool,
            DipConfig.Calibration calibration) {
        this.maxBins = calibration.maxBins();
        this.minEffective = calibration.minEffective();
        this.direct = direct;
        this.positive = positive;
        this.negative = negative;
        this.pool = pool;
        this.training =
                java.util.stream.IntStream.range(0, pool.size())
                        .filter(i -> !pool.isTest(i))
                        .toArray();
    }

    /**
     * A network's ratio at θ on the training events and on some events, both divided by its
     * Standard-Model-weighted mean on the training events (E_SM[r] = 1).
     */
    private double[][] normalised(NetworkModel model, int[] events, double mS, double kappa) {
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
        for (int k = 0; k < onTraining.length; k++) {
            onTraining[k] /= mean;
        }
        return new double[][] {onTraining, r};
    }

    /** ln r of the direct network. */
    double[] lnDirect(int[] events, double mS, double kappa) {
        if (direct == null) {
            throw new DipHuntingException("no direct network was trained for these ratios");
        }
        double[] r = normalised(direct, events, mS, kappa)[1];
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.log(r[k]);
        }
        return r;
    }

    /**
     * ln r of the recombined signed mixtures on some events, as recombined and after the histogram
     * calibration in its own output ({@link HistogramCalibration}), fitted on the training events
     * with their exact ratio at θ. Both are normalised to E_SM[r] = 1 on the training events.
     *
     * @param events the events
     * @param mS m_S
     * @param kappa κ
     * @param bsm the exact BSM weights at θ (for c_P and c_N, from the training events)
     * @param shares the exact shares at θ (the training events' exact ratio, for the calibration)
     * @return ln r per event, uncalibrated and calibrated
     */
    Recombined lnRecombined(
            int[] events, double mS, double kappa, PartonPool.Bsm bsm, PartonPool.Bsm shares) {
        if (kappa == 0) {
            return new Recombined(new double[events.length], new double[events.length], 0);
        }
        Summary summary = summary(events, mS, kappa, bsm);
        Calibrated cal = calibratedIn(summary, shares);
        return new Recombined(summary.events(), cal.ln(), cal.bins());
    }

    /**
     * The recombined, uncalibrated ln r̂ at one θ̃ on the training events and on some events: used
     * at every θ, it is a summary of x that does not depend on θ.
     *
     * @param events the events
     * @param mS m_S of θ̃
     * @param kappa κ of θ̃ (&gt; 0)
     * @param bsm the exact BSM weights at θ̃
     * @return the summary
     */
    Summary summary(int[] events, double mS, double kappa, PartonPool.Bsm bsm) {
        double sm = 0;
        double sumP = 0;
        double sumN = 0;
        for (int i : training) {
            sm += pool.smWeight(i);
            double in = bsm.interference()[i];
            sumP += bsm.signal()[i] + Math.max(in, 0);
            sumN += Math.max(-in, 0);
        }
        double cP = sumP / sm;
        double cN = sumN / sm;
        double[][] rP = normalised(positive, events, mS, kappa);
        double[][] rN = normalised(negative, events, mS, kappa);
        return new Summary(
                recombine(cP, cN, rP[0], rN[0], false), recombine(cP, cN, rP[1], rN[1], true));
    }

    /**
     * ln r at θ of some events calibrated in a summary ({@link HistogramCalibration}, fitted on the
     * training events with their exact ratio at θ), normalised to E_SM[r] = 1 on the training
     * events.
     *
     * @param summary the summary on the training events and on the events
     * @param shares the exact shares at θ
     * @return ln r_cal per event and the calibration's bins
     */
    Calibrated calibratedIn(Summary summary, PartonPool.Bsm shares) {
        double[] w = new double[training.length];
        double[] exact = new double[training.length];
        for (int k = 0; k < training.length; k++) {
            int i = training[k];
            w[k] = pool.smWeight(i);
            exact[k] = 1 + shares.signal()[i] + shares.interference()[i];
        }
        double[] sTraining = summary.training();
        HistogramCalibration cal =
                HistogramCalibration.fit(sTraining, w, exact, maxBins, minEffective);
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < training.length; k++) {
            sw += w[k];
            swr += w[k] * Math.exp(cal.ln(sTraining[k]));
        }
        double lnMean = Math.log(swr / sw);
        double[] out = new double[summary.events().length];
        for (int k = 0; k < out.length; k++) {
            out[k] = cal.ln(summary.events()[k]) - lnMean;
        }
        return new Calibrated(out, cal.bins());
    }

    /**
     * A summary of x: the uncalibrated recombined ln r̂.
     *
     * @param training on the training events
     * @param events on the events asked for
     */
    record Summary(double[] training, double[] events) {}

    /**
     * A calibrated ln r.
     *
     * @param ln per event
     * @param bins the calibration's bins
     */
    record Calibrated(double[] ln, int bins) {}

    /** ln of the recombined ratio, floored at {@link #FLOOR} (counted when {@code count}). */
    private double[] recombine(double cP, double cN, double[] rP, double[] rN, boolean count) {
        double norm = 1 + cP - cN;
        double[] out = new double[rP.length];
        for (int k = 0; k < out.length; k++) {
            double num = 1 + cP * rP[k] - cN * rN[k];
            if (num < FLOOR * norm) {
                num = FLOOR * norm;
                if (count) {
                    floored++;
                }
            }
            out[k] = Math.log(num / norm);
        }
        return out;
    }

    /**
     * The recombined ln r of some events.
     *
     * @param uncalibrated as recombined from the two networks
     * @param calibrated after the histogram calibration in the network's own output
     * @param bins the calibration's bins (0 at κ = 0, where r = 1)
     */
    record Recombined(double[] uncalibrated, double[] calibrated, int bins) {}

    /** How many recombined ratios were floored so far. */
    long floored() {
        return floored;
    }
}
