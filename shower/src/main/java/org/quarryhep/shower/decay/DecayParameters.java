package org.quarryhep.shower.decay;

/**
 * Settings of the hadron and τ decays (filled from the tune file).
 *
 * @param displacedAboveCtauMm particles whose mean proper decay length c·τ exceeds this (mm) decay
 *     at a displaced vertex drawn from their exponential decay-length distribution; shorter-lived
 *     ones decay at their production point. Default 0.001 mm (1 µm).
 * @param stableAboveCtauMm particles with c·τ above this (mm) are left undecayed, for a detector
 *     that decays them itself; default +∞ (everything in the table but π±, K±, K_L⁰, μ, p, n
 *     decays)
 * @param decayTaus whether τ leptons decay; default true
 */
public record DecayParameters(
        double displacedAboveCtauMm, double stableAboveCtauMm, boolean decayTaus) {

    /** The defaults: 1 µm, +∞, τ decayed. */
    public static final DecayParameters DEFAULTS =
            new DecayParameters(1e-3, Double.POSITIVE_INFINITY, true);

    /** Validates the settings. */
    public DecayParameters {
        if (!(displacedAboveCtauMm >= 0)) {
            throw new IllegalArgumentException(
                    "displacedAboveCtauMm must be >= 0, got " + displacedAboveCtauMm);
        }
        if (!(stableAboveCtauMm > 0)) {
            throw new IllegalArgumentException(
                    "stableAboveCtauMm must be > 0, got " + stableAboveCtauMm);
        }
    }
}
