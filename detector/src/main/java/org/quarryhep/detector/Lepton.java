package org.quarryhep.detector;

import org.quarryhep.core.FourMomentum;

/**
 * A reconstructed, identified and isolated electron or muon.
 *
 * @param momentum the measured four-momentum (GeV)
 * @param charge the electric charge, ±1
 * @param isolation the relative isolation (cone pT sum over pT)
 * @param d0Mm the measured transverse impact parameter with respect to the beam line, mm
 * @param z0Mm the measured longitudinal impact parameter with respect to the primary vertex, mm
 */
public record Lepton(
        FourMomentum momentum, int charge, double isolation, double d0Mm, double z0Mm) {}
