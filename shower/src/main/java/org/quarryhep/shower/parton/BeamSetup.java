package org.quarryhep.shower.parton;

/**
 * The beams when the events do not say (LHE events carry them in the init block, not per event).
 *
 * @param idA PDG id of the beam moving along +z
 * @param energyA its energy, GeV
 * @param idB PDG id of the beam moving along −z
 * @param energyB its energy, GeV
 */
public record BeamSetup(int idA, double energyA, int idB, double energyB) {
    /** Checks the energies. */
    public BeamSetup {
        if (!(energyA > 0 && energyB > 0)) {
            throw new IllegalArgumentException(
                    "beam energies must be positive: " + energyA + ", " + energyB);
        }
    }
}
