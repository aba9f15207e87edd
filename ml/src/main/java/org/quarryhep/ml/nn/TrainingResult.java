package org.quarryhep.ml.nn;

import java.util.List;
import org.quarryhep.ml.metrics.EpochRecord;

/**
 * The outcome of a training: the model (with the best weights when early stopping was on) and the
 * learning curve.
 *
 * @param model the trained model; close it
 * @param history one record per epoch
 * @param bestEpoch the epoch whose weights the model holds (1-based)
 */
public record TrainingResult(NetworkModel model, List<EpochRecord> history, int bestEpoch) {
    /** Copies the history. */
    public TrainingResult {
        history = List.copyOf(history);
    }
}
