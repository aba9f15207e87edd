package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The bosonic electroweak vertices of the {@code sm} model in unitary gauge: the gauge
 * self-couplings WWγ, WWZ, WWγγ, WWγZ, WWZZ, WWWW, the Higgs couplings HWW, HZZ, HHWW, HHZZ and the
 * Higgs self-couplings HHH, HHHH.
 *
 * <p>The gauge vertices come from the SU(2) ones, g ε^{abc} V^{μνρ}(k, p, q) and −i g² Σ ε ε (g g −
 * g g) — the three- and four-gluon rules of {@link GluonVertices} with ε^{abc} for f^{abc} — by
 * writing W^a = Σ U^a(X) X over the fields X = W⁺, W⁻, Z, A: U(W^±) = (1, ±i, 0)/√2, U(Z) = (0, 0,
 * cos θ_W), U(A) = (0, 0, sin θ_W) (W^± = (W¹ ∓ i W²)/√2, W³ = cos θ_W Z + sin θ_W A, the
 * convention D_μ = ∂_μ − i g T^a W^a_μ − i g′ Y B_μ of the fermion vertices). A vertex with legs
 * X₁…X_n is then the SU(2) vertex contracted with U(X₁)…U(X_n) — multilinear, so the Bose symmetry
 * factors come out right, and couplings that vanish (ZZZ, γγγ, ZZZZ) vanish by themselves. A joined
 * current X closes the vertex with the leg of its antiparticle X̄.
 *
 * <p>The Higgs couplings follow from |D Φ|² and the potential with Φ = (0, (v + h)/√2): i g M_W
 * g^{μν} (HW⁺W⁻), i g M_Z/cos θ_W g^{μν} (HZZ), i g²/2 g^{μν} (HHW⁺W⁻), i g²/(2 cos²θ_W) g^{μν}
 * (HHZZ), −3i M_H²/v (HHH), −3i M_H²/v² (HHHH). Cubic vertices have QED order 1, quartic ones 2, as
 * in MadGraph's {@code sm}.
 */
final class ElectroweakVertices {
    private static final double R = 1 / Math.sqrt(2);
    private final SmVertices sink;
    private final double g;
    private final double cw;
    private final double sw;
    private final double hww;
    private final double hzz;
    private final double hhww;
    private final double hhzz;
    private final double hhh;
    private final double hhhh;

    /** Reads the couplings; joined currents go to {@code sink}'s targets. */
    ElectroweakVertices(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        var sm = model.sm();
        g = sm.g();
        cw = Math.sqrt(sm.cw2());
        sw = Math.sqrt(sm.sw2());
        hww = g * sm.mW();
        hzz = g * sm.mZ() / cw;
        hhww = g * g / 2;
        hhzz = g * g / (2 * cw * cw);
        double v = sm.vev();
        double mh2 = model.mHiggs() * model.mHiggs();
        hhh = 3 * mh2 / v;
        hhhh = 3 * mh2 / (v * v);
    }

    /** Whether an id is one of the electroweak vector bosons γ, Z, W^±. */
    static boolean isVector(int id) {
        return id == 22 || id == 23 || id == 24 || id == -24;
    }

    /** U(X): the SU(2) adjoint components of a field, three complex numbers. */
    private double[] adjoint(int id) {
        return switch (id) {
            case 24 -> new double[] {R, 0, 0, R, 0, 0};
            case -24 -> new double[] {R, 0, 0, -R, 0, 0};
            case 23 -> new double[] {0, 0, 0, 0, cw, 0};
            case 22 -> new double[] {0, 0, 0, 0, sw, 0};
            default -> throw new IllegalStateException("no SU(2) component for " + id);
        };
    }

    static double[] cross(double[] a, double[] b) {
        double[] c = new double[6];
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            int k = (i + 2) % 3;
            c[2 * i] = a[2 * j] * b[2 * k] - a[2 * j + 1] * b[2 * k + 1];
            c[2 * i + 1] = a[2 * j] * b[2 * k + 1] + a[2 * j + 1] * b[2 * k];
            c[2 * i] -= a[2 * k] * b[2 * j] - a[2 * k + 1] * b[2 * j + 1];
            c[2 * i + 1] -= a[2 * k] * b[2 * j + 1] + a[2 * k + 1] * b[2 * j];
        }
        return c;
    }

    /** The bilinear (not conjugated) product Σ a_i b_i. */
    static double[] dot(double[] a, double[] b) {
        double r = 0;
        double i = 0;
        for (int k = 0; k < 3; k++) {
            r += a[2 * k] * b[2 * k] - a[2 * k + 1] * b[2 * k + 1];
            i += a[2 * k] * b[2 * k + 1] + a[2 * k + 1] * b[2 * k];
        }
        return new double[] {r, i};
    }

    /** The vector bosons a current of this total charge can be. */
    private static int[] vectorsOfCharge(long charge) {
        if (charge == 0) {
            return new int[] {22, 23};
        }
        if (charge == 1 || charge == -1) {
            return new int[] {(int) (24 * charge)};
        }
        return new int[0];
    }

    /** The antiparticle of a vector boson (γ and Z are their own). */
    private static int anti(int x) {
        return Math.abs(x) == 24 ? -x : x;
    }

    private static long charge(Current c) {
        return Math.round(Particle.byPdg(c.id).charge());
    }

    /** Adds the cubic vertices joining two bosonic, non-gluon currents. */
    void join(Current a, double[] pa, Current b, double[] pb, int sign, List<Current> out) {
        boolean va = isVector(a.id);
        boolean vb = isVector(b.id);
        if (va && vb) {
            gaugeTriple(a, pa, b, pb, sign, out);
            higgsFromPair(a, b, sign, out);
        } else if (va && b.id == 25) {
            vectorHiggs(a, b, sign, out);
        } else if (vb && a.id == 25) {
            vectorHiggs(b, a, sign, out);
        } else if (a.id == 25 && b.id == 25) {
            add(out, 25, a.qcd + b.qcd, a.qed + b.qed + 1, times(a.v, b.v), 0, -sign * hhh);
        }
    }

    /** Adds the quartic vertices joining three bosonic, non-gluon currents. */
    void join(Current a, Current b, Current c, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd + c.qcd;
        int qed = a.qed + b.qed + c.qed + 2;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        Current[] cs = {a, b, c};
        int vectors = 0;
        int higgs = 0;
        for (Current x : cs) {
            vectors += isVector(x.id) ? 1 : 0;
            higgs += x.id == 25 ? 1 : 0;
        }
        if (vectors == 3) {
            gaugeQuartic(a, b, c, sign, out);
        } else if (higgs == 3) {
            double[] s = times(times(a.v, b.v), c.v);
            add(out, 25, qcd, qed, s, 0, -sign * hhhh);
        } else if (higgs == 2 && vectors == 1) {
            Current v = isVector(a.id) ? a : isVector(b.id) ? b : c;
            double coupling = Math.abs(v.id) == 24 ? hhww : v.id == 23 ? hhzz : 0;
            if (coupling != 0) {
                double[] s = a == v ? times(b.v, c.v) : b == v ? times(a.v, c.v) : times(a.v, b.v);
                double[] scaled = scale(v.v, s);
                add(out, v.id, qcd, qed, scaled, 0, sign * coupling);
            }
        } else if (higgs == 1 && vectors == 2) {
            Current h = a.id == 25 ? a : b.id == 25 ? b : c;
            Current v1 = h == a ? b : a;
            Current v2 = h == c ? b : c;
            double coupling = pairCoupling(v1.id, v2.id, hhww, hhzz);
            if (coupling != 0) {
                double[] s = times(CurrentBlocks.product(v1.v, 0, v2.v, 0), h.v);
                add(out, 25, qcd, qed, s, 0, sign * coupling);
            }
        }
    }

    /** The W⁺W⁻ or ZZ coupling of a vector pair, 0 for any other pair. */
    private static double pairCoupling(int x, int y, double ww, double zz) {
        if (x + y == 0 && Math.abs(x) == 24) {
            return ww;
        }
        return x == 23 && y == 23 ? zz : 0;
    }

    private void gaugeTriple(
            Current a, double[] k, Current b, double[] p, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd;
        int qed = a.qed + b.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] uab = cross(adjoint(a.id), adjoint(b.id));
        for (int x : vectorsOfCharge(charge(a) + charge(b))) {
            double[] w = dot(uab, adjoint(anti(x)));
            if (w[0] == 0 && w[1] == 0) {
                continue;
            }
            Current t = sink.target(out, x, qcd, qed);
            addTriple(a.v, k, b.v, p, sign * g * w[0], sign * g * w[1], t.v);
        }
    }

    /**
     * out^ρ += w · V^{μνρ}(k, p, q) X_μ Y_ν with q = −(k + p): (X·Y)(k − p)^ρ + Y^ρ X·(p − q) + X^ρ
     * Y·(q − k).
     */
    static void addTriple(
            double[] x, double[] k, double[] y, double[] p, double wr, double wi, double[] t) {
        double[] xy = CurrentBlocks.product(x, 0, y, 0);
        double x1r = 0;
        double x1i = 0;
        double y2r = 0;
        double y2i = 0;
        for (int mu = 0; mu < 4; mu++) {
            double m = Dirac.metric(mu);
            double pmq = 2 * p[mu] + k[mu];
            double qmk = -2 * k[mu] - p[mu];
            x1r += m * x[2 * mu] * pmq;
            x1i += m * x[2 * mu + 1] * pmq;
            y2r += m * y[2 * mu] * qmk;
            y2i += m * y[2 * mu + 1] * qmk;
        }
        for (int mu = 0; mu < 4; mu++) {
            double kmp = k[mu] - p[mu];
            double re = xy[0] * kmp + y[2 * mu] * x1r - y[2 * mu + 1] * x1i;
            double im = xy[1] * kmp + y[2 * mu] * x1i + y[2 * mu + 1] * x1r;
            re += x[2 * mu] * y2r - x[2 * mu + 1] * y2i;
            im += x[2 * mu] * y2i + x[2 * mu + 1] * y2r;
            t[2 * mu] += wr * re - wi * im;
            t[2 * mu + 1] += wr * im + wi * re;
        }
    }

    private void gaugeQuartic(Current a, Current b, Current c, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd + c.qcd;
        int qed = a.qed + b.qed + c.qed + 2;
        double[] ua = adjoint(a.id);
        double[] ub = adjoint(b.id);
        double[] uc = adjoint(c.id);
        double[] ab = CurrentBlocks.product(a.v, 0, b.v, 0);
        double[] ac = CurrentBlocks.product(a.v, 0, c.v, 0);
        double[] bc = CurrentBlocks.product(b.v, 0, c.v, 0);
        for (int x : vectorsOfCharge(charge(a) + charge(b) + charge(c))) {
            double[] v = quartic(ua, ub, uc, adjoint(anti(x)), a, b, c, ab, ac, bc, sign * g * g);
            if (v != null) {
                Current t = sink.target(out, x, qcd, qed);
                for (int k = 0; k < 8; k++) {
                    t.v[k] += v[k];
                }
            }
        }
    }

    /**
     * The SU(2) quartic vertex −i w [(F₂ + F₃)(J₁·J₂) J₃ + (F₁ − F₃)(J₁·J₃) J₂ − (F₁ + F₂)(J₂·J₃)
     * J₁] contracted with the adjoint components U of the three currents and the closing leg (the
     * F's are the ε ε contractions), with ab = J₁·J₂ etc.; null when it vanishes.
     */
    static double[] quartic(
            double[] ua,
            double[] ub,
            double[] uc,
            double[] ud,
            Current a,
            Current b,
            Current c,
            double[] ab,
            double[] ac,
            double[] bc,
            double w) {
        double[] f1 = dot(cross(ua, ub), cross(uc, ud));
        double[] f2 = dot(cross(ua, uc), cross(ub, ud));
        double[] f3 = dot(cross(ua, ud), cross(ub, uc));
        double[] z3 = mul(f2[0] + f3[0], f2[1] + f3[1], ab);
        double[] z2 = mul(f1[0] - f3[0], f1[1] - f3[1], ac);
        double[] z1 = mul(-f1[0] - f2[0], -f1[1] - f2[1], bc);
        if (isZero(z1) && isZero(z2) && isZero(z3)) {
            return null;
        }
        double[] t = new double[8];
        double[][] zs = {z1, z2, z3};
        Current[] js = {a, b, c};
        for (int mu = 0; mu < 4; mu++) {
            double re = 0;
            double im = 0;
            for (int s = 0; s < 3; s++) {
                double jr = js[s].v[2 * mu];
                double ji = js[s].v[2 * mu + 1];
                re += zs[s][0] * jr - zs[s][1] * ji;
                im += zs[s][0] * ji + zs[s][1] * jr;
            }
            // times -i w
            t[2 * mu] = w * im;
            t[2 * mu + 1] = -w * re;
        }
        return t;
    }

    /** H + V → V: the vector current times i c S. */
    private void vectorHiggs(Current v, Current h, int sign, List<Current> out) {
        double coupling = Math.abs(v.id) == 24 ? hww : v.id == 23 ? hzz : 0;
        if (coupling == 0) {
            return;
        }
        add(out, v.id, v.qcd + h.qcd, v.qed + h.qed + 1, scale(v.v, h.v), 0, sign * coupling);
    }

    /** W⁺ + W⁻ → H and Z + Z → H: i c (J_a·J_b). */
    private void higgsFromPair(Current a, Current b, int sign, List<Current> out) {
        double coupling = pairCoupling(a.id, b.id, hww, hzz);
        if (coupling != 0) {
            double[] s = CurrentBlocks.product(a.v, 0, b.v, 0);
            add(out, 25, a.qcd + b.qcd, a.qed + b.qed + 1, s, 0, sign * coupling);
        }
    }

    /** Adds (wr + i wi)·value to the current of species id, if the orders are allowed. */
    private void add(
            List<Current> out, int id, int qcd, int qed, double[] value, double wr, double wi) {
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        Current t = sink.target(out, id, qcd, qed);
        for (int k = 0; k < value.length; k += 2) {
            t.v[k] += wr * value[k] - wi * value[k + 1];
            t.v[k + 1] += wr * value[k + 1] + wi * value[k];
        }
    }

    private static double[] times(double[] x, double[] y) {
        return new double[] {x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]};
    }

    /** A vector current (4 complex components) times a complex number. */
    private static double[] scale(double[] v, double[] s) {
        double[] out = new double[8];
        for (int k = 0; k < 8; k += 2) {
            out[k] = v[k] * s[0] - v[k + 1] * s[1];
            out[k + 1] = v[k] * s[1] + v[k + 1] * s[0];
        }
        return out;
    }

    private static double[] mul(double re, double im, double[] z) {
        return new double[] {re * z[0] - im * z[1], re * z[1] + im * z[0]};
    }

    private static boolean isZero(double[] z) {
        return z[0] == 0 && z[1] == 0;
    }
}
