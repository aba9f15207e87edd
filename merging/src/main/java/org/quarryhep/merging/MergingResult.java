package org.quarryhep.merging;

import java.util.List;

/**
 * The cross sections of a merging run.
 *
 * @param samples one entry per multiplicity, 0 extra partons first
 * @param crossSectionPb σ of the merged sample, pb
 * @param errorPb its Monte Carlo error, pb
 * @param events events in the merged sample
 * @param variations σ of the same showered events matched at other scales, for the stability of the
 *     merged σ under qcut variation
 */
public record MergingResult(
        List<Sample> samples,
        double crossSectionPb,
        double errorPb,
        long events,
        List<QcutVariation> variations) {
    /** Copies the lists. */
    public MergingResult {
        samples = List.copyOf(samples);
        variations = List.copyOf(variations);
    }

    /**
     * The merged σ with another matching scale (same matrix-element events, same showers).
     *
     * @param qcut the matching scale, GeV
     * @param crossSectionPb the merged σ, pb
     * @param errorPb its Monte Carlo error, pb (correlated with the nominal one: same events)
     * @param perSample each multiplicity's contribution, pb, 0 extra partons first
     */
    public record QcutVariation(
            double qcut, double crossSectionPb, double errorPb, List<Double> perSample) {
        /** Copies the list. */
        public QcutVariation {
            perSample = List.copyOf(perSample);
        }
    }

    /**
     * One multiplicity.
     *
     * @param partons extra partons
     * @param process the process string generated
     * @param meCrossSectionPb σ of the matrix-element sample at the generation scale, after cuts
     * @param meErrorPb its integration error
     * @param generated weighted events generated
     * @param accepted events that passed the matching
     * @param mergedCrossSectionPb the sample's contribution to the merged σ (CKKW weights, matched)
     * @param mergedErrorPb its Monte Carlo error
     */
    public record Sample(
            int partons,
            String process,
            double meCrossSectionPb,
            double meErrorPb,
            long generated,
            long accepted,
            double mergedCrossSectionPb,
            double mergedErrorPb) {
        /** Fraction of the generated events kept by the matching. */
        public double acceptance() {
            return generated == 0 ? 0 : (double) accepted / generated;
        }
    }
}
