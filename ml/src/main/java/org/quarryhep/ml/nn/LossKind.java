package org.quarryhep.ml.nn;

/** Training losses; all take per-event weights. */
public enum LossKind {
    /**
     * Binary cross-entropy computed from logits, Σ w ℓ / Σ w (the network outputs a logit; the
     * sigmoid is applied only when predicting).
     */
    BCE,
    /** Mean squared error Σ w (f − y)² / Σ w. */
    MSE,
    /** Huber loss with threshold δ, Σ w h_δ(f − y) / Σ w. */
    HUBER,
    /**
     * Cross-entropy with signed weights normalised by Σ|w|: its minimiser f(x) = ln(p₁(x)/p₀(x)) +
     * const holds for signed mixtures p = Σ c_k p_k as long as p₀, p₁ ≥ 0 (the setting of
     * arXiv:2410.10216); negative-weight events enter with their sign.
     */
    LIKELIHOOD_RATIO
}
