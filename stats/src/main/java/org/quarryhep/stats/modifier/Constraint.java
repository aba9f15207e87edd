package org.quarryhep.stats.modifier;

/** How a parameter component is constrained by auxiliary data. */
public enum Constraint {
    /** Free (normfactor, shapefactor), or a masked bin of shapesys/staterror. */
    NONE,
    /** Gaussian: aux ~ Normal(θ, σ) (normsys, histosys, lumi, staterror). */
    NORMAL,
    /** Poisson: aux ~ Poisson(γ·τ) with aux = τ nominally (shapesys). */
    POISSON
}
