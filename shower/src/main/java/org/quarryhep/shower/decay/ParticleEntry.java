package org.quarryhep.shower.decay;

import java.util.List;

/**
 * Particle data of one species as the decays and the hadronisation use them.
 *
 * @param pdgId the PDG code (positive)
 * @param name the name, e.g. {@code "K_S0"}
 * @param mass pole mass, GeV
 * @param width total width, GeV (0 for stable particles)
 * @param ctauMm mean proper decay length c·τ, mm (infinite for stable particles)
 * @param selfConjugate true when the antiparticle is the particle itself
 * @param channels decay channels, branching ratios normalised to sum to 1 (empty when stable)
 */
public record ParticleEntry(
        int pdgId,
        String name,
        double mass,
        double width,
        double ctauMm,
        boolean selfConjugate,
        List<DecayChannel> channels) {

    /** Copies the channel list. */
    public ParticleEntry {
        channels = List.copyOf(channels);
    }

    /** True when the particle does not decay in Quarry (no channels). */
    public boolean stable() {
        return channels.isEmpty();
    }
}
