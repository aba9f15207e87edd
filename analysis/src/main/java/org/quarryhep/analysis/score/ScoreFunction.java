package org.quarryhep.analysis.score;

/** A model's score for one feature row. Implementations need not be thread-safe. */
@FunctionalInterface
public interface ScoreFunction {
    /**
     * Scores one row.
     *
     * @param features the feature values, in the feature set's column order (missing entries
     *     already replaced by the placeholder)
     * @return the score
     */
    double score(double[] features);
}
