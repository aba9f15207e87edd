package org.quarryhep.gen.amplitude;

/**
 * The right-handed smuon μ̃_R of {@code gen}'s smuon-pair process ({@code SmuonPairProcess}) as a
 * state of the amplitude model: a charged SU(2)-singlet scalar, PDG id 2000013 ({@code mur-}) and
 * its antiparticle −2000013 ({@code mur+}), coupled to γ and Z through its hypercharge (scalar
 * electrodynamics: the vertices V φ φ* and V V′ φ φ*). Off unless a model switches it on with
 * {@link AmplitudeModel#withSmuon}; its decay to a muon and a neutralino is not part of the model.
 *
 * @param mass m_μ̃, GeV (0: no smuon)
 * @param width Γ_μ̃ in its s-channel propagators, GeV
 */
public record RightSmuon(double mass, double width) {
    /** No smuon. */
    public static final RightSmuon NONE = new RightSmuon(0, 0);

    /** PDG id of μ̃_R⁻. */
    public static final int PDG = 2000013;

    /** Checks the values. */
    public RightSmuon {
        if (!(mass >= 0) || !(width >= 0)) {
            throw new IllegalArgumentException(
                    "smuon: need mass >= 0 and width >= 0; found mass="
                            + mass
                            + ", width="
                            + width);
        }
    }

    /** Whether the smuon is in the model. */
    public boolean active() {
        return mass > 0;
    }
}
