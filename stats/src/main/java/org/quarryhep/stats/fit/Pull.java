package org.quarryhep.stats.fit;

/**
 * The pull of a constrained nuisance parameter.
 *
 * @param name the component name
 * @param pull (θ̂ − θ₀)/σ_prior
 * @param constraint the post-fit uncertainty over the prior width (1: not constrained by the data)
 */
public record Pull(String name, double pull, double constraint) {}
