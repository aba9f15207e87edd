package org.quarryhep.report.plot;

/** Area under a ROC curve. */
public final class Roc {
    private Roc() {}

    /**
     * The area under a ROC curve by the trapezoidal rule over its points, with (0, 0) and (1, 1)
     * added when missing, as scikit-learn's {@code roc_auc_score} does on the curve's points.
     *
     * @param fpr false-positive rates, not decreasing
     * @param tpr true-positive rates
     * @return the area in [0, 1]
     */
    public static double auc(double[] fpr, double[] tpr) {
        double area = 0;
        double px = 0;
        double py = 0;
        for (int i = 0; i < fpr.length; i++) {
            area += (fpr[i] - px) * (tpr[i] + py) / 2;
            px = fpr[i];
            py = tpr[i];
        }
        area += (1 - px) * (1 + py) / 2;
        return area;
    }
}
