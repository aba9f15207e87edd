package org.quarryhep.ml.metrics;

/**
 * The ROC curve of the signal rows of one group (one test mass, say) against all background rows.
 *
 * @param group the group value shared by the signal rows
 * @param signalRows the number of signal rows of the group
 * @param backgroundRows the number of background rows (the same for every group)
 * @param curve the curve and its AUC
 */
public record GroupRoc(double group, int signalRows, int backgroundRows, RocCurve curve) {
    /** The weighted AUC of the group's curve. */
    public double auc() {
        return curve.auc();
    }
}
