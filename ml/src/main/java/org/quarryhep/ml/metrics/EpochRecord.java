package org.quarryhep.ml.metrics;

/**
 * One point of a learning curve: the state after an epoch (or boosting round).
 *
 * @param epoch 1-based epoch number
 * @param trainLoss the mean training loss over the epoch
 * @param validationLoss the loss on the validation table (NaN without one)
 * @param validationAuc the weighted AUC on the validation table (NaN for regression)
 * @param validationAccuracy the weighted accuracy (score ≥ 0.5 agrees with the label) on the
 *     validation table (NaN for regression)
 * @param learningRate the learning rate used in the epoch
 */
public record EpochRecord(
        int epoch,
        double trainLoss,
        double validationLoss,
        double validationAuc,
        double validationAccuracy,
        double learningRate) {}
