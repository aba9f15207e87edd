package org.quarryhep.shower.decay;

/** How the momenta of a decay channel's products are distributed. */
public enum DecayModel {
    /** Isotropic, flat n-body phase space (no matrix element known or needed). */
    PHASE_SPACE,
    /**
     * τ → ℓ ν ν with the V−A matrix element and the τ spin: |M|² ∝ ((p_τ ∓ m_τ s)·p_ν)(p_ℓ·p_ν′),
     * products in the order lepton, lepton-flavour neutrino, tau neutrino.
     */
    TAU_LEPTONIC,
    /**
     * τ → ν_τ X with one hadronic system X (π, K, ρ, K*, a1) of mass m: its direction in the τ rest
     * frame follows 1 ± P α cos θ, α = 1 for spin 0 and (m_τ² − 2m²)/(m_τ² + 2m²) for spin 1;
     * products in the order neutrino, X.
     */
    TAU_TWO_BODY,
    /**
     * ω/φ → π⁺π⁻π⁰: flat phase space weighted with |p⃗₊ × p⃗₋|², the P-wave matrix element of a
     * vector decaying to three pseudoscalars.
     */
    VECTOR_TO_THREE_PIONS,
    /**
     * Weak decay to quarks (c → s W, b → c W) whose products are colour-singlet quark pairs
     * (products 0-1, 2-3, …) hadronised by the string model.
     */
    PARTONIC
}
