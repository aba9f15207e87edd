package org.quarryhep.ml.train;

import java.nio.file.Path;
import java.util.List;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.metrics.EpochRecord;

/**
 * The outcome of a training job.
 *
 * @param model the trained model (close it)
 * @param test metrics on the test table
 * @param validation metrics on the validation table
 * @param history the learning curve
 * @param bestEpoch the epoch whose weights the model holds
 * @param trainRows rows used for training
 * @param output where the model was saved, or {@code null}
 */
public record TrainingReport(
        Model model,
        Evaluation test,
        Evaluation validation,
        List<EpochRecord> history,
        int bestEpoch,
        int trainRows,
        Path output) {}
