package org.quarryhep.ml.shap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SHAP values of a set of rows: φ[i][j] is feature j's contribution to row i's prediction relative
 * to {@code expectedValue}, so that expectedValue + Σ_j φ[i][j] = f(x_i) (in the output space named
 * by {@code space}).
 *
 * @param features feature names
 * @param values φ, rows × features
 * @param featureValues the raw feature values of the explained rows (for colouring a beeswarm)
 * @param expectedValue the mean prediction over the background (or the tree ensemble's bias)
 * @param space "log-odds" for TreeSHAP of a classifier, "prediction" otherwise
 */
public record ShapValues(
        List<String> features,
        float[][] values,
        float[][] featureValues,
        double expectedValue,
        String space) {

    /**
     * One entry of the global ranking.
     *
     * @param feature the feature name
     * @param meanAbs mean |φ| over the rows
     */
    public record Importance(String feature, double meanAbs) {}

    /**
     * One feature's points of a beeswarm plot.
     *
     * @param feature the feature name
     * @param shap φ of each row
     * @param values the feature value of each row
     * @param colour the feature value of each row scaled to [0, 1] over the rows (low → high)
     */
    public record BeeswarmSeries(String feature, float[] shap, float[] values, float[] colour) {}

    /** Features ordered by mean |SHAP|, largest first. */
    public List<Importance> ranking() {
        List<Importance> out = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            double s = 0;
            for (float[] row : values) {
                s += Math.abs(row[j]);
            }
            out.add(new Importance(features.get(j), values.length == 0 ? 0 : s / values.length));
        }
        out.sort(Comparator.comparingDouble(Importance::meanAbs).reversed());
        return out;
    }

    /** Beeswarm data for the {@code top} most important features, in ranking order. */
    public List<BeeswarmSeries> beeswarm(int top) {
        List<BeeswarmSeries> out = new ArrayList<>();
        for (Importance imp : ranking().subList(0, Math.min(top, features.size()))) {
            int j = features.indexOf(imp.feature());
            float[] shap = new float[values.length];
            float[] raw = new float[values.length];
            float[] colour = new float[values.length];
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float[] row : featureValues) {
                lo = Math.min(lo, row[j]);
                hi = Math.max(hi, row[j]);
            }
            for (int i = 0; i < values.length; i++) {
                shap[i] = values[i][j];
                raw[i] = featureValues[i][j];
                colour[i] = hi > lo ? (featureValues[i][j] - lo) / (hi - lo) : 0.5f;
            }
            out.add(new BeeswarmSeries(imp.feature(), shap, raw, colour));
        }
        return out;
    }
}
