package org.quarryhep.ml.table;

/**
 * A train/validation/test partition of one table; {@code validation} or {@code test} has zero rows
 * when the split has only two parts.
 *
 * @param train the training part
 * @param validation the validation part (early stopping, learning-rate schedule)
 * @param test the held-out test part
 */
public record Split(FeatureTable train, FeatureTable validation, FeatureTable test) {}
