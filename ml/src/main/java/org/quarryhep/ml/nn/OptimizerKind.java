package org.quarryhep.ml.nn;

/** Optimisers. */
public enum OptimizerKind {
    /** Adam (Kingma &amp; Ba, arXiv:1412.6980) with β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    ADAM,
    /** Stochastic gradient descent with momentum. */
    SGD
}
