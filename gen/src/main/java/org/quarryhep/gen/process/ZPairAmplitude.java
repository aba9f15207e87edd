package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * Helicity amplitude of q q̄ → Z(f₁f̄₁) Z(f₂f̄₂) with on-shell Z bosons (physics-formulas.md §6: M
 * = −g_Z²[v̄ ε̸₂(p̸_a − p̸₁)ε̸₁ C u/t̂ + v̄ ε̸₁(p̸_a − p̸₂)ε̸₂ C u/û], C = g_L²P_L + g_R²P_R, with
 * ε*(Z) → g_Z ū(f)γ^μ(g_L^f P_L + g_R^f P_R)v(f̄)), in the Weyl form of {@link Weyl}. Averaged over
 * the decay angles it equals Π[2g_Z²(g_L^f² + g_R^f²)M_Z²/3] times the production Σ̄|M|².
 */
final class ZPairAmplitude {
    private ZPairAmplitude() {}

    /** g_L, g_R of a fermion. */
    private static double[] couplings(StandardModel sm, int pid) {
        double q = Fermions.charge(Math.abs(pid));
        return new double[] {Fermions.t3(pid) - q * sm.sw2(), -q * sm.sw2()};
    }

    /** The decay-averaged normalisation Π 2g_Z²(g_L² + g_R²)M_Z²/3 for the two fermions. */
    static double decayNorm(StandardModel sm, int f1, int f2) {
        double gz2 = sm.e() * sm.e() / (sm.sw2() * sm.cw2());
        double m2 = sm.mZ() * sm.mZ();
        double[] a = couplings(sm, f1);
        double[] b = couplings(sm, f2);
        // Σ_spins J^μJ^ν* averaged over the decay angle: 2g_Z²(g_L² + g_R²)M²/3 (−g + qq/M²).
        return 4
                * gz2
                * (a[0] * a[0] + a[1] * a[1])
                * m2
                / 3
                * gz2
                * (b[0] * b[0] + b[1] * b[1])
                * m2
                / 3;
    }

    /**
     * Σ̄|M|² of q q̄ → Z(f₁ f̄₁) Z(f₂ f̄₂), Z propagators left out, no identical-boson factor.
     *
     * @return the spin- and colour-averaged squared amplitude
     */
    static double squared(
            StandardModel sm,
            int quark,
            FourMomentum pa,
            FourMomentum pb,
            int f1,
            FourMomentum a1,
            FourMomentum b1,
            int f2,
            FourMomentum a2,
            FourMomentum b2) {
        double gz = sm.e() / Math.sqrt(sm.sw2() * sm.cw2());
        double[] cq = couplings(sm, quark);
        double[] c1 = couplings(sm, f1);
        double[] c2 = couplings(sm, f2);
        FourMomentum p1 = a1.plus(b1);
        FourMomentum p2 = a2.plus(b2);
        FourMomentum k1 = pa.minus(p1);
        FourMomentum k2 = pa.minus(p2);
        double t = k1.m2();
        double u = k2.m2();
        double sum = 0;
        for (int h1 = 0; h1 < 2; h1++) {
            if (c1[h1] == 0) {
                continue;
            }
            Weyl.Cx[] j1 =
                    h1 == 0
                            ? Weyl.scale(Weyl.current(Weyl.left(a1), Weyl.left(b1), 1), gz * c1[0])
                            : Weyl.scale(
                                    Weyl.current(Weyl.right(a1), Weyl.right(b1), -1), gz * c1[1]);
            for (int h2 = 0; h2 < 2; h2++) {
                if (c2[h2] == 0) {
                    continue;
                }
                Weyl.Cx[] j2 =
                        h2 == 0
                                ? Weyl.scale(
                                        Weyl.current(Weyl.left(a2), Weyl.left(b2), 1), gz * c2[0])
                                : Weyl.scale(
                                        Weyl.current(Weyl.right(a2), Weyl.right(b2), -1),
                                        gz * c2[1]);
                for (int hq = 0; hq < 2; hq++) {
                    int s = hq == 0 ? 1 : -1;
                    Weyl.Cx[] uq = hq == 0 ? Weyl.left(pa) : Weyl.right(pa);
                    Weyl.Cx[] vq = hq == 0 ? Weyl.left(pb) : Weyl.right(pb);
                    Weyl.Cx[] chainT =
                            Weyl.mul(
                                    Weyl.slash(j2, s),
                                    Weyl.mul(
                                            Weyl.slash(Weyl.real(k1), -s),
                                            Weyl.mul(Weyl.slash(j1, s), uq)));
                    Weyl.Cx[] chainU =
                            Weyl.mul(
                                    Weyl.slash(j1, s),
                                    Weyl.mul(
                                            Weyl.slash(Weyl.real(k2), -s),
                                            Weyl.mul(Weyl.slash(j2, s), uq)));
                    double c = -gz * gz * cq[hq] * cq[hq];
                    Weyl.Cx amp =
                            Weyl.dagger(vq, chainT)
                                    .times(c / t)
                                    .plus(Weyl.dagger(vq, chainU).times(c / u));
                    sum += amp.abs2();
                }
            }
        }
        return sum / 12;
    }
}
