package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The vertices of the top-philic scalar S ({@link ScalarResonance}): the Yukawa t t̄ S, −i κ m_t/v
 * (CP-even) or κ m_t/v γ⁵ (CP-odd), and the effective g g S vertex of the top loop,
 *
 * <pre>
 *   −i (α_s κ/(4π v)) A(τ) δ^{ab} T^{μν}(k₁, k₂),   τ = p_S²/(4 m_t²),
 *   T = (k₁·k₂) g^{μν} − k₂^μ k₁^ν  (CP-even, A = A_H),   T = ε^{ρμσν} k₁_ρ k₂_σ  (CP-odd, A = A_A),
 * </pre>
 *
 * from L = (α_s κ/(16π v)) A S G^a_{μν}G^{aμν} (or G G̃), whose heavy-top limits A_H → 4/3, A_A → 2
 * are the familiar α_s/(12π v) and α_s/(8π v); the form factor is the exact one-loop one at the
 * scalar's virtuality, as in {@code TopLoop}, continued to p_S² &lt; 0. The loop vertex is used
 * only between external gluons (and the root), because S with more gluons needs the loop's g g g S
 * vertex: {@link MatrixElement} refuses such processes while S is on. Orders: the Yukawa counts QED
 * 1, the loop vertex QCD 2.
 */
final class ScalarResonanceVertices {
    private final SmVertices sink;
    private final int id;
    private final boolean cpOdd;
    private final double yukawa;
    private final double loop;
    private final double mt;

    /** Reads the couplings; joined currents go to {@code sink}'s targets. */
    ScalarResonanceVertices(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        ScalarResonance s = model.scalar();
        this.id = s.pdg();
        this.cpOdd = s.cpOdd();
        this.mt = model.mass(6);
        double v = model.sm().vev();
        this.yukawa = s.kappa() * mt / v;
        this.loop = model.alphaS() * s.kappa() / (4 * Math.PI * v);
    }

    /** The scalar's PDG id. */
    int id() {
        return id;
    }

    /**
     * The Yukawa vertex as a complex weight on each spinor component k (re, im at 2k, 2k + 1): −i y
     * on all four (CP-even); y γ⁵ = −y on the left-handed (upper) and +y on the right-handed
     * (lower) components (CP-odd).
     */
    private double[] weights() {
        double[] w = new double[8];
        for (int k = 0; k < 4; k++) {
            if (cpOdd) {
                w[2 * k] = k < 2 ? -yukawa : yukawa;
            } else {
                w[2 * k + 1] = -yukawa;
            }
        }
        return w;
    }

    /** t̄ (row) + t (column) → S: ψ̄ Γ ψ. */
    void bilinear(Current row, Current col, int sign, List<Current> out) {
        if (row.id != -6 || col.id != 6) {
            return;
        }
        int qcd = row.qcd + col.qcd;
        int qed = row.qed + col.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] w = weights();
        double re = 0;
        double im = 0;
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 4; k++) {
                int o = 8 * c + 2 * k;
                double pr = row.v[o] * col.v[o] - row.v[o + 1] * col.v[o + 1];
                double pi = row.v[o] * col.v[o + 1] + row.v[o + 1] * col.v[o];
                re += w[2 * k] * pr - w[2 * k + 1] * pi;
                im += w[2 * k] * pi + w[2 * k + 1] * pr;
            }
        }
        Current t = sink.target(out, id, qcd, qed);
        t.v[0] += sign * re;
        t.v[1] += sign * im;
    }

    /** t + S → t (column) or t̄ + S → t̄ (row): Γ ψ S or ψ̄ Γ S. */
    void fermionScalar(Current f, Current s, int sign, List<Current> out) {
        if (Math.abs(f.id) != 6) {
            return;
        }
        int qcd = f.qcd + s.qcd;
        int qed = f.qed + s.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] w = weights();
        double sr = sign * s.v[0];
        double si = sign * s.v[1];
        Current t = sink.target(out, f.id, qcd, qed);
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 4; k++) {
                int o = 8 * c + 2 * k;
                double wr = w[2 * k] * sr - w[2 * k + 1] * si;
                double wi = w[2 * k] * si + w[2 * k + 1] * sr;
                t.v[o] += wr * f.v[o] - wi * f.v[o + 1];
                t.v[o + 1] += wr * f.v[o + 1] + wi * f.v[o];
            }
        }
    }

    /** −i (α_s κ/(4π v)) A(τ) at the scalar virtuality p², as a complex number. */
    private double[] loopFactor(double p2) {
        double[] a = formFactor(p2 / (4 * mt * mt), cpOdd);
        // -i (a_r + i a_i) = a_i - i a_r
        return new double[] {loop * a[1], -loop * a[0]};
    }

    /** g g → S between two external gluons. */
    void gluonPair(Current a, double[] ka, Current b, double[] kb, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd + 2;
        int qed = a.qed + b.qed;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] p = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            p[mu] = ka[mu] + kb[mu];
        }
        double[] f = loopFactor(dot(p, p));
        double re = 0;
        double im = 0;
        for (int c = 0; c < 8; c++) {
            double[] x = tensor(ka, a.v, 8 * c, kb, b.v, 8 * c);
            re += x[0];
            im += x[1];
        }
        Current t = sink.target(out, id, qcd, qed);
        t.v[0] += sign * (f[0] * re - f[1] * im);
        t.v[1] += sign * (f[0] * im + f[1] * re);
    }

    /** g + S → g, the gluon current leaving with momentum −(k + p). */
    void gluonScalar(Current g, double[] k, Current s, double[] ps, int sign, List<Current> out) {
        int qcd = g.qcd + s.qcd + 2;
        int qed = g.qed + s.qed;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] f = loopFactor(dot(ps, ps));
        double cr = sign * (f[0] * s.v[0] - f[1] * s.v[1]);
        double ci = sign * (f[0] * s.v[1] + f[1] * s.v[0]);
        double[] q = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            q[mu] = -k[mu] - ps[mu];
        }
        Current t = sink.target(out, 21, qcd, qed);
        for (int c = 0; c < 8; c++) {
            double[] v = vectorTensor(k, g.v, 8 * c, q);
            for (int mu = 0; mu < 4; mu++) {
                double vr = v[2 * mu];
                double vi = v[2 * mu + 1];
                t.v[8 * c + 2 * mu] += cr * vr - ci * vi;
                t.v[8 * c + 2 * mu + 1] += cr * vi + ci * vr;
            }
        }
    }

    /** J₁_μ J₂_ν T^{μν}(k₁, k₂) for one colour block. */
    private double[] tensor(double[] k1, double[] j1, int o1, double[] k2, double[] j2, int o2) {
        if (CurrentBlocks.isZero(j1, o1) || CurrentBlocks.isZero(j2, o2)) {
            return new double[2];
        }
        if (!cpOdd) {
            double[] jj = CurrentBlocks.product(j1, o1, j2, o2);
            double[] k2j1 = dotComplex(k2, j1, o1);
            double[] k1j2 = dotComplex(k1, j2, o2);
            double kk = dot(k1, k2);
            return new double[] {
                kk * jj[0] - (k2j1[0] * k1j2[0] - k2j1[1] * k1j2[1]),
                kk * jj[1] - (k2j1[0] * k1j2[1] + k2j1[1] * k1j2[0])
            };
        }
        // ε^{ρμσν} k1_ρ J1_μ k2_σ J2_ν
        double[] out = new double[2];
        for (int[] e : Levi.PERMUTATIONS) {
            double kk = lower(k1, e[0]) * lower(k2, e[2]) * e[4];
            if (kk == 0) {
                continue;
            }
            double ar = lower(j1[o1 + 2 * e[1]], e[1]);
            double ai = lower(j1[o1 + 2 * e[1] + 1], e[1]);
            double br = lower(j2[o2 + 2 * e[3]], e[3]);
            double bi = lower(j2[o2 + 2 * e[3] + 1], e[3]);
            out[0] += kk * (ar * br - ai * bi);
            out[1] += kk * (ar * bi + ai * br);
        }
        return out;
    }

    /** J_μ T^{μν}(k, q) as a vector with an upper index ν (4 complex components). */
    private double[] vectorTensor(double[] k, double[] j, int o, double[] q) {
        double[] out = new double[8];
        if (CurrentBlocks.isZero(j, o)) {
            return out;
        }
        if (!cpOdd) {
            // (k.q) J^ν - (q.J) k^ν
            double kq = dot(k, q);
            double[] qj = dotComplex(q, j, o);
            for (int nu = 0; nu < 4; nu++) {
                out[2 * nu] = kq * j[o + 2 * nu] - qj[0] * k[nu];
                out[2 * nu + 1] = kq * j[o + 2 * nu + 1] - qj[1] * k[nu];
            }
            return out;
        }
        // ε^{ρμσν} k_ρ J_μ q_σ
        for (int[] e : Levi.PERMUTATIONS) {
            double kq = lower(k, e[0]) * lower(q, e[2]) * e[4];
            if (kq == 0) {
                continue;
            }
            out[2 * e[3]] += kq * lower(j[o + 2 * e[1]], e[1]);
            out[2 * e[3] + 1] += kq * lower(j[o + 2 * e[1] + 1], e[1]);
        }
        return out;
    }

    private static double lower(double[] v, int mu) {
        return Dirac.metric(mu) * v[mu];
    }

    private static double lower(double x, int mu) {
        return Dirac.metric(mu) * x;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
    }

    /** k·J for a real k and a complex J at offset o. */
    private static double[] dotComplex(double[] k, double[] j, int o) {
        double r = 0;
        double i = 0;
        for (int mu = 0; mu < 4; mu++) {
            r += Dirac.metric(mu) * k[mu] * j[o + 2 * mu];
            i += Dirac.metric(mu) * k[mu] * j[o + 2 * mu + 1];
        }
        return new double[] {r, i};
    }

    /**
     * The top-loop form factor A_H(τ) = 2[τ + (τ − 1) f(τ)]/τ² or A_A(τ) = 2 f(τ)/τ with f =
     * arcsin²√τ (0 ≤ τ ≤ 1), −¼[ln((1 + b)/(1 − b)) − iπ]² (τ &gt; 1), −¼ ln²((b + 1)/(b − 1)) (τ
     * &lt; 0), b = √(1 − 1/τ); a series near τ = 0, where the closed forms cancel.
     */
    static double[] formFactor(double tau, boolean cpOdd) {
        if (Math.abs(tau) < 1e-3) {
            // f = τ + τ²/3 + 8τ³/45 + 4τ⁴/35 + …
            return cpOdd
                    ? new double[] {2 * (1 + tau / 3 + 8 * tau * tau / 45), 0}
                    : new double[] {4.0 / 3 + 14 * tau / 45 + 8 * tau * tau / 63, 0};
        }
        double fr;
        double fi = 0;
        if (tau < 0) {
            double b = Math.sqrt(1 - 1 / tau);
            double l = Math.log((b + 1) / (b - 1));
            fr = -l * l / 4;
        } else if (tau <= 1) {
            double a = Math.asin(Math.sqrt(tau));
            fr = a * a;
        } else {
            double b = Math.sqrt(1 - 1 / tau);
            double l = Math.log((1 + b) / (1 - b));
            fr = -(l * l - Math.PI * Math.PI) / 4;
            fi = Math.PI * l / 2;
        }
        if (cpOdd) {
            return new double[] {2 * fr / tau, 2 * fi / tau};
        }
        return new double[] {
            2 * (tau + (tau - 1) * fr) / (tau * tau), 2 * (tau - 1) * fi / (tau * tau)
        };
    }

    /**
     * The 24 permutations of (0, 1, 2, 3) with ε^{μ₀μ₁μ₂μ₃}, {μ₀, μ₁, μ₂, μ₃, ε}, in the convention
     * ε^{0123} = −1 (ε_{0123} = +1): with γ⁵ = diag(−1, −1, 1, 1) of {@link Dirac} it is the sign
     * for which the top loop's G G̃ vertex and the γ⁵ Yukawa interfere with QCD as the hand-written
     * process has them (an overall sign of the pseudoscalar amplitude is otherwise free).
     */
    private static final class Levi {
        static final int[][] PERMUTATIONS = new int[24][];

        static {
            int n = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    for (int c = 0; c < 4; c++) {
                        int d = 6 - a - b - c;
                        if (a == b || a == c || b == c || d == a || d == b || d == c) {
                            continue;
                        }
                        int[] p = {a, b, c, d};
                        int inversions = 0;
                        for (int i = 0; i < 4; i++) {
                            for (int j = i + 1; j < 4; j++) {
                                inversions += p[i] > p[j] ? 1 : 0;
                            }
                        }
                        PERMUTATIONS[n++] = new int[] {a, b, c, d, inversions % 2 == 0 ? -1 : 1};
                    }
                }
            }
        }
    }
}
