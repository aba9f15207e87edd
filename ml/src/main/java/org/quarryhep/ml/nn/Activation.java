package org.quarryhep.ml.nn;

/** Hidden-layer activations; the LeakyReLU slope is {@link LayerSpec#slope()}. */
public enum Activation {
    /** max(0, x). */
    RELU,
    /** x for x ≥ 0, αx otherwise. */
    LEAKY_RELU,
    /** tanh x. */
    TANH,
    /** 1/(1 + e^−x). */
    SIGMOID,
    /** The identity. */
    LINEAR
}
