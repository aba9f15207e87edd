package org.quarryhep.gen.process;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.phasespace.Rambo;
import org.quarryhep.gen.phasespace.TwoBody;

/**
 * Heavy Majorana neutrino N: production through a W or W_R and the decay N → ℓ q q̄′ through an
 * off-shell W(_R), shared by the left-right and the heavy-neutral-lepton processes.
 *
 * <p>Production u d̄ → V⁺ → ℓ⁺N (V = W or W_R, the same chirality on both currents): Σ̄|M|² =
 * g⁴|V|² (p_u·p_ℓ⁺)(p_d̄·p_N)/(N_c|ŝ − M² + iMΓ|²), whose angular integral is σ̂ = g⁴|V|²ŝ(1 −
 * x)²(1 + x/2)/(576π|D|²), x = m_N²/ŝ (physics-formulas.md §3, §11, §12.1). Decay N → ℓ⁻ u d̄:
 * Σ|M|² ∝ (p_N·p_d̄)(p_ℓ·p_u)/|s_ud − M² + iMΓ|² (muon-decay structure, §11), and the charge
 * conjugate ℓ⁺ ū d with equal probability (Majorana).
 */
final class HeavyNeutrino {
    /** PDG id used for N (MadGraph's SM_HeavyN models use 9900012). */
    static final int PDG_N = 9900012;

    private HeavyNeutrino() {}

    /** Σ̄|M|² of u d̄ → V → ℓ N for coupling g and mixing |V|². */
    static double productionMatrixElement(
            double g,
            double mixing,
            double mass,
            double width,
            FourMomentum pu,
            FourMomentum pdbar,
            FourMomentum pl,
            FourMomentum pn) {
        double shat = pu.plus(pdbar).m2();
        double d = shat - mass * mass;
        double den = d * d + mass * mass * width * width;
        return g * g * g * g * mixing * pu.dot(pl) * pdbar.dot(pn) / (3 * den);
    }

    /**
     * Samples N → ℓ q q̄′ (Majorana: either charge) in the N rest frame boosted to the lab.
     *
     * @param n the N momentum
     * @param mass the mediator mass (W or W_R)
     * @param width its width
     * @param rng randomness
     * @return {ℓ, q, q̄′} momenta and, in {@code ids}, their PDG ids (lepton flavour given)
     */
    static FourMomentum[] decay(
            FourMomentum n,
            int lepton,
            double mass,
            double width,
            SplittableRandom rng,
            int[] ids) {
        double m = n.mass();
        double dmin = mass * mass - m * m;
        double bound = m * m * m * m / 4 / (dmin * dmin + mass * mass * width * width);
        FourMomentum[] k;
        while (true) {
            k = Rambo.generate(3, m, rng);
            // k[0] = lepton, k[1] = up-type quark, k[2] = down-type antiquark (rest frame).
            double sud = k[1].plus(k[2]).m2();
            double d = sud - mass * mass;
            double me = m * k[2].e() * k[0].dot(k[1]) / (d * d + mass * mass * width * width);
            if (me >= rng.nextDouble() * bound) {
                break;
            }
        }
        boolean minus = rng.nextBoolean();
        boolean second = rng.nextBoolean();
        int up = second ? 4 : 2;
        int down = second ? 3 : 1;
        ids[0] = minus ? lepton : -lepton;
        ids[1] = minus ? up : -up;
        ids[2] = minus ? -down : down;
        double bx = n.px() / n.e();
        double by = n.py() / n.e();
        double bz = n.pz() / n.e();
        return new FourMomentum[] {
            k[0].boost(bx, by, bz), k[1].boost(bx, by, bz), k[2].boost(bx, by, bz)
        };
    }

    /** Γ(V → ℓN) = g²M|V|²(1 − x)²(1 + x/2)/(48π), x = m_N²/M². */
    static double widthToLeptonN(double g, double mass, double mN, double mixing) {
        double x = mN * mN / (mass * mass);
        return x >= 1
                ? 0
                : g * g * mass * mixing * (1 - x) * (1 - x) * (1 + x / 2) / (48 * Math.PI);
    }

    /** The LRSM W_R width with V_R = 1, three degenerate N and t b̄ (physics-formulas.md §11). */
    static double widthWr(double g, double mWr, double mN, double mTop) {
        double xt = mTop * mTop / (mWr * mWr);
        double top = xt >= 1 ? 0 : 3 * (1 - xt) * (1 - xt) * (1 + xt / 2);
        return 3 * widthToLeptonN(g, mWr, mN, 1) + g * g * mWr / (48 * Math.PI) * (6 + top);
    }

    /** Kinematic function I(x_u, x_d, x_l) of physics-formulas.md §12.2 (mass ratios). */
    static double phaseSpaceI(double xu, double xd, double xl) {
        double lo = (xd + xl) * (xd + xl);
        double hi = (1 - xu) * (1 - xu);
        if (hi <= lo) {
            return 0;
        }
        int n = 400;
        double h = (hi - lo) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = lo + i * h;
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            double l1 = Math.max(TwoBody.kallen(x, xl * xl, xd * xd), 0);
            double l2 = Math.max(TwoBody.kallen(1, x, xu * xu), 0);
            sum +=
                    w
                            * (x - xl * xl - xd * xd)
                            * (1 + xu * xu - x)
                            * Math.sqrt(l1)
                            * Math.sqrt(l2)
                            / x;
        }
        return 12 * sum * h / 3;
    }

    private static double f1(double x) {
        if (x >= 0.5) {
            return 0;
        }
        if (x == 0) {
            return 1;
        }
        double x2 = x * x;
        double r = Math.sqrt(1 - 4 * x2);
        double l = Math.log(4 * x2 * x2 / ((1 - 3 * x2 + (1 - x2) * r) * (1 + r)));
        return (1 - 14 * x2 - 2 * x2 * x2 - 12 * x2 * x2 * x2) * r
                + 12 * x2 * x2 * (x2 * x2 - 1) * l;
    }

    private static double f2(double x) {
        if (x >= 0.5 || x == 0) {
            return 0;
        }
        double x2 = x * x;
        double r = Math.sqrt(1 - 4 * x2);
        double l = Math.log(4 * x2 * x2 / ((1 - 3 * x2 + (1 - x2) * r) * (1 + r)));
        return x2 * (2 + 10 * x2 - 12 * x2 * x2) * r + 6 * x2 * x2 * (1 - 2 * x2 + 2 * x2 * x2) * l;
    }

    /** Charged-lepton masses e, μ, τ (GeV) used in the HNL width. */
    private static final double[] LEPTON_MASS = {0.000511, 0.10566, 1.777};

    /**
     * The Dirac channel sum of an HNL mixing with one flavour, in units of G_F² m_N⁵ |V|²/(192π³)
     * (Bondarenko et al., arXiv:1805.08567; physics-formulas.md §12.2): {CC leptonic, CC hadronic,
     * NC invisible, NC leptonic, NC hadronic}. Quark masses: c 1.27, b 4.18 GeV; u, d, s massless.
     *
     * @param mN the HNL mass, GeV
     * @param flavour 0 (e), 1 (μ) or 2 (τ)
     * @param sw2 sin²θ_W
     * @return the five channel sums
     */
    static double[] channels(double mN, int flavour, double sw2) {
        double xa = LEPTON_MASS[flavour] / mN;
        double ccLep = 0;
        for (int b = 0; b < 3; b++) {
            if (b != flavour) {
                ccLep += phaseSpaceI(LEPTON_MASS[b] / mN, 0, xa);
            }
        }
        double ccHad = 3 * (phaseSpaceI(0, 0, xa) + phaseSpaceI(1.27 / mN, 0, xa));
        double nuInv = 1;
        double nuLep = 0;
        for (int b = 0; b < 3; b++) {
            double xl = LEPTON_MASS[b] / mN;
            double c1 =
                    b == flavour
                            ? (1 + 4 * sw2 + 8 * sw2 * sw2) / 4
                            : (1 - 4 * sw2 + 8 * sw2 * sw2) / 4;
            double c2 = b == flavour ? sw2 * (2 * sw2 + 1) / 2 : sw2 * (2 * sw2 - 1) / 2;
            nuLep += c1 * f1(xl) + 4 * c2 * f2(xl);
        }
        double c1u = (1 - 8 * sw2 / 3 + 32 * sw2 * sw2 / 9) / 4;
        double c2u = (0.5 - 2 * sw2 / 3) * (-2 * sw2 / 3);
        double c1d = (1 - 4 * sw2 / 3 + 8 * sw2 * sw2 / 9) / 4;
        double c2d = (-0.5 + sw2 / 3) * (sw2 / 3);
        double[][] quarks = {{0, 1}, {1.27, 1}, {0, 0}, {0, 0}, {4.18, 0}};
        double nuHad = 0;
        for (double[] q : quarks) {
            double xq = q[0] / mN;
            boolean upType = q[1] == 1;
            nuHad += 3 * ((upType ? c1u : c1d) * f1(xq) + 4 * (upType ? c2u : c2d) * f2(xq));
        }
        return new double[] {ccLep, ccHad, nuInv, nuLep, nuHad};
    }

    /**
     * Total Majorana HNL width Γ_N = C G_F² m_N⁵|V|²/(96π³) with C the Dirac channel sum.
     *
     * @param sm the SM inputs (G_F, sin²θ_W)
     * @param mN the mass, GeV
     * @param flavour 0, 1, 2 for e, μ, τ mixing
     * @param mixing |V|²
     * @return Γ_N, GeV
     */
    static double majoranaWidth(StandardModel sm, double mN, int flavour, double mixing) {
        double c = 0;
        for (double v : channels(mN, flavour, sm.sw2())) {
            c += v;
        }
        return c * sm.gF() * sm.gF() * Math.pow(mN, 5) * mixing / (96 * Math.pow(Math.PI, 3));
    }
}
