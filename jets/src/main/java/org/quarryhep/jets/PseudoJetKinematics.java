package org.quarryhep.jets;

/**
 * Rapidity and azimuth exactly as the clustering uses them, in FastJet's conventions (FastJet
 * manual, arXiv:1111.6097, section 3.1), so that distances and therefore near-ties resolve as
 * FastJet resolves them.
 *
 * <ul>
 *   <li>φ ∈ [0, 2π), 0 when pT = 0 (core's {@code FourMomentum.phi()} is in [−π, π)).
 *   <li>y = ½ ln((pT² + max(m², 0))/(E + |pz|)²) with the sign of pz flipped in, where m² = (E +
 *       pz)(E − pz) − pT²; a particle with pT = 0 and E = |pz| gets ±(10⁵ + |pz|).
 * </ul>
 */
final class PseudoJetKinematics {
    private PseudoJetKinematics() {}

    static final double TWO_PI = 2 * Math.PI;

    /** FastJet's MaxRap, the rapidity magnitude given to massless particles along the beam. */
    static final double MAX_RAP = 1e5;

    /** Azimuth in [0, 2π). */
    static double phi(double px, double py) {
        double phi = (px == 0 && py == 0) ? 0.0 : Math.atan2(py, px);
        if (phi < 0) {
            phi += TWO_PI;
        }
        if (phi >= TWO_PI) {
            phi -= TWO_PI;
        }
        return phi;
    }

    /** Rapidity with FastJet's treatment of beam-collinear massless particles. */
    static double rapidity(double px, double py, double pz, double e) {
        double kt2 = px * px + py * py;
        if (e == Math.abs(pz) && kt2 == 0) {
            double maxRapHere = MAX_RAP + Math.abs(pz);
            return pz >= 0 ? maxRapHere : -maxRapHere;
        }
        double m2 = (e + pz) * (e - pz) - kt2;
        double effectiveM2 = Math.max(0.0, m2);
        double ePlusPz = e + Math.abs(pz);
        double rap = 0.5 * Math.log((kt2 + effectiveM2) / (ePlusPz * ePlusPz));
        return pz > 0 ? -rap : rap;
    }

    /** ΔR² in the (y, φ) plane with φ in [0, 2π): |Δφ| folded to at most π. */
    static double distance2(double rap1, double phi1, double rap2, double phi2) {
        double dphi = Math.abs(phi1 - phi2);
        if (dphi > Math.PI) {
            dphi = TWO_PI - dphi;
        }
        double drap = rap1 - rap2;
        return dphi * dphi + drap * drap;
    }

    /**
     * The momentum factor pT^{2p} of the distance measure; for anti-kt a vanishing pT gets 10³⁰⁰
     * instead of infinity (FastJet's guard), so zero-pT particles stay comparable.
     */
    static double momentumScale(JetAlgorithm algorithm, double kt2) {
        switch (algorithm) {
            case KT:
                return kt2;
            case CAMBRIDGE_AACHEN:
                return 1.0;
            case ANTI_KT:
                return kt2 > 1e-300 ? 1.0 / kt2 : 1e300;
            default:
                throw new IllegalStateException("unhandled algorithm " + algorithm);
        }
    }
}
