package org.quarryhep.detector;

import org.quarryhep.core.FourMomentum;

/**
 * A hadronic τ candidate: a jet that passed the τ tag.
 *
 * @param momentum the jet four-momentum (GeV)
 * @param charge the sum of the charges of the jet's tracks
 * @param prongs the number of tracks in the jet
 */
public record TauJet(FourMomentum momentum, int charge, int prongs) {}
