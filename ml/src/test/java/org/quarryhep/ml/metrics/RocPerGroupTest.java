package org.quarryhep.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RocPerGroupTest {
    /** Numerical Recipes' Chebyshev fit of erfc (2nd ed., §6.2, |ε| < 1.2e-7), in t. */
    private static final double[] ERFC = {
        -1.26551223,
        1.00002368,
        0.37409196,
        0.09678418,
        -0.18628806,
        0.27886807,
        -1.13520398,
        1.48851587,
        -0.82215223,
        0.17087277
    };

    /** Φ(z) = ½ erfc(−z/√2). */
    private static double phi(double z) {
        double x = -z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double poly = 0;
        for (int k = ERFC.length - 1; k >= 0; k--) {
            poly = poly * t + ERFC[k];
        }
        double erfc = t * Math.exp(-x * x + poly);
        return 0.5 * (x >= 0 ? erfc : 2 - erfc);
    }

    /** Brute-force Mann–Whitney: Σ w_s w_b ([s > b] + ½[s = b]) / (W_S W_B) over all pairs. */
    private static double pairCount(float[] s, float[] y, double[] w, float[] g, float group) {
        double num = 0;
        double ws = 0;
        double wb = 0;
        for (int i = 0; i < s.length; i++) {
            if (y[i] == 1 && g[i] == group) {
                ws += w[i];
            } else if (y[i] != 1) {
                wb += w[i];
            }
        }
        for (int i = 0; i < s.length; i++) {
            if (y[i] != 1 || g[i] != group) {
                continue;
            }
            for (int j = 0; j < s.length; j++) {
                if (y[j] == 1) {
                    continue;
                }
                double win = s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                num += w[i] * w[j] * win;
            }
        }
        return num / (ws * wb);
    }

    @Test
    void eachGroupsAucIsTheBruteForcePairCountAgainstAllBackground() {
        // Three test masses with shifted, rounded (tied) and weighted scores; background rows
        // carry the placeholder −999 as their group.
        SplittableRandom r = new SplittableRandom(3);
        int n = 900;
        float[] s = new float[n];
        float[] y = new float[n];
        double[] w = new double[n];
        float[] g = new float[n];
        float[] masses = {200, 300, 450};
        for (int i = 0; i < n; i++) {
            boolean sig = i % 3 != 0;
            y[i] = sig ? 1 : 0;
            g[i] = sig ? masses[r.nextInt(3)] : -999;
            double shift = sig ? g[i] / 300 : 0;
            s[i] = (float) (Math.round((r.nextGaussian() + shift) * 8) / 8.0);
            w[i] = 0.2 + r.nextDouble();
        }
        List<GroupRoc> rocs = Metrics.rocPerGroup(s, y, w, g);
        assertEquals(3, rocs.size());
        for (int k = 0; k < 3; k++) {
            GroupRoc roc = rocs.get(k);
            assertEquals(masses[k], roc.group(), 0);
            assertEquals(300, roc.backgroundRows());
            assertClose(pairCount(s, y, w, g, masses[k]), roc.auc(), 1e-12, 0, "AUC " + masses[k]);
            // A point of the curve: the weighted fractions above a threshold, counted directly.
            RocCurve c = roc.curve();
            int mid = c.thresholds().length / 2;
            double t = c.thresholds()[mid];
            double sAbove = 0;
            double sAll = 0;
            double bAbove = 0;
            double bAll = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] == 1 && g[i] == masses[k]) {
                    sAll += w[i];
                    sAbove += s[i] >= t ? w[i] : 0;
                } else if (y[i] != 1) {
                    bAll += w[i];
                    bAbove += s[i] >= t ? w[i] : 0;
                }
            }
            assertClose(sAbove / sAll, c.signalEfficiency()[mid], 1e-12, 0, "TPR");
            assertClose(bAbove / bAll, c.backgroundEfficiency()[mid], 1e-12, 0, "FPR");
        }
    }

    @Test
    void gaussianScoresGiveTheClosedFormAuc() {
        // Background score ~ N(0, 1); the signal at mass m ~ N(μ_m, σ_m). For independent normal
        // scores P(S > B) = Φ(Δμ / √(σ_S² + σ_B²)). Tolerance: 5 standard errors of the
        // Mann–Whitney estimate (Hanley & McNeil, Radiology 143 (1982) 29, eq. 2).
        double[][] signal = {{200, 0.5, 1.0}, {300, 1.0, 1.5}, {450, 2.0, 0.5}};
        int nb = 20000;
        int ns = 10000;
        int n = nb + ns * signal.length;
        float[] s = new float[n];
        float[] y = new float[n];
        float[] g = new float[n];
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < nb; i++) {
            s[i] = (float) r.nextGaussian();
            g[i] = -999;
        }
        for (int k = 0; k < signal.length; k++) {
            for (int j = 0; j < ns; j++) {
                int i = nb + k * ns + j;
                s[i] = (float) (signal[k][1] + signal[k][2] * r.nextGaussian());
                y[i] = 1;
                g[i] = (float) signal[k][0];
            }
        }
        List<GroupRoc> rocs = Metrics.rocPerGroup(s, y, null, g);
        for (int k = 0; k < signal.length; k++) {
            double a = phi(signal[k][1] / Math.sqrt(1 + signal[k][2] * signal[k][2]));
            double q1 = a / (2 - a);
            double q2 = 2 * a * a / (1 + a);
            double se =
                    Math.sqrt(
                            (a * (1 - a) + (ns - 1) * (q1 - a * a) + (nb - 1) * (q2 - a * a))
                                    / ((double) ns * nb));
            assertClose(a, rocs.get(k).auc(), 0, 5 * se, "AUC at m = " + signal[k][0]);
            assertEquals(ns, rocs.get(k).signalRows());
            // A plotting copy: 101 of the ~30 000 points, the ends (0, 0) and (1, 1) kept.
            RocCurve full = rocs.get(k).curve();
            RocCurve few = full.sampled(101);
            assertEquals(101, few.thresholds().length);
            assertEquals(0, few.signalEfficiency()[0], 0);
            assertEquals(1, few.signalEfficiency()[100], 1e-12);
            assertEquals(1, few.backgroundEfficiency()[100], 1e-12);
            assertEquals(
                    full.backgroundEfficiency()[full.thresholds().length / 2],
                    few.backgroundEfficiency()[50],
                    0);
            assertEquals(full.auc(), few.auc(), 0);
        }
    }

    @Test
    void aSignalRowWithoutAGroupIsRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Metrics.rocPerGroup(
                                        new float[] {0.1f, 0.2f},
                                        new float[] {1, 0},
                                        null,
                                        new float[] {Float.NaN, 0}));
        assertEquals("signal row 0 has no group value", e.getMessage());
    }
}
