package org.quarryhep.analyses.diphunting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The histogram calibration recovers a known ratio from a distorted summary of it.
 *
 * <p>The toy: the reference ("SM") density is N(0, 1), the hypothesis N(μ, 1) with μ = 0.3, so the
 * exact ratio is r(x) = exp(μx − μ²/2) (analytic). The reference events are drawn from N(0, 1.5²)
 * with importance weights φ(x)/φ_{1.5}(x), as the pool's events carry weights. The summary given to
 * the calibration is a strongly distorted, monotone function of ln r, s = sinh(5 ln r): as a ratio
 * it is wrong by O(1) (at x = 1.5, ln r = 0.405 and s = 3.7), but it is sufficient, so
 * p_θ(s)/p_SM(s) is r(x) itself and the calibration must recover it.
 */
class HistogramCalibrationTest {
    private static final double MU = 0.3;
    private static final int EVENTS = 200_000;

    private static double lnRatio(double x) {
        return MU * x - MU * MU / 2;
    }

    private static double distorted(double lnR) {
        return Math.sinh(5 * lnR);
    }

    /** Weighted reference events: x, their weights, and their exact ratios. */
    private static double[][] events(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[EVENTS];
        double[] w = new double[EVENTS];
        double[] r = new double[EVENTS];
        double sigma = 1.5;
        for (int i = 0; i < EVENTS; i++) {
            double u = gaussian(rng) * sigma;
            x[i] = u;
            // φ(u; 0, 1)/φ(u; 0, σ)
            w[i] = sigma * Math.exp(-u * u / 2 + u * u / (2 * sigma * sigma));
            r[i] = Math.exp(lnRatio(u));
        }
        return new double[][] {x, w, r};
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    @Test
    void aDistortedSufficientSummaryIsCalibratedToTheExactRatio() {
        double[][] e = events(18);
        double[] s = new double[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            s[i] = distorted(lnRatio(e[0][i]));
        }
        HistogramCalibration cal = HistogramCalibration.fit(s, e[1], e[2], 50, 100);
        assertEquals(50, cal.bins());
        // Tolerance 2·10⁻³ on ln r for |x| ≤ 1.5, about twice the sum of the method's two errors
        // there (measured: 1.0·10⁻³). The binning: the bins (equal measure φ(x)(1 + |r − 1|/E|r −
        // 1|),
        // E|r − 1| ≈ 0.24) are Δx ≈ 0.1 apart at |x| = 1.5, where s = 3.7 moves by Δs ≈ 0.58
        // between bin centres, and the linear interpolation in s of ln r = asinh(s)/5 errs by
        // (Δs)²/8 · |d²ln r/ds²| = 0.042 · 0.0125 ≈ 5·10⁻⁴ (near x = 0, 10⁻⁵). The statistics: the
        // spread of r within such a bin, r μΔx/√12 ≈ 0.013, over √(≈ 2 200 effective events)
        // ≈ 3·10⁻⁴. The summary itself is off by up to 3.3 in ln r there.
        double worst = 0;
        double worstUncalibrated = 0;
        for (double x = -1.5; x <= 1.5; x += 0.01) {
            double truth = lnRatio(x);
            double s0 = distorted(truth);
            worst = Math.max(worst, Math.abs(cal.ln(s0) - truth));
            worstUncalibrated = Math.max(worstUncalibrated, Math.abs(s0 - truth));
        }
        assertTrue(worst < 2e-3, "calibrated ln r off by " + worst);
        assertTrue(worstUncalibrated > 3, "the summary is distorted: " + worstUncalibrated);
    }

    @Test
    void anUninformativeSummaryIsCalibratedToOne() {
        // A summary independent of x carries no information: p_θ(s) = p_SM(s), so r_cal = E_SM[r]
        // = 1 (∫ N(μ, 1) = 1) in every bin. Tolerance 0.03: Var_SM(r) = e^{μ²} − 1, so the spread
        // of r is 0.30, over √(≈ 3 000 effective events per bin) 0.0055, and 0.03 is 5.5 of those
        // for the worst of 50 bins.
        double[][] e = events(19);
        SplittableRandom rng = new SplittableRandom(20);
        double[] s = new double[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            s[i] = rng.nextDouble();
        }
        HistogramCalibration cal = HistogramCalibration.fit(s, e[1], e[2], 50, 100);
        for (double u = 0; u <= 1; u += 0.01) {
            assertEquals(0, cal.ln(u), 0.03, "at s = " + u);
        }
    }

    @Test
    void sparseWeightsMakeFewerBins() {
        // 1 000 events of equal weight and at least 100 effective events per bin: 10 bins at most,
        // whatever maxBins asks.
        double[] s = new double[1000];
        double[] w = new double[1000];
        double[] r = new double[1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            w[i] = 1;
            r[i] = 1;
        }
        assertEquals(10, HistogramCalibration.fit(s, w, r, 50, 100).bins());
    }

    @Test
    void aBadEventIsNamed() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                HistogramCalibration.fit(
                                        new double[] {0, 1},
                                        new double[] {1, -1},
                                        new double[] {1, 1},
                                        5,
                                        1));
        assertTrue(e.getMessage().contains("event 1"), e.getMessage());
    }
}
