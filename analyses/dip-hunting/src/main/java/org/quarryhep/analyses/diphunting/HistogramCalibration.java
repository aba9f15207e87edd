package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Histogram calibration of a learned ratio through its own output (Cranmer, Pavez, Louppe,
 * arXiv:1506.02169, "carl"): with s(x) = ln r̂(x | θ) the network's summary, the calibrated ratio
 * is r_cal(x | θ) = p_θ(s(x))/p_SM(s(x)), the ratio of the summary's own densities, estimated from
 * weighted events. The likelihood of the data reduced to s is then exact up to the binning,
 * whatever the network's distortions of s are.
 *
 * <p>The events carry their Standard-Model weights w_i and their exact ratio r_i = dσ_θ/dσ_SM(x_i),
 * so p_θ's weight of event i is w_i r_i, and in a bin b of s the ratio is Σ_b w r / Σ_b w — the
 * Standard-Model-weighted mean of the exact ratio over the bin, an estimate of E_SM[r | s], which
 * is p_θ(s)/p_SM(s). The same events fill both densities, so the ratio's noise is only the spread
 * of the exact r within a bin (the information s loses), not the independent fluctuation of two
 * histograms.
 *
 * <p>Bins: {@code maxBins} bins of equal measure in s, the measure being the normalised reference
 * density plus the normalised |p_θ − p_SM| (weights w_i/Σw + w_i|r_i − 1|/Σ w|r − 1|), so that
 * about half the bins cover the bulk of the events and half the region where the ratio departs from
 * 1 — with equal reference weight alone, the few per cent of events near the resonance, where ln r
 * varies most, shared one or two bins. Each bin needs at least {@code minEffective} Kish-effective
 * events (Σw)²/Σw² (a bin closes at the first event past its edge where it has them; a short last
 * bin is merged into the one before). Between the bins' weighted-mean s the calibrated ln r is
 * interpolated linearly (a step function would make t(θ) jump whenever an event crosses a bin edge
 * as θ moves); beyond the outer centres it is held constant.
 */
final class HistogramCalibration {
    private final double[] centre;
    private final double[] lnRatio;

    private HistogramCalibration(double[] centre, double[] lnRatio) {
        this.centre = centre;
        this.lnRatio = lnRatio;
    }

    /**
     * Fits the calibration.
     *
     * @param summary s per event (the uncalibrated ln r̂)
     * @param weight the events' Standard-Model weights (&gt; 0)
     * @param ratio the events' exact ratio dσ_θ/dσ_SM (&gt; 0)
     * @param maxBins the most bins
     * @param minEffective the fewest Kish-effective events per bin
     * @return the calibration
     */
    static HistogramCalibration fit(
            double[] summary, double[] weight, double[] ratio, int maxBins, double minEffective) {
        int n = summary.length;
        if (weight.length != n || ratio.length != n || n == 0) {
            throw new IllegalArgumentException(
                    "calibration: "
                            + n
                            + " summaries, "
                            + weight.length
                            + " weights, "
                            + ratio.length
                            + " ratios");
        }
        if (maxBins < 1 || !(minEffective >= 1)) {
            throw new IllegalArgumentException("calibration: need maxBins >= 1, minEffective >= 1");
        }
        double total = 0;
        double deviation = 0;
        for (int i = 0; i < n; i++) {
            if (!(weight[i] > 0) || !(ratio[i] > 0) || !Double.isFinite(summary[i])) {
                throw new IllegalArgumentException(
                        "calibration: event "
                                + i
                                + " has weight "
                                + weight[i]
                                + ", ratio "
                                + ratio[i]
                                + ", summary "
                                + summary[i]);
            }
            total += weight[i];
            deviation += weight[i] * Math.abs(ratio[i] - 1);
        }
        // The binning measure: the normalised reference density plus the normalised |p_θ − p_SM|.
        double[] measure = new double[n];
        for (int i = 0; i < n; i++) {
            measure[i] =
                    weight[i] / total
                            + (deviation > 0 ? weight[i] * Math.abs(ratio[i] - 1) / deviation : 0);
        }
        double measureTotal = deviation > 0 ? 2 : 1;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(summary[a], summary[b]));
        double target = measureTotal / maxBins;
        List<double[]> bins = new ArrayList<>();
        double sw = 0;
        double sw2 = 0;
        double sws = 0;
        double swr = 0;
        double cumulative = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double w = weight[i];
            sw += w;
            sw2 += w * w;
            sws += w * summary[i];
            swr += w * ratio[i];
            cumulative += measure[i];
            // Edges at the cumulative weight's multiples of total/maxBins (not a bin's own
            // weight, whose overshoots would add up and starve the last bin).
            boolean full = cumulative >= (bins.size() + 1) * target * (1 - 1e-12);
            if (full && sw * sw / sw2 >= minEffective) {
                bins.add(new double[] {sw, sw2, sws, swr});
                sw = 0;
                sw2 = 0;
                sws = 0;
                swr = 0;
            }
        }
        if (sw > 0) {
            if (bins.isEmpty() || sw * sw / sw2 >= minEffective) {
                bins.add(new double[] {sw, sw2, sws, swr});
            } else {
                double[] last = bins.get(bins.size() - 1);
                last[0] += sw;
                last[1] += sw2;
                last[2] += sws;
                last[3] += swr;
            }
        }
        double[] centre = new double[bins.size()];
        double[] lnRatio = new double[bins.size()];
        for (int b = 0; b < centre.length; b++) {
            double[] s = bins.get(b);
            centre[b] = s[2] / s[0];
            lnRatio[b] = Math.log(s[3] / s[0]);
        }
        return new HistogramCalibration(centre, lnRatio);
    }

    /** The number of bins. */
    int bins() {
        return centre.length;
    }

    /**
     * The calibrated ln r at a summary value.
     *
     * @param s the uncalibrated ln r̂
     * @return ln r_cal
     */
    double ln(double s) {
        int last = centre.length - 1;
        if (s <= centre[0]) {
            return lnRatio[0];
        }
        if (s >= centre[last]) {
            return lnRatio[last];
        }
        int hi = Arrays.binarySearch(centre, s);
        if (hi >= 0) {
            return lnRatio[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double f = (s - centre[lo]) / (centre[hi] - centre[lo]);
        return lnRatio[lo] + f * (lnRatio[hi] - lnRatio[lo]);
    }
}
