package org.quarryhep.ml.metrics;

/**
 * A weighted ROC curve: for each distinct threshold t (descending), the fraction of signal weight
 * and of background weight with score ≥ t. The first point is (0, 0) at +∞.
 *
 * @param thresholds score thresholds, descending, first +∞
 * @param signalEfficiency fraction of signal weight selected (true-positive rate)
 * @param backgroundEfficiency fraction of background weight selected (false-positive rate)
 * @param auc the area under the curve (trapezoids, ties counted half)
 */
public record RocCurve(
        double[] thresholds, double[] signalEfficiency, double[] backgroundEfficiency, double auc) {

    /**
     * The working point with the largest signal efficiency not above {@code target} (the lower
     * background efficiency among equals): its threshold, signal efficiency, background efficiency
     * and rejection 1/ε_B.
     *
     * @param target the signal efficiency wanted, in (0, 1]
     * @return the working point
     */
    public WorkingPoint atSignalEfficiency(double target) {
        int best = 0;
        for (int k = 0; k < thresholds.length; k++) {
            boolean allowed = signalEfficiency[k] <= target + 1e-12;
            boolean better =
                    signalEfficiency[k] > signalEfficiency[best]
                            || (signalEfficiency[k] == signalEfficiency[best]
                                    && backgroundEfficiency[k] < backgroundEfficiency[best]);
            if (allowed && better) {
                best = k;
            }
        }
        return new WorkingPoint(
                thresholds[best], signalEfficiency[best], backgroundEfficiency[best]);
    }

    /**
     * The working point with the largest background efficiency not above {@code target}.
     *
     * @param target the background efficiency (mistag rate) allowed
     * @return the working point
     */
    public WorkingPoint atBackgroundEfficiency(double target) {
        int best = 0;
        for (int k = 0; k < thresholds.length; k++) {
            if (backgroundEfficiency[k] <= target + 1e-12
                    && signalEfficiency[k] >= signalEfficiency[best]) {
                best = k;
            }
        }
        return new WorkingPoint(
                thresholds[best], signalEfficiency[best], backgroundEfficiency[best]);
    }

    /**
     * One threshold on the curve.
     *
     * @param threshold select scores ≥ this
     * @param signalEfficiency fraction of signal weight selected
     * @param backgroundEfficiency fraction of background weight selected
     */
    public record WorkingPoint(
            double threshold, double signalEfficiency, double backgroundEfficiency) {
        /** Background rejection 1/ε_B (infinite when no background passes). */
        public double rejection() {
            return 1.0 / backgroundEfficiency;
        }
    }
}
