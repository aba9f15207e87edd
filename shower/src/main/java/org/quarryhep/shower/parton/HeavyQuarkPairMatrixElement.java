package org.quarryhep.shower.parton;

/**
 * The O(α_s) matrix element of a colour singlet decaying to a massive quark pair, V → Q Q̄ g, for
 * vector and axial-vector currents, computed by explicit Dirac algebra (4 × 4 matrices in the Dirac
 * representation; gluon polarisations summed with −g, the current's contracted with −g + qq/q², as
 * a conserved lepton current gives after averaging over its orientation). Returned as (1/σ₀)
 * dσ/dx₁dx₂ in units of α_s/2π, so that for m → 0 it is C_F (x₁² + x₂²)/((1 − x₁)(1 − x₂)).
 */
final class HeavyQuarkPairMatrixElement {
    private static final double CF = 4.0 / 3.0;
    private static final double[] METRIC = {1, -1, -1, -1};
    private static final Complex4[] GAMMA = new Complex4[4];
    private static final Complex4 GAMMA5;

    static {
        GAMMA[0] = new Complex4();
        GAMMA[0].re[0][0] = 1;
        GAMMA[0].re[1][1] = 1;
        GAMMA[0].re[2][2] = -1;
        GAMMA[0].re[3][3] = -1;
        // γ^i = [[0, σ_i], [−σ_i, 0]]
        double[][][] sigmaRe = {{{0, 1}, {1, 0}}, {{0, 0}, {0, 0}}, {{1, 0}, {0, -1}}};
        double[][][] sigmaIm = {{{0, 0}, {0, 0}}, {{0, -1}, {1, 0}}, {{0, 0}, {0, 0}}};
        for (int i = 0; i < 3; i++) {
            Complex4 g = new Complex4();
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    g.re[a][b + 2] = sigmaRe[i][a][b];
                    g.im[a][b + 2] = sigmaIm[i][a][b];
                    g.re[a + 2][b] = -sigmaRe[i][a][b];
                    g.im[a + 2][b] = -sigmaIm[i][a][b];
                }
            }
            GAMMA[i + 1] = g;
        }
        GAMMA5 = new Complex4();
        GAMMA5.re[0][2] = 1;
        GAMMA5.re[1][3] = 1;
        GAMMA5.re[2][0] = 1;
        GAMMA5.re[3][1] = 1;
    }

    private HeavyQuarkPairMatrixElement() {}

    /**
     * (1/σ₀) dσ/dx₁dx₂ / (α_s/2π) at the phase-space point of quark p1, antiquark p2 (mass m each)
     * and gluon k, for the current v γ^μ − a γ^μγ⁵ (the vector–axial interference drops out of the
     * contraction with a symmetric tensor, so only v² and a² enter).
     *
     * @param v2 the vector coupling squared
     * @param a2 the axial-vector coupling squared
     */
    static double ratioToBorn(
            double[] p1, double[] p2, double[] k, double m, double v2, double a2) {
        double[] q = Vectors.add(Vectors.add(p1, p2), k);
        double s = Vectors.m2(q);
        double rs = Math.sqrt(s);
        double pz = Math.sqrt(Math.max(0, s / 4 - m * m));
        double[] rest = {0, 0, 0, rs};
        Complex4 a0 = slash(new double[] {0, 0, pz, rs / 2}).plus(Complex4.identity(m));
        Complex4 b0 = slash(new double[] {0, 0, -pz, rs / 2}).plus(Complex4.identity(-m));
        Complex4 a = slash(p1).plus(Complex4.identity(m));
        Complex4 b = slash(p2).plus(Complex4.identity(-m));
        Complex4 prop1 = slash(Vectors.add(p1, k)).plus(Complex4.identity(m));
        Complex4 prop2 = slash(Vectors.add(p2, k)).times(-1).plus(Complex4.identity(m));
        double d1 = 2 * Vectors.dot(p1, k);
        double d2 = 2 * Vectors.dot(p2, k);
        double born = 0;
        double three = 0;
        for (int type = 0; type < 2; type++) {
            double w = type == 0 ? v2 : a2;
            if (w == 0) {
                continue;
            }
            Complex4[] current = new Complex4[4];
            for (int mu = 0; mu < 4; mu++) {
                current[mu] = type == 1 ? GAMMA[mu].times(GAMMA5) : GAMMA[mu];
            }
            // Born at the same s: Q Q̄ back to back in the rest frame
            born += w * contract(a0, b0, current, rest, s);
            // O^{μα} = γ^α (p̸₁ + k̸ + m) Γ^μ /(2p₁·k) + Γ^μ (−p̸₂ − k̸ + m) γ^α /(2p₂·k)
            for (int alpha = 0; alpha < 4; alpha++) {
                Complex4[] o = new Complex4[4];
                for (int mu = 0; mu < 4; mu++) {
                    o[mu] =
                            GAMMA[alpha]
                                    .times(prop1)
                                    .times(current[mu])
                                    .times(1 / d1)
                                    .plus(
                                            current[mu]
                                                    .times(prop2)
                                                    .times(GAMMA[alpha])
                                                    .times(1 / d2));
                }
                // the gluon's polarisation sum −g_αβ
                three -= w * METRIC[alpha] * contract(a, b, o, q, s);
            }
        }
        double beta = Math.sqrt(1 - 4 * m * m / s);
        // (1/σ₀) dσ/dx₁dx₂ = g² C_F (T/B) [s/(128π³)] / [β/(8π)] = (α_s/2π) C_F (T/B) s/(2β)
        return CF * three / born * s / (2 * beta);
    }

    /** Σ_μν P_μν Tr[a O^μ b Ō^ν] with P_μν = −g_μν + q_μ q_ν/s and Ō = γ⁰ O† γ⁰. */
    private static double contract(Complex4 a, Complex4 b, Complex4[] o, double[] q, double s) {
        double[] qLower = {q[3], -q[0], -q[1], -q[2]};
        Complex4[] left = new Complex4[4];
        Complex4[] bar = new Complex4[4];
        for (int mu = 0; mu < 4; mu++) {
            left[mu] = a.times(o[mu]).times(b);
            bar[mu] = GAMMA[0].times(o[mu].dagger()).times(GAMMA[0]);
        }
        double sum = 0;
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                double p = (mu == nu ? -METRIC[mu] : 0) + qLower[mu] * qLower[nu] / s;
                if (p != 0) {
                    sum += p * left[mu].traceTimes(bar[nu]);
                }
            }
        }
        return sum;
    }

    /** p̸ = γ^μ p_μ for p = {px, py, pz, E}. */
    private static Complex4 slash(double[] p) {
        return GAMMA[0].times(p[3])
                .plus(GAMMA[1].times(-p[0]))
                .plus(GAMMA[2].times(-p[1]))
                .plus(GAMMA[3].times(-p[2]));
    }

    /** A complex 4 × 4 matrix. */
    private static final class Complex4 {
        final double[][] re = new double[4][4];
        final double[][] im = new double[4][4];

        static Complex4 identity(double f) {
            Complex4 c = new Complex4();
            for (int i = 0; i < 4; i++) {
                c.re[i][i] = f;
            }
            return c;
        }

        Complex4 plus(Complex4 o) {
            Complex4 c = new Complex4();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    c.re[i][j] = re[i][j] + o.re[i][j];
                    c.im[i][j] = im[i][j] + o.im[i][j];
                }
            }
            return c;
        }

        Complex4 times(double f) {
            Complex4 c = new Complex4();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    c.re[i][j] = f * re[i][j];
                    c.im[i][j] = f * im[i][j];
                }
            }
            return c;
        }

        Complex4 times(Complex4 o) {
            Complex4 c = new Complex4();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double r = 0;
                    double m = 0;
                    for (int k = 0; k < 4; k++) {
                        r += re[i][k] * o.re[k][j] - im[i][k] * o.im[k][j];
                        m += re[i][k] * o.im[k][j] + im[i][k] * o.re[k][j];
                    }
                    c.re[i][j] = r;
                    c.im[i][j] = m;
                }
            }
            return c;
        }

        Complex4 dagger() {
            Complex4 c = new Complex4();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    c.re[i][j] = re[j][i];
                    c.im[i][j] = -im[j][i];
                }
            }
            return c;
        }

        /** Re Tr[this · o]. */
        double traceTimes(Complex4 o) {
            double t = 0;
            for (int i = 0; i < 4; i++) {
                for (int k = 0; k < 4; k++) {
                    t += re[i][k] * o.re[k][i] - im[i][k] * o.im[k][i];
                }
            }
            return t;
        }
    }
}
