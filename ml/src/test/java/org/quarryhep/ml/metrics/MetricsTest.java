package org.quarryhep.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
    // Signal: 0.9 (w 1), 0.4 (w −0.5), 0.6 (w 1.5); background: 0.7 (w 1), 0.3 (w 2), 0.6 (w 0.5).
    private static final float[] SCORES = {0.9f, 0.4f, 0.6f, 0.7f, 0.3f, 0.6f};
    private static final float[] LABELS = {1, 1, 1, 0, 0, 0};
    private static final double[] WEIGHTS = {1, -0.5, 1.5, 1, 2, 0.5};

    @Test
    void weightedAucWithANegativeWeightMatchesTheHandCount() {
        // By hand over pairs: 0.9 beats all background (1·3.5); 0.4 beats 0.3 (−0.5·2);
        // 0.6 beats 0.3 (1.5·2) and ties 0.6 (½·1.5·0.5): 5.875 / (W_S 2 · W_B 3.5) = 0.83928…
        assertClose(5.875 / 7, Metrics.auc(SCORES, LABELS, WEIGHTS), 1e-12, 0, "AUC");
    }

    @Test
    void aucEqualsThePairCountOnRandomSignedSamples() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 400;
        float[] s = new float[n];
        float[] y = new float[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextBoolean() ? 1 : 0;
            s[i] = (float) (Math.round((r.nextGaussian() + y[i]) * 10) / 10.0); // many ties
            w[i] = r.nextDouble() < 0.2 ? -r.nextDouble() : r.nextDouble() * 2;
        }
        double num = 0;
        double ws = 0;
        double wb = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == 1) {
                ws += w[i];
            } else {
                wb += w[i];
            }
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    num += w[i] * w[j] * (s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0);
                }
            }
        }
        // Definition of the weighted AUC as a double sum over signal–background pairs.
        assertClose(num / (ws * wb), Metrics.auc(s, y, w), 1e-10, 0, "AUC vs pair count");
    }

    @Test
    void workingPointsReadTheCurve() {
        RocCurve roc = Metrics.roc(SCORES, LABELS, WEIGHTS);
        // Threshold 0.9 selects signal weight 1 of 2 and no background: ε_S = 0.5, ε_B = 0.
        RocCurve.WorkingPoint wp = roc.atSignalEfficiency(0.5);
        assertClose(0.9, wp.threshold(), 1e-7, 0, "threshold");
        assertClose(0, wp.backgroundEfficiency(), 0, 0, "background efficiency");
        // Threshold 0.7: ε_S = 0.5, ε_B = 1/3.5; threshold 0.6: ε_S = 2.5/2, ε_B = 2.5/3.5.
        RocCurve.WorkingPoint b = roc.atBackgroundEfficiency(0.3);
        assertClose(1 / 3.5, b.backgroundEfficiency(), 1e-12, 0, "ε_B at 0.7");
        assertClose(3.5, b.rejection(), 1e-12, 0, "rejection");
    }

    @Test
    void amsAndAsimovMatchTheirFormulas() {
        // Values from the formulas evaluated in Python: AMS(10, 100) with b_r = 10 and Z_A(10,
        // 100).
        assertClose(0.9395373741960071, Metrics.ams(10, 100), 1e-12, 0, "AMS");
        assertClose(0.9839916447569484, Metrics.asimov(10, 100), 1e-12, 0, "Asimov");
        List<SignificancePoint> scan = Metrics.significanceScan(SCORES, LABELS, WEIGHTS);
        assertEquals(5, scan.size()); // five distinct scores
        SignificancePoint at06 = scan.get(2);
        assertClose(2.5, at06.signal(), 1e-12, 0, "s at 0.6");
        assertClose(1.5, at06.background(), 1e-12, 0, "b at 0.6");
        assertClose(Metrics.ams(2.5, 1.5), at06.ams(), 1e-15, 0, "AMS at 0.6");
    }

    @Test
    void calibrationBinsAverageScoresAndSignalFractions() {
        List<CalibrationBin> c = Metrics.calibration(SCORES, LABELS, WEIGHTS, 2);
        // Bin [0.5,1): 0.9 (s, 1), 0.6 (s, 1.5), 0.7 (b, 1), 0.6 (b, 0.5): weight 4, signal 2.5.
        assertClose(4, c.get(1).weight(), 1e-12, 0, "weight");
        assertClose(2.5 / 4, c.get(1).signalFraction(), 1e-12, 0, "signal fraction");
        assertClose((0.9 + 0.6 * 1.5 + 0.7 + 0.6 * 0.5) / 4, c.get(1).meanScore(), 1e-7, 0, "mean");
    }
}
