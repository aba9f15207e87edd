package org.quarryhep.shower.parton;

/**
 * The shower's running coupling: one-loop α_s run from α_s(M_Z) (MS-bar) with n_f changing at the
 * charm and bottom masses (continuous at the thresholds), optionally in the CMW scheme α_CMW = α_s
 * (1 + K α_s/2π), K = C_A(67/18 − π²/6) − 5n_f/9 (Catani, Marchesini, Webber, Nucl. Phys. B349
 * (1991) 635), which makes the soft-gluon emission rate correct at next-to-leading logarithm.
 *
 * <p>Below the IR cutoff the shower never asks; below Λ the one-loop form diverges, and the
 * constructor refuses a cutoff that close to the pole.
 */
public final class ShowerAlphaS {
    private static final double MZ = 91.1876;
    private static final double CA = 3.0;

    private final double alphaMz;
    private final boolean cmw;
    private final boolean running;
    private final double mc2;
    private final double mb2;
    private final double invAlphaMb;
    private final double invAlphaMc;

    /**
     * Creates the coupling.
     *
     * @param alphaMz α_s(M_Z), MS-bar
     * @param running false for a fixed coupling (α_s(M_Z) everywhere, no CMW factor)
     * @param cmw whether to use the CMW scheme
     * @param mc charm threshold, GeV
     * @param mb bottom threshold, GeV
     */
    public ShowerAlphaS(double alphaMz, boolean running, boolean cmw, double mc, double mb) {
        if (!(alphaMz > 0 && alphaMz < 0.5) || !(mc > 0 && mb > mc && mb < MZ)) {
            throw new IllegalArgumentException(
                    "alpha_s(MZ) must be in (0, 0.5) and 0 < mc < mb < MZ; got "
                            + alphaMz
                            + ", "
                            + mc
                            + ", "
                            + mb);
        }
        this.alphaMz = alphaMz;
        this.cmw = cmw;
        this.running = running;
        this.mc2 = mc * mc;
        this.mb2 = mb * mb;
        this.invAlphaMb = 1 / alphaMz + b0(5) * Math.log(mb2 / (MZ * MZ));
        this.invAlphaMc = invAlphaMb + b0(4) * Math.log(mc2 / mb2);
    }

    /** β₀/(4π) with β₀ = 11 − 2n_f/3: 1/α(μ²) = 1/α(μ₀²) + b0 ln(μ²/μ₀²). */
    static double b0(int nf) {
        return (33.0 - 2.0 * nf) / (12.0 * Math.PI);
    }

    /** The number of active flavours at scale² q2. */
    int flavours(double q2) {
        return q2 >= mb2 ? 5 : q2 >= mc2 ? 4 : 3;
    }

    /** MS-bar one-loop α_s at the scale² q2 (GeV²). */
    public double msbar(double q2) {
        double inv;
        if (q2 >= mb2) {
            inv = 1 / alphaMz + b0(5) * Math.log(q2 / (MZ * MZ));
        } else if (q2 >= mc2) {
            inv = invAlphaMb + b0(4) * Math.log(q2 / mb2);
        } else {
            inv = invAlphaMc + b0(3) * Math.log(q2 / mc2);
        }
        if (!(inv > 0)) {
            throw new IllegalArgumentException(
                    "one-loop alpha_s has its Landau pole above the scale " + Math.sqrt(q2));
        }
        return 1 / inv;
    }

    /** The coupling the shower uses at p⊥² = q2 (CMW when switched on). */
    public double value(double q2) {
        if (!running) {
            return alphaMz;
        }
        double a = msbar(q2);
        if (!cmw) {
            return a;
        }
        int nf = flavours(q2);
        double k = CA * (67.0 / 18.0 - Math.PI * Math.PI / 6.0) - 5.0 * nf / 9.0;
        return a * (1 + k * a / (2 * Math.PI));
    }

    /** α_s(M_Z) as given. */
    public double alphaMz() {
        return alphaMz;
    }
}
