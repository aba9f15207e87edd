package org.quarryhep.gen.amplitude;

/**
 * The bino-like lightest neutralino χ̃⁰₁ of {@code gen}'s smuon process ({@code SmuonPairProcess}:
 * μ̃_R → μ χ̃⁰₁) as a state of the amplitude model: a Majorana fermion, PDG id 1000022, named
 * {@code neu1} (MadGraph's MSSM calls it {@code n1}, which here is the heavy neutrino of {@link
 * HeavyNeutrinoSector}), coupled to the right-handed smuon and the muon by the gaugino–sfermion–
 * fermion term of a pure bino, √2 g′|Y(μ_R)| = √2 g′ (physics-formulas.md §10); no Z coupling (a
 * pure bino has none). Stable (no width). Off unless a model switches it on with {@link
 * AmplitudeModel#withNeutralino}; its vertices need the smuon ({@link RightSmuon}) on as well.
 *
 * @param mass m_χ, GeV (0 allowed: a massless bino)
 * @param present whether the neutralino is in the model
 */
public record Neutralino(double mass, boolean present) {
    /** No neutralino. */
    public static final Neutralino NONE = new Neutralino(0, false);

    /** PDG id of χ̃⁰₁. */
    public static final int PDG = 1000022;

    /** Checks the mass. */
    public Neutralino {
        if (!(mass >= 0) || !Double.isFinite(mass)) {
            throw new IllegalArgumentException(
                    "neutralino: need a finite mass >= 0, found " + mass);
        }
    }

    /** A bino of this mass. */
    public static Neutralino bino(double mass) {
        return new Neutralino(mass, true);
    }
}
