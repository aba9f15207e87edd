package org.quarryhep.ml.train;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.metrics.CalibrationBin;
import org.quarryhep.ml.metrics.GroupRoc;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.metrics.RocCurve;
import org.quarryhep.ml.metrics.SignificancePoint;
import org.quarryhep.ml.table.FeatureTable;

/**
 * A model's metrics on a labelled table. Classification: weighted AUC, accuracy, working points at
 * signal efficiencies 0.5, 0.7 and 0.9, the threshold of best AMS with the table's weights, a
 * 10-bin calibration curve (all but the accuracy are {@code null} or empty when the table holds one
 * class only). Regression: weighted mean squared and absolute error. Fields that do not apply are
 * {@code null}.
 *
 * @param task the model's task
 * @param rows the number of rows
 * @param auc the weighted ROC AUC
 * @param accuracy the weighted accuracy at score 0.5
 * @param workingPoints working points at ε_S = 0.5, 0.7, 0.9
 * @param bestAms the threshold with the largest AMS
 * @param calibration the calibration curve
 * @param mse weighted mean squared error (regression)
 * @param mae weighted mean absolute error (regression)
 */
public record Evaluation(
        Task task,
        int rows,
        Double auc,
        Double accuracy,
        List<RocCurve.WorkingPoint> workingPoints,
        SignificancePoint bestAms,
        List<CalibrationBin> calibration,
        Double mse,
        Double mae) {

    /**
     * A classifier's ROC curve and AUC per group: the signal rows of each value of {@code
     * groupColumn} (a test mass) against all background rows of the table (see {@link
     * Metrics#rocPerGroup}).
     *
     * @param model a classifier
     * @param table a labelled table with the model's features and the group column
     * @param groupColumn a group (or feature) column, e.g. {@code mass}
     * @return one curve per group value of the signal, ascending
     * @throws SpecException when the table has no labels or no such column
     */
    public static List<GroupRoc> rocPerGroup(Model model, FeatureTable table, String groupColumn) {
        if (!table.hasLabels()) {
            throw new SpecException("ROC per group needs a label column", null);
        }
        float[] groups;
        if (table.groupNames().contains(groupColumn)) {
            groups = table.group(groupColumn);
        } else if (table.names().contains(groupColumn)) {
            groups = table.column(groupColumn);
        } else {
            throw new SpecException(
                    "ROC per group: column '"
                            + groupColumn
                            + "' is not in the table (groups "
                            + table.groupNames()
                            + ")",
                    null);
        }
        return Metrics.rocPerGroup(model.predict(table), table.labels(), table.weights(), groups);
    }

    /**
     * Evaluates a model.
     *
     * @param model the model
     * @param table a labelled table containing the model's features
     * @return the metrics
     * @throws SpecException when the table has no labels
     * @throws IllegalArgumentException when the table lacks a feature
     */
    public static Evaluation of(Model model, FeatureTable table) {
        if (!table.hasLabels()) {
            throw new SpecException("evaluation needs a label column (give --label COLUMN)", null);
        }
        float[] p = model.predict(table);
        float[] y = table.labels();
        double[] w = table.weights();
        if (model.info().task() == Task.REGRESSION) {
            double mae = 0;
            double tot = 0;
            for (int i = 0; i < p.length; i++) {
                mae += w[i] * Math.abs(p[i] - y[i]);
                tot += w[i];
            }
            return new Evaluation(
                    Task.REGRESSION,
                    p.length,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    Metrics.meanSquaredError(p, y, w),
                    mae / tot);
        }
        double[] sums = table.classWeightSums();
        if (sums[0] == 0 || sums[1] == 0) {
            // One class only (e.g. a signal-only file): no ROC; the accuracy is still defined.
            return new Evaluation(
                    model.info().task(),
                    p.length,
                    null,
                    Metrics.accuracy(p, y, w),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null);
        }
        RocCurve roc = Metrics.roc(p, y, w);
        List<RocCurve.WorkingPoint> wps = new ArrayList<>();
        for (double eff : new double[] {0.5, 0.7, 0.9}) {
            wps.add(roc.atSignalEfficiency(eff));
        }
        return new Evaluation(
                model.info().task(),
                p.length,
                roc.auc(),
                Metrics.accuracy(p, y, w),
                wps,
                Metrics.bestAms(p, y, w),
                model.info().task() == Task.CLASSIFICATION
                        ? Metrics.calibration(p, y, w, 10)
                        : List.of(),
                null,
                null);
    }
}
