package org.quarryhep.detector;

/**
 * A reconstructed displaced vertex.
 *
 * @param xMm measured x position, mm
 * @param yMm measured y position, mm
 * @param zMm measured z position, mm
 * @param dxyMm transverse displacement Δ2D from the primary vertex, mm
 * @param tracks the number of tracks attached
 * @param mass the invariant mass of the tracks, each taken as a charged pion, GeV
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
        double mass,
        int leptonPdgId,
        double leptonPt) {}
