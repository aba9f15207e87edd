package org.quarryhep.gen.process;

/**
 * The top-loop form factors of g g → S (CP-even) and g g → A (CP-odd) (Spira, Djouadi, Graudenz,
 * Zerwas, hep-ph/9504378; physics-formulas.md §7), τ = m²/(4m_t²): f(τ) = arcsin²√τ for τ ≤ 1,
 * −¼[ln((1+b)/(1−b)) − iπ]² with b = √(1 − 1/τ) above; A_H = 2[τ + (τ−1)f]/τ², A_A = 2f/τ.
 */
public final class TopLoop {
    private TopLoop() {}

    /** f(τ) as {Re, Im}. */
    public static double[] f(double tau) {
        if (tau <= 1) {
            double a = Math.asin(Math.sqrt(tau));
            return new double[] {a * a, 0};
        }
        double b = Math.sqrt(1 - 1 / tau);
        double y = Math.log((1 + b) / (1 - b));
        return new double[] {-(y * y - Math.PI * Math.PI) / 4, Math.PI * y / 2};
    }

    /** A_H(τ) as {Re, Im} (heavy-top limit 4/3). */
    public static double[] scalar(double tau) {
        double[] f = f(tau);
        return new double[] {
            2 * (tau + (tau - 1) * f[0]) / (tau * tau), 2 * (tau - 1) * f[1] / (tau * tau)
        };
    }

    /** A_A(τ) as {Re, Im} (heavy-top limit 2). */
    public static double[] pseudoscalar(double tau) {
        double[] f = f(tau);
        return new double[] {2 * f[0] / tau, 2 * f[1] / tau};
    }

    /**
     * Γ(S → g g) = G_F α_s² m³/(36√2π³) |¾ κ A(τ)|².
     *
     * @param m the (off-shell) mass, GeV
     * @param mt the top mass
     * @param kappa the top-Yukawa modifier
     * @param alphaS α_s
     * @param gF G_F
     * @param cpOdd true for the pseudoscalar
     * @return the width, GeV
     */
    public static double widthToGluons(
            double m, double mt, double kappa, double alphaS, double gF, boolean cpOdd) {
        double tau = m * m / (4 * mt * mt);
        double[] a = cpOdd ? pseudoscalar(tau) : scalar(tau);
        double a2 = 0.5625 * kappa * kappa * (a[0] * a[0] + a[1] * a[1]);
        return gF * alphaS * alphaS * m * m * m / (36 * Math.sqrt(2) * Math.pow(Math.PI, 3)) * a2;
    }

    /** Γ(S → t t̄) = 3 G_F m_t² m κ² β^p/(4√2π), p = 3 (CP-even) or 1 (CP-odd); 0 below 2m_t. */
    public static double widthToTops(double m, double mt, double kappa, double gF, boolean cpOdd) {
        if (m <= 2 * mt) {
            return 0;
        }
        double beta = Math.sqrt(1 - 4 * mt * mt / (m * m));
        return 3
                * gF
                * mt
                * mt
                * m
                * kappa
                * kappa
                * Math.pow(beta, cpOdd ? 1 : 3)
                / (4 * Math.sqrt(2) * Math.PI);
    }
}
