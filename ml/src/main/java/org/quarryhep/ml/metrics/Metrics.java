package org.quarryhep.ml.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Weighted classifier metrics. Labels are 1 for signal and anything else for background; weights
 * may be negative and are used with their sign throughout, so that a sample with negative-weight
 * events gives the AUC and efficiencies of the signed distribution it represents.
 */
public final class Metrics {
    private Metrics() {}

    /**
     * The weighted ROC curve and AUC.
     *
     * <p>AUC = Σ_{s,b} w_s w_b ([x_s > x_b] + ½[x_s = x_b]) / (W_S W_B), computed in O(n log n) by
     * trapezoids over tie groups, which is exact for this definition even when negative weights
     * make the curve non-monotonic.
     *
     * @param scores classifier scores
     * @param labels 1 for signal
     * @param weights event weights, or {@code null} for unit weights
     * @return the curve
     * @throws IllegalArgumentException when lengths differ or a class has zero total weight
     */
    public static RocCurve roc(float[] scores, float[] labels, double[] weights) {
        int n = scores.length;
        if (labels.length != n || (weights != null && weights.length != n)) {
            throw new IllegalArgumentException("scores, labels and weights differ in length");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        double totS = 0;
        double totB = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1 : weights[i];
            if (labels[i] == 1f) {
                totS += w;
            } else {
                totB += w;
            }
        }
        if (totS == 0 || totB == 0) {
            throw new IllegalArgumentException(
                    "ROC needs both classes: signal weight "
                            + totS
                            + ", background weight "
                            + totB);
        }
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {Double.POSITIVE_INFINITY, 0, 0});
        double s = 0;
        double b = 0;
        double area = 0;
        int k = 0;
        while (k < n) {
            float t = scores[order[k]];
            double s0 = s;
            double b0 = b;
            while (k < n && scores[order[k]] == t) {
                int i = order[k];
                double w = weights == null ? 1 : weights[i];
                if (labels[i] == 1f) {
                    s += w;
                } else {
                    b += w;
                }
                k++;
            }
            area += (b - b0) * (s + s0) / 2;
            pts.add(new double[] {t, s / totS, b / totB});
        }
        double[] th = new double[pts.size()];
        double[] tpr = new double[pts.size()];
        double[] fpr = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            th[i] = pts.get(i)[0];
            tpr[i] = pts.get(i)[1];
            fpr[i] = pts.get(i)[2];
        }
        return new RocCurve(th, tpr, fpr, area / (totS * totB));
    }

    /**
     * One ROC curve per group of signal rows, each against all background rows: the signal at one
     * test mass against the whole background, as the LFV analysis reports its AUCs. The groups are
     * the distinct group values of the signal rows, in ascending order; the group values of
     * background rows are ignored (a placeholder such as −999 is fine).
     *
     * @param scores classifier scores
     * @param labels 1 for signal
     * @param weights event weights, or {@code null} for unit weights
     * @param groups the group value of each row
     * @return the curves, by ascending group value
     * @throws IllegalArgumentException when lengths differ, a signal row's group is NaN, or there
     *     is no signal or no background weight
     */
    public static List<GroupRoc> rocPerGroup(
            float[] scores, float[] labels, double[] weights, float[] groups) {
        int n = scores.length;
        if (labels.length != n || groups.length != n || (weights != null && weights.length != n)) {
            throw new IllegalArgumentException(
                    "scores, labels, weights and groups differ in length");
        }
        TreeMap<Float, List<Integer>> signal = new TreeMap<>();
        List<Integer> background = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (labels[i] != 1f) {
                background.add(i);
            } else if (Float.isNaN(groups[i])) {
                throw new IllegalArgumentException("signal row " + i + " has no group value");
            } else {
                signal.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
            }
        }
        List<GroupRoc> out = new ArrayList<>();
        for (var e : signal.entrySet()) {
            List<Integer> rows = new ArrayList<>(e.getValue());
            rows.addAll(background);
            float[] s = new float[rows.size()];
            float[] y = new float[rows.size()];
            double[] w = weights == null ? null : new double[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                int i = rows.get(k);
                s[k] = scores[i];
                y[k] = labels[i];
                if (w != null) {
                    w[k] = weights[i];
                }
            }
            out.add(new GroupRoc(e.getKey(), e.getValue().size(), background.size(), roc(s, y, w)));
        }
        return out;
    }

    /** The weighted AUC (see {@link #roc}). */
    public static double auc(float[] scores, float[] labels, double[] weights) {
        return roc(scores, labels, weights).auc();
    }

    /**
     * The approximate median significance of the HiggsML challenge, AMS = √(2((s + b + b_r) ln(1 +
     * s/(b + b_r)) − s)) with b_r = 10 (Adam-Bourdarios et al., JMLR W&amp;CP 42 (2015), eq. 7).
     *
     * @param s selected signal weight
     * @param b selected background weight
     * @return the AMS
     */
    public static double ams(double s, double b) {
        double br = 10;
        return Math.sqrt(Math.max(0, 2 * ((s + b + br) * Math.log(1 + s / (b + br)) - s)));
    }

    /**
     * The Asimov discovery significance Z_A = √(2((s+b) ln(1+s/b) − s)) (Cowan, Cranmer, Gross,
     * Vitells, arXiv:1007.1727, eq. 97); s/√b for small s/b.
     */
    public static double asimov(double s, double b) {
        if (b <= 0) {
            return Double.NaN;
        }
        return Math.sqrt(Math.max(0, 2 * ((s + b) * Math.log(1 + s / b) - s)));
    }

    /**
     * Selected signal and background and their significances for every distinct score threshold
     * (select score ≥ threshold), in descending threshold order.
     *
     * @param scores classifier scores
     * @param labels 1 for signal
     * @param weights event weights (as normalised for the luminosity wanted), or null
     * @return one point per distinct score
     */
    public static List<SignificancePoint> significanceScan(
            float[] scores, float[] labels, double[] weights) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, c) -> Float.compare(scores[c], scores[a]));
        List<SignificancePoint> out = new ArrayList<>();
        double s = 0;
        double b = 0;
        int k = 0;
        while (k < order.length) {
            float t = scores[order[k]];
            while (k < order.length && scores[order[k]] == t) {
                int i = order[k];
                double w = weights == null ? 1 : weights[i];
                if (labels[i] == 1f) {
                    s += w;
                } else {
                    b += w;
                }
                k++;
            }
            out.add(
                    new SignificancePoint(
                            t,
                            s,
                            b,
                            b > 0 ? s / Math.sqrt(b) : Double.NaN,
                            asimov(s, b),
                            ams(s, b)));
        }
        return out;
    }

    /** The point of {@link #significanceScan} with the largest AMS. */
    public static SignificancePoint bestAms(float[] scores, float[] labels, double[] weights) {
        SignificancePoint best = null;
        for (SignificancePoint p : significanceScan(scores, labels, weights)) {
            if (best == null || p.ams() > best.ams()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * A calibration curve: scores in [0, 1] are put in {@code bins} equal bins, and in each the
     * weighted mean score is compared with the weighted signal fraction.
     */
    public static List<CalibrationBin> calibration(
            float[] scores, float[] labels, double[] weights, int bins) {
        double[] sw = new double[bins];
        double[] sws = new double[bins];
        double[] sig = new double[bins];
        for (int i = 0; i < scores.length; i++) {
            int k = Math.min(bins - 1, Math.max(0, (int) (scores[i] * bins)));
            double w = weights == null ? 1 : weights[i];
            sw[k] += w;
            sws[k] += w * scores[i];
            if (labels[i] == 1f) {
                sig[k] += w;
            }
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            out.add(
                    new CalibrationBin(
                            (double) k / bins,
                            (double) (k + 1) / bins,
                            sw[k] != 0 ? sws[k] / sw[k] : Double.NaN,
                            sw[k] != 0 ? sig[k] / sw[k] : Double.NaN,
                            sw[k]));
        }
        return out;
    }

    /** The weighted fraction of rows where (score ≥ 0.5) agrees with the label. */
    public static double accuracy(float[] scores, float[] labels, double[] weights) {
        double ok = 0;
        double tot = 0;
        for (int i = 0; i < scores.length; i++) {
            double w = weights == null ? 1 : weights[i];
            tot += w;
            if ((scores[i] >= 0.5f) == (labels[i] == 1f)) {
                ok += w;
            }
        }
        return ok / tot;
    }

    /** Weighted mean squared error of a regression. */
    public static double meanSquaredError(float[] predictions, float[] targets, double[] weights) {
        double s = 0;
        double tot = 0;
        for (int i = 0; i < predictions.length; i++) {
            double w = weights == null ? 1 : weights[i];
            double d = predictions[i] - targets[i];
            s += w * d * d;
            tot += w;
        }
        return s / tot;
    }
}
