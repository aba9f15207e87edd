package org.quarryhep.core;

/**
 * Static properties of one particle species.
 *
 * <p>Masses and widths of new-physics states are model parameters, not facts: they are NaN here and
 * come from an analysis or process configuration.
 *
 * @param pdgId the PDG Monte Carlo code of the particle (positive)
 * @param name the particle name (e.g. {@code "mu-"}); the antiparticle is derived
 * @param antiName the antiparticle name, equal to {@code name} for self-conjugate states
 * @param threeCharge three times the electric charge in units of e
 * @param mass pole mass in GeV (NaN for model parameters)
 * @param width total width in GeV (0 for stable, NaN for model parameters)
 * @param invisible true when it leaves no signal in a detector (neutrinos, LSP)
 */
public record ParticleData(
        int pdgId,
        String name,
        String antiName,
        int threeCharge,
        double mass,
        double width,
        boolean invisible) {

    /** Electric charge in units of e. */
    public double charge() {
        return threeCharge / 3.0;
    }

    /** True when the antiparticle is the particle itself. */
    public boolean selfConjugate() {
        return name.equals(antiName);
    }
}
