package org.quarryhep.ml;

/** What a model predicts. */
public enum Task {
    /** Binary classification: the prediction is a signal probability in [0, 1]. */
    CLASSIFICATION,
    /** Regression: the prediction is the target value. */
    REGRESSION,
    /**
     * Likelihood-ratio estimation: the prediction is r(x) = p₁(x)/p₀(x) from a classifier trained
     * with signed weights (the class-prior ratio divided out).
     */
    LIKELIHOOD_RATIO
}
