package org.quarryhep.shower.parton;

/**
 * First-emission matrix-element corrections: the ratio of the exact 2 → 3 matrix element to the sum
 * of the shower's densities from both dipole ends at the same phase-space point, by which the first
 * trial emission is accepted. Covered: a colour-singlet decay to a light quark pair (γ*, Z, W, H →
 * qq̄, e⁺e⁻ → qq̄), and to a massive c c̄ or b b̄ pair from γ* (e⁺e⁻), Z or W (the exact massive
 * matrix element of {@link HeavyQuarkPairMatrixElement} over the massive dipole densities), with
 * (1/σ₀) dσ/dx₁dx₂ = α_s/2π C_F (x₁² + x₂²)/((1−x₁)(1−x₂)) (Ellis, Stirling, Webber, "QCD and
 * collider physics", eq. 3.13); and the first initial-state emission of q q̄ → colour singlet of
 * mass m (Z/γ*, W, and pairs such as WW or smuons, for which the vector-boson form is the
 * approximation Pythia also makes), for both backward channels: q q̄ → V g and q g → V q (Miu and
 * Sjöstrand, hep-ph/9812455, eqs. 12–13); and of g g → scalar (H, S; heavy-top limit), g g → H g
 * and q g → H q.
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
        if (i.id != -k.id || Math.abs(i.id) > 5) {
            return Double.NaN;
        }
        for (Parton p : sys.partons) {
            if (p != i && p != k && p.coloured()) {
                return Double.NaN;
            }
        }
        if (i.mass > LIGHT || k.mass > LIGHT) {
            double[] couplings = currentCouplings(sys, Math.abs(i.id));
            if (couplings == null) {
                return Double.NaN;
            }
            return Math.min(
                    1, heavyRatio(out[0], out[2], out[1], i.mass, couplings[0], couplings[1]));
        }
        double[] total = Vectors.add(Vectors.add(out[0], out[1]), out[2]);
        double s = Vectors.m2(total);
        double xi = 2 * Vectors.dot(out[0], total) / s;
        double xk = 2 * Vectors.dot(out[2], total) / s;
        return ratio(xi, xk);
    }

    /** The effective weak mixing angle of the Z couplings, sin²θ_eff ≈ 0.2315 (PDG). */
    private static final double SIN2W = 0.2315;

    /**
     * {v², a²} of the current that makes the pair: a Z (its couplings to the quark), a W (V − A), a
     * photon or no resonance (the continuum e⁺e⁻ → γ* → Q Q̄: vector); null for other sources (a
     * scalar's current is neither).
     */
    static double[] currentCouplings(ShowerSystem sys, int quark) {
        int source = sys.resonance == null ? 22 : Math.abs(sys.resonance.id);
        double t3 = quark % 2 == 0 ? 0.5 : -0.5;
        double charge = quark % 2 == 0 ? 2.0 / 3.0 : -1.0 / 3.0;
        return switch (source) {
            case 22 -> new double[] {1, 0};
            case 23 -> new double[] {Math.pow(t3 - 2 * charge * SIN2W, 2), t3 * t3};
            case 24 -> new double[] {1, 1};
            default -> null;
        };
    }

    /**
     * Matrix element over shower density for a massive pair Q (pq) Q̄ (pqb) + g: the exact V → Q Q̄
     * g ({@link HeavyQuarkPairMatrixElement}) over the sum of the two dipole ends' densities in x₁,
     * x₂ (see {@link #heavyEndDensity}).
     */
    static double heavyRatio(
            double[] pq, double[] pqb, double[] g, double m, double v2, double a2) {
        double[] total = Vectors.add(Vectors.add(pq, pqb), g);
        double me = HeavyQuarkPairMatrixElement.ratioToBorn(pq, pqb, g, m, v2, a2);
        return me / (heavyEndDensity(pq, pqb, g, m, total) + heavyEndDensity(pqb, pq, g, m, total));
    }

    /**
     * The shower's density in x₁, x₂ (per α_s/2π) of the end radiating the gluon from r with
     * recoiler c, both of mass m: the final-state trial density dQ²/Q² dz (1 − y) V(z, y) with Q² =
     * s(1 − x_c), y = Q²/(s − 2m²), z the light-cone fraction of r along the r + g direction in the
     * rest frame, V = C_F(2/(1 − z(1 − y)) − (1 + z) − 2m²/Q²), and the Jacobian dQ² dz = s dx_r
     * dx_c /√(x_c² − 4m²/s) (at fixed x_c the pair's momentum is fixed, and z is linear in E_r with
     * slope 1/|p_pair|). For m = 0 it is V/(1 − x_c), the massless form above.
     */
    static double heavyEndDensity(double[] pr, double[] pc, double[] g, double m, double[] total) {
        double s = Vectors.m2(total);
        double[] r = Vectors.toRest(pr, total);
        double[] c = Vectors.toRest(pc, total);
        double[] k = Vectors.toRest(g, total);
        double xc = 2 * c[3] / Math.sqrt(s);
        double q2 = s * (1 - xc);
        double y = q2 / (s - 2 * m * m);
        double[] pair = Vectors.add(r, k);
        double pp = Math.sqrt(pair[0] * pair[0] + pair[1] * pair[1] + pair[2] * pair[2]);
        double along = (r[0] * pair[0] + r[1] * pair[1] + r[2] * pair[2]) / pp;
        double z = (r[3] + along) / (pair[3] + pp);
        double v = CF * (2 / (1 - z * (1 - y)) - (1 + z) - 2 * m * m / q2);
        return (1 - y) * v / ((1 - xc) * Math.sqrt(xc * xc - 4 * m * m / s));
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

    /**
     * The correction of a first initial-state emission in q q̄ → colour singlet: the exact 2 → 3
     * matrix element over the shower's density for the same point (the sum of the two
     * Catani–Seymour initial–initial dipoles for q q̄ → V g; the one g → q q̄ dipole for q g → V
     * q). With ŝ = (a′ + b)², c = (a′ − j)² (a′ the new incoming parton, j the emission; the
     * collinear invariant) and o = (b − j)²: (c² + o² + 2m²ŝ)/(ŝ² + m⁴) for q q̄ → V g, and (ŝ² +
     * c² + 2m²o)/((ŝ − m²)² + m⁴) for q g → V q. The first is ≤ 1 everywhere; the second exceeds 1
     * only where j is collinear with b, a region no dipole covers, and is capped at 1 there (a
     * small underestimate of q g → V q at wide angles).
     *
     * @param gluonEmitted true for q ← q (q q̄ → V g), false for q ← g (q g → V q)
     * @param bornS m², the colour singlet's invariant mass squared
     * @param newA a′
     * @param b the other incoming parton
     * @param j the emitted parton
     * @return the acceptance factor in [0, 1]
     */
    static double quarkPairToSinglet(
            boolean gluonEmitted, double bornS, double[] newA, double[] b, double[] j) {
        double s = 2 * Vectors.dot(newA, b);
        double c = -2 * Vectors.dot(newA, j);
        double o = -2 * Vectors.dot(b, j);
        double m2 = bornS;
        double r =
                gluonEmitted
                        ? (c * c + o * o + 2 * m2 * s) / (s * s + m2 * m2)
                        : (s * s + c * c + 2 * m2 * o) / ((s - m2) * (s - m2) + m2 * m2);
        return Math.min(1, Math.max(0, r));
    }

    /**
     * The correction of a first initial-state emission in g g → colour-singlet scalar of mass m
     * (heavy-top effective coupling): Σ|M|²(g g → H g) ∝ (m⁸ + ŝ⁴ + c⁴ + o⁴)/(ŝ c o) against the
     * two g → g g dipoles with P_gg(x) = 2C_A[x/(1−x) + (1−x)/x + x(1−x)], x = m²/ŝ, which sum to ∝
     * 2(m⁴ŝ² + ŝ²(ŝ − m²)² + m⁴(ŝ − m²)²)/(m⁴ ŝ c o): the ratio (m⁸ + ŝ⁴ + c⁴ + o⁴)/(2(m⁴ŝ² + ŝ²(ŝ
     * − m²)² + m⁴(ŝ − m²)²)) is 1 where c or o vanishes and below 1 between. For q g → H q
     * (backward g ← q), Σ|M|² ∝ −(ŝ² + o²)/c against the one q → g dipole with P_gq(x) = C_F(1 + (1
     * − x)²)/x: the ratio (ŝ² + o²)/(ŝ² + (ŝ − m²)²) ≤ 1. Invariants as in {@link
     * #quarkPairToSinglet}.
     *
     * @param gluonEmitted true for g ← g (g g → H g), false for g ← q (q g → H q)
     * @param bornS m²
     * @param newA a′
     * @param b the other incoming parton
     * @param j the emitted parton
     * @return the acceptance factor in [0, 1]
     */
    static double gluonPairToScalar(
            boolean gluonEmitted, double bornS, double[] newA, double[] b, double[] j) {
        double s = 2 * Vectors.dot(newA, b);
        double c = -2 * Vectors.dot(newA, j);
        double o = -2 * Vectors.dot(b, j);
        double m2 = bornS;
        double d = s - m2;
        double r =
                gluonEmitted
                        ? (m2 * m2 * m2 * m2 + s * s * s * s + c * c * c * c + o * o * o * o)
                                / (2 * (m2 * m2 * s * s + s * s * d * d + m2 * m2 * d * d))
                        : (s * s + o * o) / (s * s + d * d);
        return Math.min(1, Math.max(0, r));
    }
}
