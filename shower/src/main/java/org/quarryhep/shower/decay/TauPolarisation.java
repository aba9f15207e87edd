package org.quarryhep.shower.decay;

import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;

/**
 * The longitudinal polarisation (helicity) of a τ: from the LHE SPINUP when the file gives it,
 * otherwise from the vertex that made the τ.
 *
 * <p>Producing vertices: W± → τν gives left-handed τ⁻ and right-handed τ⁺ (P = ∓1, V−A); H± → τν
 * the opposite (P = ±1, scalar coupling with a left-handed neutrino); Z → ττ gives P(τ⁻) = −A_τ =
 * −0.1439 and P(τ⁺) = +0.1439 (A_τ = 0.1439 ± 0.0043, PDG 2024 Z listing, averaged over the τ
 * direction). Anything else (γ*, neutral scalars, whose τ pairs are spin-correlated but singly
 * unpolarised) gives 0.
 */
public final class TauPolarisation {
    /** A_τ at the Z pole (PDG 2024). */
    public static final double Z_TAU_ASYMMETRY = 0.1439;

    private TauPolarisation() {}

    /** The helicity polarisation P ∈ [−1, 1] of the τ at {@code index} in the event. */
    public static double of(Event event, int index) {
        Particle tau = event.particle(index);
        if (Math.abs(tau.spin()) <= 1) {
            return tau.spin();
        }
        int sign = tau.pdgId() > 0 ? 1 : -1;
        Particle p = tau;
        // Walk up through copies of the same τ (recoil copies made by the shower).
        for (int guard = 0; guard < 100 && p.mothers().length > 0; guard++) {
            Particle mother = event.particle(p.mothers()[0]);
            if (mother.pdgId() == tau.pdgId()) {
                if (Math.abs(mother.spin()) <= 1) {
                    return mother.spin();
                }
                p = mother;
                continue;
            }
            return switch (Math.abs(mother.pdgId())) {
                case 24 -> -sign;
                case 37 -> sign;
                case 23 -> -sign * Z_TAU_ASYMMETRY;
                default -> 0;
            };
        }
        return 0;
    }
}
