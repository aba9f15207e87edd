package org.quarryhep.shower.parton;

/**
 * Exact kinematics of one initial–initial backward branching (Catani–Seymour, hep-ph/9605323,
 * §5.5): the incoming parton a is replaced by a′ = a/x, the emitted parton j takes j = (1−x−v)/x a
 * + v b + k⊥ with |k⊥|² = v(1−x−v)ŝ/x, the other incoming parton b is untouched, and every
 * final-state particle is moved by the Lorentz transformation that maps K̃ = a + b onto K = a′ + b
 * − j.
 */
final class InitialStateBranching {
    final double[] newA;
    final double[] emitted;
    private final double[] kt;
    private final double[] ktil;
    private final double kt2sum;

    private InitialStateBranching(double[] newA, double[] emitted, double[] k, double[] ktil) {
        this.newA = newA;
        this.emitted = emitted;
        this.kt = Vectors.add(k, ktil);
        this.ktil = ktil;
        this.kt2sum = Vectors.m2(kt);
        this.kNew = k;
    }

    private final double[] kNew;

    /**
     * The branching, or {@code null} outside phase space.
     *
     * @param pa the incoming parton that branches (along the beam)
     * @param pb the other incoming parton
     * @param x momentum fraction a/a′
     * @param v the CS variable v ∈ (0, 1−x)
     * @param phi azimuth of j
     */
    static InitialStateBranching branch(double[] pa, double[] pb, double x, double v, double phi) {
        if (!(x > 0 && x < 1 && v > 0 && v < 1 - x)) {
            return null;
        }
        double s = 2 * Vectors.dot(pa, pb);
        double kt = Math.sqrt(v * (1 - x - v) * s / x);
        double la = Math.sqrt(pa[0] * pa[0] + pa[1] * pa[1] + pa[2] * pa[2]);
        double[] n = {pa[0] / la, pa[1] / la, pa[2] / la};
        double[][] e = Vectors.perpendicular(n);
        double c = kt * Math.cos(phi);
        double sn = kt * Math.sin(phi);
        double[] kperp = {
            c * e[0][0] + sn * e[1][0], c * e[0][1] + sn * e[1][1], c * e[0][2] + sn * e[1][2], 0
        };
        double[] newA = Vectors.scale(pa, 1 / x);
        double[] j =
                Vectors.add(
                        Vectors.add(Vectors.scale(pa, (1 - x - v) / x), Vectors.scale(pb, v)),
                        kperp);
        double[] ktilde = Vectors.add(pa, pb);
        double[] k = Vectors.sub(Vectors.add(newA, pb), j);
        return new InitialStateBranching(newA, j, k, ktilde);
    }

    /** A final-state momentum after the recoil transformation (K̃ → K). */
    double[] transform(double[] p) {
        double a = 2 * Vectors.dot(p, kt) / kt2sum;
        double b = 2 * Vectors.dot(p, ktil) / Vectors.m2(ktil);
        return new double[] {
            p[0] - a * kt[0] + b * kNew[0],
            p[1] - a * kt[1] + b * kNew[1],
            p[2] - a * kt[2] + b * kNew[2],
            p[3] - a * kt[3] + b * kNew[3]
        };
    }
}
