package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The gauge self-couplings of the left-right model's W_R ({@link HeavyNeutrinoSector}) with the
 * photon and the Z: the SU(2)_R vertices — the same g ε^{abc} V^{μνρ} and quartic rules as the
 * SU(2)_L ones of {@link ElectroweakVertices}, with g_R = g — contracted with the fields' SU(2)_R
 * components U(W_R^±) = (1, ±i, 0)/√2, U(A) = (0, 0, sin θ_W), U(Z) = (0, 0, −sin²θ_W/cos θ_W).
 * These are the W³_R components of the photon and the light Z in the minimal model with g_L = g_R
 * and no Z–Z_R mixing (A = s_W(W³_L + W³_R) + …, Z = c_W W³_L − (s_W²/c_W) W³_R − …, orthogonal and
 * normalised), so W_R⁺W_R⁻γ has the coupling e and W_R⁺W_R⁻Z −g s_W²/c_W (= g/c_W (T₃ − Q s_W²) at
 * T₃ = 0, Q = 1): W_R⁺W_R⁻γ, W_R⁺W_R⁻Z, the quartic W_R⁺W_R⁻γγ, γZ, ZZ and W_R⁴. The heavy Z_R, and
 * W_R couplings to the Higgs, are not in the model. Orders: QED 1 (cubic), 2 (quartic).
 */
final class RightHandedW {
    private static final double R = 1 / Math.sqrt(2);
    private final SmVertices sink;
    private final double g;
    private final double sw;
    private final double zComponent;

    /** Reads the couplings; joined currents go to {@code sink}'s targets. */
    RightHandedW(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        var sm = model.sm();
        this.g = sm.g();
        this.sw = Math.sqrt(sm.sw2());
        this.zComponent = -sm.sw2() / Math.sqrt(sm.cw2());
    }

    /** U_R(X), or null for a field without an SU(2)_R component here. */
    private double[] adjoint(int id) {
        return switch (id) {
            case HeavyNeutrinoSector.PDG_WR -> new double[] {R, 0, 0, R, 0, 0};
            case -HeavyNeutrinoSector.PDG_WR -> new double[] {R, 0, 0, -R, 0, 0};
            case 23 -> new double[] {0, 0, 0, 0, zComponent, 0};
            case 22 -> new double[] {0, 0, 0, 0, sw, 0};
            default -> null;
        };
    }

    /** The fields a joined current of this charge can be. */
    private static int[] ofCharge(long charge) {
        if (charge == 0) {
            return new int[] {22, 23};
        }
        return charge == 1 || charge == -1
                ? new int[] {(int) (HeavyNeutrinoSector.PDG_WR * charge)}
                : new int[0];
    }

    private static long charge(Current c) {
        return Math.round(Particle.byPdg(c.id).charge());
    }

    private static boolean isRightW(Current c) {
        return Math.abs(c.id) == HeavyNeutrinoSector.PDG_WR;
    }

    /** Adds the cubic vertices W_R W_R γ/Z joining two bosonic currents (one of them a W_R). */
    void join(Current a, double[] pa, Current b, double[] pb, int sign, List<Current> out) {
        double[] ua = adjoint(a.id);
        double[] ub = adjoint(b.id);
        if (ua == null || ub == null || !(isRightW(a) || isRightW(b))) {
            return;
        }
        int qcd = a.qcd + b.qcd;
        int qed = a.qed + b.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] uab = ElectroweakVertices.cross(ua, ub);
        for (int x : ofCharge(charge(a) + charge(b))) {
            double[] w = ElectroweakVertices.dot(uab, adjoint(x == 22 || x == 23 ? x : -x));
            if (w[0] == 0 && w[1] == 0) {
                continue;
            }
            Current t = sink.target(out, x, qcd, qed);
            ElectroweakVertices.addTriple(a.v, pa, b.v, pb, sign * g * w[0], sign * g * w[1], t.v);
        }
    }

    /** Adds the quartic vertices joining three bosonic currents (one of them a W_R). */
    void join(Current a, Current b, Current c, int sign, List<Current> out) {
        double[] ua = adjoint(a.id);
        double[] ub = adjoint(b.id);
        double[] uc = adjoint(c.id);
        if (ua == null
                || ub == null
                || uc == null
                || !(isRightW(a) || isRightW(b) || isRightW(c))) {
            return;
        }
        int qcd = a.qcd + b.qcd + c.qcd;
        int qed = a.qed + b.qed + c.qed + 2;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] ab = CurrentBlocks.product(a.v, 0, b.v, 0);
        double[] ac = CurrentBlocks.product(a.v, 0, c.v, 0);
        double[] bc = CurrentBlocks.product(b.v, 0, c.v, 0);
        for (int x : ofCharge(charge(a) + charge(b) + charge(c))) {
            double[] ud = adjoint(x == 22 || x == 23 ? x : -x);
            double[] v =
                    ElectroweakVertices.quartic(ua, ub, uc, ud, a, b, c, ab, ac, bc, sign * g * g);
            if (v != null) {
                Current t = sink.target(out, x, qcd, qed);
                for (int k = 0; k < 8; k++) {
                    t.v[k] += v[k];
                }
            }
        }
    }
}
