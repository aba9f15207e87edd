package org.quarryhep.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The area under ROC curves against closed forms. */
class RocTest {
    private static double phi(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    // Numerical Recipes' erfc (Chebyshev fit, fractional error < 1.2e-7).
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r =
                t
                        * Math.exp(
                                -z * z
                                        - 1.26551223
                                        + t
                                                * (1.00002368
                                                        + t
                                                                * (0.37409196
                                                                        + t
                                                                                * (0.09678418
                                                                                        + t
                                                                                                * (-0.18628806
                                                                                                        + t
                                                                                                                * (0.27886807
                                                                                                                        + t
                                                                                                                                * (-1.13520398
                                                                                                                                        + t
                                                                                                                                                * (1.48851587
                                                                                                                                                        + t
                                                                                                                                                                * (-0.82215223
                                                                                                                                                                        + t
                                                                                                                                                                                * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    @Test
    void binormalCurveHasAreaPhiOfSeparationOverRootTwo() {
        // Background N(0,1), signal N(d,1): AUC = Phi(d / sqrt 2) (Hanley & McNeil, Radiology
        // 143 (1982) 29). 4001 cuts on [-8, 8 + d]: the trapezoid error is below 1e-6.
        double d = 1.5;
        int n = 4001;
        double[] fpr = new double[n];
        double[] tpr = new double[n];
        for (int i = 0; i < n; i++) {
            double cut = 8 + d - (16 + d) * i / (n - 1.0);
            fpr[i] = 1 - phi(cut);
            tpr[i] = 1 - phi(cut - d);
        }
        assertEquals(phi(d / Math.sqrt(2)), Roc.auc(fpr, tpr), 1e-5);
    }

    @Test
    void diagonalAndPerfectClassifiers() {
        // Closed forms: the diagonal has area 1/2, a step to (0, 1) has area 1.
        assertEquals(0.5, Roc.auc(new double[] {0.25, 0.5}, new double[] {0.25, 0.5}), 1e-15);
        assertEquals(1.0, Roc.auc(new double[] {0, 0}, new double[] {0.3, 1}), 1e-15);
    }
}
