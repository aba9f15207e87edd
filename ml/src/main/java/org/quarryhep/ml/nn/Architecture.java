package org.quarryhep.ml.nn;

/** Network families. */
public enum Architecture {
    /** A multilayer perceptron over the hidden layers. */
    MLP,
    /**
     * A residual network: the first hidden layer is the entry layer, each further layer is a
     * residual block of two dense layers with an additive shortcut (a linear projection when the
     * width changes) and the activation after the addition.
     */
    RESNET,
    /**
     * Deep Sets / particle-flow network (Komiske, Metodiev, Thaler, arXiv:1810.05165): a
     * per-particle map Φ (the {@code phiLayers}), a masked sum over particles, and F (the hidden
     * layers) over the sum concatenated with the high-level features.
     */
    DEEP_SETS
}
