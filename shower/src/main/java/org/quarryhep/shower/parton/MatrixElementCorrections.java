package org.quarryhep.shower.parton;

/**
 * First-emission matrix-element corrections: the ratio of the exact 2 → 3 matrix element to the sum
 * of the shower's densities from both dipole ends at the same phase-space point, by which the first
 * trial emission is accepted. Covered: a colour-singlet decay to a light quark pair (γ*, Z, W, H →
 * qq̄, e⁺e⁻ → qq̄), with (1/σ₀) dσ/dx₁dx₂ = α_s/2π C_F (x₁² + x₂²)/((1−x₁)(1−x₂)) (Ellis, Stirling,
 * Webber, "QCD and collider physics", eq. 3.13).
 */
final class MatrixElementCorrections {
    private static final double CF = 4.0 / 3.0;
    private static final double LIGHT = 1.0;

    private MatrixElementCorrections() {}

    /**
     * The correction factor for the first emission of a system that is a light qq̄ pair
     * colour-connected to each other, or NaN when the system is not one.
     *
     * @param sys the system
     * @param i the radiator
     * @param k its recoiler
     * @param out the new momenta {i′, g, k′}
     */
    static double decayToQuarkPair(ShowerSystem sys, Parton i, Parton k, double[][] out) {
        if (k.incoming || k == sys.resonance || i.isGluon() || k.isGluon()) {
            return Double.NaN;
        }
        if (i.mass > LIGHT || k.mass > LIGHT || i.id != -k.id || Math.abs(i.id) > 5) {
            return Double.NaN;
        }
        for (Parton p : sys.partons) {
            if (p != i && p != k && p.coloured()) {
                return Double.NaN;
            }
        }
        double[] total = Vectors.add(Vectors.add(out[0], out[1]), out[2]);
        double s = Vectors.m2(total);
        double xi = 2 * Vectors.dot(out[0], total) / s;
        double xk = 2 * Vectors.dot(out[2], total) / s;
        return ratio(xi, xk);
    }

    /**
     * ME / (density of end 1 + density of end 2) at energy fractions x₁, x₂ of the quark and
     * antiquark; the density of the end radiating from parton r with recoiler c is V(z, y)/y with y
     * = 1 − x_c, z = (1 − x_g)/x_c, V = C_F(2/x_g − 1 − z).
     */
    static double ratio(double x1, double x2) {
        double xg = 2 - x1 - x2;
        double me = CF * (x1 * x1 + x2 * x2) / ((1 - x1) * (1 - x2));
        return me / (endDensity(x2, xg) + endDensity(x1, xg));
    }

    private static double endDensity(double xRecoiler, double xg) {
        double z = (1 - xg) / xRecoiler;
        return CF * (2 / xg - 1 - z) / (1 - xRecoiler);
    }
}
