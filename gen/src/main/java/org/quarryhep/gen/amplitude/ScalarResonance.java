package org.quarryhep.gen.amplitude;

/**
 * The top-philic (pseudo)scalar of {@code gen}'s g g → S → t t̄ process ({@code
 * TopPairResonanceProcess}) as a state of the amplitude model: PDG id 35 ({@code hs}, CP-even) or
 * 36 ({@code ha}, CP-odd), coupled to the top by the Yukawa κ m_t/v (−i κ m_t/v, or κ m_t/v γ⁵ for
 * the CP-odd state) and to gluon pairs by the top loop's exact form factor at the scalar's
 * virtuality. Off (κ = 0) unless a model switches it on with {@link AmplitudeModel#withScalar}.
 *
 * @param mass m_S, GeV
 * @param width Γ_S in its s-channel propagator, GeV
 * @param kappa the top-Yukawa modifier κ (0: no scalar)
 * @param cpOdd true for the pseudoscalar
 */
public record ScalarResonance(double mass, double width, double kappa, boolean cpOdd) {
    /** No scalar. */
    public static final ScalarResonance NONE = new ScalarResonance(0, 0, 0, false);

    /** Checks the values. */
    public ScalarResonance {
        if (!(mass >= 0) || !(width >= 0) || !Double.isFinite(kappa)) {
            throw new IllegalArgumentException(
                    "scalar: need mass >= 0, width >= 0 and a finite kappa; found mass="
                            + mass
                            + ", width="
                            + width
                            + ", kappa="
                            + kappa);
        }
    }

    /** Whether the scalar couples at all. */
    public boolean active() {
        return kappa != 0;
    }

    /** Its PDG id: 35 (CP-even) or 36 (CP-odd). */
    public int pdg() {
        return cpOdd ? 36 : 35;
    }
}
