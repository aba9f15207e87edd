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
     * At most {@code points} points of the curve for plotting or a results file: the first and the
     * last point and points at evenly spaced positions between them; the AUC stays that of the full
     * curve.
     *
     * @param points the most points to keep, ≥ 2
     * @return the thinned curve (this curve when it has no more points)
     * @throws IllegalArgumentException when {@code points} &lt; 2
     */
    public RocCurve sampled(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("a curve needs >= 2 points, got " + points);
        }
        int n = thresholds.length;
        if (n <= points) {
            return this;
        }
        double[] t = new double[points];
        double[] s = new double[points];
        double[] b = new double[points];
        for (int k = 0; k < points; k++) {
            int i = (int) Math.round((double) k * (n - 1) / (points - 1));
            t[k] = thresholds[i];
            s[k] = signalEfficiency[i];
            b[k] = backgroundEfficiency[i];
        }
        return new RocCurve(t, s, b, auc);
    }

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
