package org.quarryhep.detector;

import org.quarryhep.core.FourMomentum;

/**
 * A reconstructed displaced vertex.
 *
 * <p>Its four-momentum is the sum of its tracks' four-momenta, each track taken as a charged pion
 * (m = 139.57 MeV): a tracker measures momentum, not species, and charged pions are most of the
 * charged tracks of hadronic decays; CMS's inclusive vertex finder and ATLAS's displaced-vertex
 * searches quote vertex masses under the same hypothesis. For the p_T of the tracks kept (≥ 1 GeV)
 * the choice changes the mass by far less than the track resolution does.
 *
 * @param xMm measured x position, mm
 * @param yMm measured y position, mm
 * @param zMm measured z position, mm
 * @param dxyMm transverse displacement Δ2D from the primary vertex, mm
 * @param tracks the number of tracks attached
 * @param momentum the sum of the tracks' four-momenta, each track taken as a charged pion, GeV
 * @param leptonPdgId the signed PDG id of the highest-pT identified electron or muon among the
 *     tracks, 0 when there is none
 * @param leptonPt that lepton's pT, GeV (0 when there is none)
 */
public record SecondaryVertex(
        double xMm,
        double yMm,
        double zMm,
        double dxyMm,
        int tracks,
        FourMomentum momentum,
        int leptonPdgId,
        double leptonPt) {

    /** The vertex mass m_SV: the invariant mass of {@link #momentum()}, GeV. */
    public double mass() {
        return momentum.mass();
    }
}
