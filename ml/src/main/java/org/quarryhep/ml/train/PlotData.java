package org.quarryhep.ml.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.metrics.RocCurve;
import org.quarryhep.ml.metrics.SignificancePoint;
import org.quarryhep.ml.table.FeatureTable;

/**
 * The data behind the usual training plots, as JSON-ready maps: the ROC curve (at most 201 points),
 * weighted score histograms of signal and background (50 bins on [0, 1]), the calibration curve,
 * selected s and b with s/√b, Z_A and AMS versus threshold (at most about 200 thresholds) and the
 * learning curve. For regressors: the learning curve and a residual histogram.
 */
public final class PlotData {
    private PlotData() {}

    /**
     * Computes the plot data.
     *
     * @param model the trained model
     * @param test a labelled table
     * @param history the learning curve
     * @return plot name → data
     */
    public static Map<String, Object> of(
            Model model, FeatureTable test, List<EpochRecord> history) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("learning_curve", history);
        float[] p = model.predict(test);
        float[] y = test.labels();
        double[] w = test.weights();
        if (model.info().task() == Task.REGRESSION) {
            float[] res = new float[p.length];
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < p.length; i++) {
                res[i] = p[i] - y[i];
                lo = Math.min(lo, res[i]);
                hi = Math.max(hi, res[i]);
            }
            out.put("residuals", histogram(res, null, w, lo, hi, 50));
            return out;
        }
        RocCurve roc = Metrics.roc(p, y, w);
        int n = roc.thresholds().length;
        int step = Math.max(1, (n - 1) / 200);
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < n; k += step) {
            pts.add(new double[] {roc.backgroundEfficiency()[k], roc.signalEfficiency()[k]});
        }
        pts.add(new double[] {roc.backgroundEfficiency()[n - 1], roc.signalEfficiency()[n - 1]});
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("background_efficiency_signal_efficiency", pts);
        r.put("auc", roc.auc());
        out.put("roc", r);
        float lo = 0;
        float hi = 1;
        if (model.info().task() == Task.LIKELIHOOD_RATIO) {
            lo = Float.POSITIVE_INFINITY;
            hi = Float.NEGATIVE_INFINITY;
            for (float v : p) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        out.put("score_signal", histogram(p, y, w, lo, hi, 50, 1f));
        out.put("score_background", histogram(p, y, w, lo, hi, 50, 0f));
        if (model.info().task() == Task.CLASSIFICATION) {
            out.put("calibration", Metrics.calibration(p, y, w, 10));
        }
        List<SignificancePoint> scan = Metrics.significanceScan(p, y, w);
        int every = Math.max(1, scan.size() / 200);
        List<SignificancePoint> thinned = new ArrayList<>();
        for (int k = 0; k < scan.size(); k += every) {
            thinned.add(scan.get(k));
        }
        if (!scan.isEmpty() && thinned.get(thinned.size() - 1) != scan.get(scan.size() - 1)) {
            thinned.add(scan.get(scan.size() - 1));
        }
        out.put("significance_vs_threshold", thinned);
        return out;
    }

    private static Map<String, Object> histogram(
            float[] v, float[] y, double[] w, float lo, float hi, int bins, float... label) {
        double[] h = new double[bins];
        double width = hi > lo ? (hi - lo) / bins : 1;
        for (int i = 0; i < v.length; i++) {
            if (y != null && label.length > 0 && (y[i] == 1f) != (label[0] == 1f)) {
                continue;
            }
            int k = (int) Math.min(bins - 1, Math.max(0, Math.floor((v[i] - lo) / width)));
            h[k] += w[i];
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", lo);
        m.put("high", hi);
        m.put("counts", h);
        return m;
    }
}
