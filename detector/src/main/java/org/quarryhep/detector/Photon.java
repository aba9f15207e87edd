package org.quarryhep.detector;

import org.quarryhep.core.FourMomentum;

/**
 * A reconstructed, identified and isolated photon.
 *
 * @param momentum the measured four-momentum (GeV)
 * @param isolation the relative isolation (cone pT sum over pT)
 */
public record Photon(FourMomentum momentum, double isolation) {}
