package org.quarryhep.ml.nn;

import org.quarryhep.ml.metrics.EpochRecord;

/**
 * The quantity that early stopping and reduce-on-plateau watch, named as Keras names its logs
 * ({@code val_loss}, {@code val_auc}, {@code val_accuracy}). Without a validation table, or when
 * the watched metric is undefined (an AUC or accuracy of a regression), the training loss is
 * watched.
 */
public enum Monitor {
    /** The validation loss; lower is better. */
    VAL_LOSS,
    /** The weighted validation AUC; higher is better. */
    VAL_AUC,
    /** The weighted validation accuracy at score ≥ 0.5; higher is better (LFV Table II). */
    VAL_ACCURACY;

    /**
     * The watched value of an epoch turned into "lower is better" (a negated AUC or accuracy); the
     * training loss when the watched one is NaN.
     */
    double lowerIsBetter(EpochRecord r) {
        double v =
                switch (this) {
                    case VAL_LOSS -> r.validationLoss();
                    case VAL_AUC -> -r.validationAuc();
                    case VAL_ACCURACY -> -r.validationAccuracy();
                };
        if (Double.isNaN(v) && this != VAL_LOSS) {
            v = r.validationLoss();
        }
        return Double.isNaN(v) ? r.trainLoss() : v;
    }
}
