package org.quarryhep.detector;

import org.quarryhep.core.FourMomentum;

/**
 * A reconstructed jet after the energy-scale correction.
 *
 * @param momentum the four-momentum (GeV)
 * @param bTagged whether the jet passed the b tag
 * @param tauTagged whether the jet passed the hadronic τ tag
 * @param flavour the generator flavour used by the taggers: 5 (b), 4 (c), 15 (τ), 0 (light)
 * @param constituents the number of particle-flow candidates in the jet (1 for parton-level jets)
 */
public record RecoJet(
        FourMomentum momentum, boolean bTagged, boolean tauTagged, int flavour, int constituents) {}
