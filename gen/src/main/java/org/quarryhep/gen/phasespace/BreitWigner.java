package org.quarryhep.gen.phasespace;

/**
 * The Breit–Wigner mapping of an invariant mass: m² = M² + MΓ tan φ with φ uniform between the
 * limits set by [m²_min, m²_max], so that the sampled density follows 1/((m² − M²)² + M²Γ²)
 * (physics-formulas.md §13.1).
 *
 * @param mass the pole mass M, GeV
 * @param width the width Γ, GeV
 * @param m2Min the lowest m², GeV²
 * @param m2Max the highest m², GeV²
 */
public record BreitWigner(double mass, double width, double m2Min, double m2Max) {
    /** Validates the range. */
    public BreitWigner {
        if (!(mass > 0) || !(width > 0) || !(m2Max > m2Min) || m2Min < 0) {
            throw new IllegalArgumentException(
                    "Breit-Wigner needs M, Gamma > 0 and 0 <= m2Min < m2Max; got M="
                            + mass
                            + ", Gamma="
                            + width
                            + ", ["
                            + m2Min
                            + ", "
                            + m2Max
                            + "]");
        }
    }

    private double phiMin() {
        return Math.atan((m2Min - mass * mass) / (mass * width));
    }

    private double phiMax() {
        return Math.atan((m2Max - mass * mass) / (mass * width));
    }

    /** m² for a uniform u ∈ [0, 1). */
    public double m2(double u) {
        double phi = phiMin() + u * (phiMax() - phiMin());
        return mass * mass + mass * width * Math.tan(phi);
    }

    /** The Jacobian dm²/du at m². */
    public double jacobian(double m2) {
        double d = m2 - mass * mass;
        return (phiMax() - phiMin()) * (d * d + mass * mass * width * width) / (mass * width);
    }
}
