package org.quarryhep.gen;

/**
 * The outcome of the integration phase.
 *
 * @param crossSectionPb σ (signed sum of weights), pb
 * @param errorPb its Monte Carlo uncertainty, pb
 * @param absCrossSectionPb Σ|w| per point, pb (equals σ when all weights are positive)
 * @param maxWeightPb the maximum |weight| used for unweighting, pb
 * @param nonZeroFraction fraction of points inside the phase space and the cuts
 * @param points points evaluated in the final iterations
 */
public record IntegrationResult(
        double crossSectionPb,
        double errorPb,
        double absCrossSectionPb,
        double maxWeightPb,
        double nonZeroFraction,
        long points) {}
