package org.quarryhep.detector;

import org.quarryhep.core.FourMomentum;

/**
 * A particle-flow candidate: a track (charged particle measured in the tracker) or a neutral
 * calorimeter tower after energy subtraction.
 */
final class Candidate {
    final FourMomentum momentum;
    final int charge;

    /** Species: the generator PDG id for tracks, 22 for ECAL and 130 for HCAL towers. */
    final int pdgId;

    /** Index of the generator particle for hard-scatter tracks, −1 otherwise. */
    final int genIndex;

    final boolean pileup;
    final boolean track;
    final double d0Mm;
    final double z0Mm;
    final double sigmaD0Mm;
    final double sigmaZ0Mm;

    /** Whether the lepton identification efficiency was passed (electron and muon tracks). */
    boolean identified;

    Candidate(
            FourMomentum momentum,
            int charge,
            int pdgId,
            int genIndex,
            boolean pileup,
            boolean track,
            double d0Mm,
            double z0Mm,
            double sigmaD0Mm,
            double sigmaZ0Mm) {
        this.momentum = momentum;
        this.charge = charge;
        this.pdgId = pdgId;
        this.genIndex = genIndex;
        this.pileup = pileup;
        this.track = track;
        this.d0Mm = d0Mm;
        this.z0Mm = z0Mm;
        this.sigmaD0Mm = sigmaD0Mm;
        this.sigmaZ0Mm = sigmaZ0Mm;
    }

    static Candidate tower(FourMomentum p, int species) {
        return new Candidate(p, 0, species, -1, false, false, 0, 0, 0, 0);
    }
}
