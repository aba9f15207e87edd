package org.quarryhep.gen.pdf;

/**
 * α_s run from α_s(M_Z) with the QCD β function at one to three loops, n_f changing (continuously)
 * at the quark-mass thresholds. One loop is solved in closed form; more loops are integrated with
 * fourth-order Runge–Kutta in ln Q². β coefficients: β₀ = 11 − 2n_f/3, β₁ = 102 − 38n_f/3, β₂ =
 * 2857/2 − 5033n_f/18 + 325n_f²/54 (PDG QCD review), with dα/d ln Q² = −α²(β₀/4π + β₁α/(4π)² +
 * β₂α²/(4π)³).
 */
public final class RunningAlphaS implements AlphaS {
    private static final int STEPS_PER_UNIT = 40;

    private final double alphaMz;
    private final double mz;
    private final int loops;
    private final double[] thresholds;
    private final int maxFlavours;

    /**
     * Creates the running coupling.
     *
     * @param alphaMz α_s(M_Z)
     * @param mz M_Z, GeV
     * @param loops 1, 2 or 3
     * @param thresholds charm, bottom and top masses, GeV
     * @param maxFlavours the largest n_f (5 or 6)
     * @throws IllegalArgumentException for other loop orders or non-positive inputs
     */
    public RunningAlphaS(
            double alphaMz, double mz, int loops, double[] thresholds, int maxFlavours) {
        if (loops < 1 || loops > 3 || !(alphaMz > 0) || !(mz > 0)) {
            throw new IllegalArgumentException(
                    "need 1-3 loops and positive alpha_s(MZ), MZ; got loops="
                            + loops
                            + ", alphaMz="
                            + alphaMz
                            + ", mz="
                            + mz);
        }
        this.alphaMz = alphaMz;
        this.mz = mz;
        this.loops = loops;
        this.thresholds = thresholds.clone();
        this.maxFlavours = maxFlavours;
    }

    private int flavoursAt(double q) {
        int nf = 3;
        for (double m : thresholds) {
            if (q >= m) {
                nf++;
            }
        }
        return Math.min(nf, maxFlavours);
    }

    @Override
    public double alphaS(double q) {
        double a = alphaMz;
        double from = mz;
        if (q > mz) {
            for (double m : thresholds) {
                if (m > from && m < q && flavoursAt(from) < maxFlavours) {
                    a = run(a, from, m, flavoursAt(from));
                    from = m;
                }
            }
            return run(a, from, q, flavoursAt(from));
        }
        for (int k = thresholds.length - 1; k >= 0; k--) {
            double m = thresholds[k];
            if (m < from && m > q) {
                a = run(a, from, m, flavoursAt(from * (1 - 1e-12)));
                from = m;
            }
        }
        return run(a, from, q, flavoursAt(Math.min(from * (1 - 1e-12), q)));
    }

    private double run(double a, double q1, double q2, int nf) {
        double b0 = (11 - 2.0 * nf / 3) / (4 * Math.PI);
        double l = Math.log(q2 * q2 / (q1 * q1));
        if (loops == 1) {
            return a / (1 + a * b0 * l);
        }
        double b1 = (102 - 38.0 * nf / 3) / Math.pow(4 * Math.PI, 2);
        double b2 =
                loops == 3
                        ? (2857.0 / 2 - 5033.0 * nf / 18 + 325.0 * nf * nf / 54)
                                / Math.pow(4 * Math.PI, 3)
                        : 0.0;
        int n = Math.max(4, (int) Math.ceil(Math.abs(l) * STEPS_PER_UNIT));
        double h = l / n;
        for (int i = 0; i < n; i++) {
            double k1 = beta(a, b0, b1, b2);
            double k2 = beta(a + 0.5 * h * k1, b0, b1, b2);
            double k3 = beta(a + 0.5 * h * k2, b0, b1, b2);
            double k4 = beta(a + h * k3, b0, b1, b2);
            a += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6;
        }
        return a;
    }

    private static double beta(double a, double b0, double b1, double b2) {
        return -a * a * (b0 + a * (b1 + a * b2));
    }
}
