package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;

/**
 * Four-component Dirac algebra in the chiral basis (Peskin–Schroeder: γ^μ = [[0, σ^μ], [σ̄^μ, 0]],
 * γ⁵ = diag(−1, 1)) for amplitudes with massive internal lines: complex 4×4 matrices stored as 32
 * doubles (row-major, re/im interleaved) and spinors as 8 doubles.
 */
final class Dirac {
    private Dirac() {}

    /** γ^μ for μ = 0..3. */
    private static final double[][] GAMMA = new double[4][];

    static {
        // sigma^mu (upper-right block) and sigma-bar^mu (lower-left block)
        double[][][] sig = {
            {{1, 0, 0, 0}, {0, 0, 1, 0}}, // identity: rows (re,im) pairs
            {{0, 0, 1, 0}, {1, 0, 0, 0}}, // sigma_x
            {{0, 0, 0, -1}, {0, 1, 0, 0}}, // sigma_y
            {{1, 0, 0, 0}, {0, 0, -1, 0}} // sigma_z
        };
        for (int mu = 0; mu < 4; mu++) {
            double[] g = new double[32];
            double sBar = mu == 0 ? 1 : -1;
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    double re = sig[mu][r][2 * c];
                    double im = sig[mu][r][2 * c + 1];
                    // upper-right: sigma^mu
                    set(g, r, 2 + c, re, im);
                    // lower-left: sigma-bar^mu = (1, -sigma)
                    set(g, 2 + r, c, sBar * re, sBar * im);
                }
            }
            GAMMA[mu] = g;
        }
    }

    private static void set(double[] m, int r, int c, double re, double im) {
        m[8 * r + 2 * c] = re;
        m[8 * r + 2 * c + 1] = im;
    }

    /** The identity matrix times a real number. */
    static double[] identity(double f) {
        double[] m = new double[32];
        for (int i = 0; i < 4; i++) {
            m[8 * i + 2 * i] = f;
        }
        return m;
    }

    /** a^μ γ_μ for a real four-vector. */
    static double[] slash(FourMomentum p) {
        return slash(new double[] {p.e(), 0, p.px(), 0, p.py(), 0, p.pz(), 0});
    }

    /** a^μ γ_μ for a complex four-vector {re0, im0, re1, im1, ...} (upper index). */
    static double[] slash(double[] a) {
        double[] m = new double[32];
        for (int mu = 0; mu < 4; mu++) {
            double sign = mu == 0 ? 1 : -1;
            double re = sign * a[2 * mu];
            double im = sign * a[2 * mu + 1];
            double[] g = GAMMA[mu];
            for (int k = 0; k < 32; k += 2) {
                m[k] += re * g[k] - im * g[k + 1];
                m[k + 1] += re * g[k + 1] + im * g[k];
            }
        }
        return m;
    }

    /** Matrix sum a + b. */
    static double[] plus(double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = a[i] + b[i];
        }
        return m;
    }

    /** Matrix product. */
    static double[] times(double[] a, double[] b) {
        double[] m = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 4; k++) {
                    double ar = a[8 * r + 2 * k];
                    double ai = a[8 * r + 2 * k + 1];
                    double br = b[8 * k + 2 * c];
                    double bi = b[8 * k + 2 * c + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                m[8 * r + 2 * c] = re;
                m[8 * r + 2 * c + 1] = im;
            }
        }
        return m;
    }

    /** Product of several matrices, left to right. */
    static double[] chain(double[]... ms) {
        double[] m = ms[0];
        for (int i = 1; i < ms.length; i++) {
            m = times(m, ms[i]);
        }
        return m;
    }

    /** Left-chirality projector P_L = (1 − γ⁵)/2 = diag(1, 1, 0, 0). */
    static double[] projectorLeft() {
        double[] m = new double[32];
        m[0] = 1;
        m[8 + 2] = 1;
        return m;
    }

    /** A massless left-chirality u or v spinor (both are √(2E)(ξ₋, 0) up to a phase). */
    static double[] leftSpinor(FourMomentum p) {
        Weyl.Cx[] x = Weyl.left(p);
        return new double[] {x[0].re(), x[0].im(), x[1].re(), x[1].im(), 0, 0, 0, 0};
    }

    /** ψ̄₁ M ψ₂ = ψ₁† γ⁰ M ψ₂ as {re, im}. */
    static double[] sandwich(double[] psi1, double[] m, double[] psi2) {
        double[] mv = new double[8];
        for (int r = 0; r < 4; r++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < 4; k++) {
                double ar = m[8 * r + 2 * k];
                double ai = m[8 * r + 2 * k + 1];
                re += ar * psi2[2 * k] - ai * psi2[2 * k + 1];
                im += ar * psi2[2 * k + 1] + ai * psi2[2 * k];
            }
            mv[2 * r] = re;
            mv[2 * r + 1] = im;
        }
        // gamma^0 swaps the upper and lower halves
        double re = 0;
        double im = 0;
        for (int r = 0; r < 4; r++) {
            int s = (r + 2) % 4;
            double ar = psi1[2 * s];
            double ai = -psi1[2 * s + 1];
            re += ar * mv[2 * r] - ai * mv[2 * r + 1];
            im += ar * mv[2 * r + 1] + ai * mv[2 * r];
        }
        return new double[] {re, im};
    }

    /** The current ψ̄₁ γ^μ P_L ψ₂ as a complex four-vector (upper index). */
    static double[] leftCurrent(double[] psi1, double[] psi2) {
        double[] out = new double[8];
        double[] pl = projectorLeft();
        for (int mu = 0; mu < 4; mu++) {
            double[] v = sandwich(psi1, times(GAMMA[mu], pl), psi2);
            out[2 * mu] = v[0];
            out[2 * mu + 1] = v[1];
        }
        return out;
    }

    /** Matrix times column spinor. */
    static double[] apply(double[] m, double[] v) {
        double[] out = new double[8];
        for (int r = 0; r < 4; r++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < 4; k++) {
                double ar = m[8 * r + 2 * k];
                double ai = m[8 * r + 2 * k + 1];
                re += ar * v[2 * k] - ai * v[2 * k + 1];
                im += ar * v[2 * k + 1] + ai * v[2 * k];
            }
            out[2 * r] = re;
            out[2 * r + 1] = im;
        }
        return out;
    }

    /** Row spinor ψ̄ = ψ†γ⁰ times a matrix: the row vector ψ̄ M. */
    static double[] barTimes(double[] psi, double[] m) {
        double[] out = new double[8];
        for (int c = 0; c < 4; c++) {
            double re = 0;
            double im = 0;
            for (int r = 0; r < 4; r++) {
                int s = (r + 2) % 4;
                double ar = psi[2 * s];
                double ai = -psi[2 * s + 1];
                double br = m[8 * r + 2 * c];
                double bi = m[8 * r + 2 * c + 1];
                re += ar * br - ai * bi;
                im += ar * bi + ai * br;
            }
            out[2 * c] = re;
            out[2 * c + 1] = im;
        }
        return out;
    }

    /** Row vector times column vector. */
    static double[] contract(double[] row, double[] col) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < 4; k++) {
            re += row[2 * k] * col[2 * k] - row[2 * k + 1] * col[2 * k + 1];
            im += row[2 * k] * col[2 * k + 1] + row[2 * k + 1] * col[2 * k];
        }
        return new double[] {re, im};
    }

    /** γ⁵ = diag(−1, −1, 1, 1) in this basis. */
    static double[] gamma5() {
        double[] m = identity(1);
        m[0] = -1;
        m[10] = -1;
        return m;
    }
}
