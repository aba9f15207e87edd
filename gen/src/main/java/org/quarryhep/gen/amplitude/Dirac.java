package org.quarryhep.gen.amplitude;

/**
 * Dirac algebra on complex arrays in the chiral (Weyl) representation, γ^μ = [[0, σ^μ], [σ̄^μ, 0]],
 * γ⁵ = diag(−1, −1, 1, 1), so P_L projects on the upper two components. Spinors are 4 complex
 * numbers stored as 8 doubles (re, im interleaved) from an offset; Lorentz vectors carry an upper
 * index and the metric is (+, −, −, −).
 */
final class Dirac {
    private Dirac() {}

    /** γ^μ as flat complex 4×4 matrices, entry (r, c) at 2(4r + c). */
    static final double[][] GAMMA = new double[4][32];

    static {
        // sigma^mu for mu = 0..3 as 2x2 complex matrices {re00, im00, re01, im01, re10, im10, ...}
        double[][] sigma = {
            {1, 0, 0, 0, 0, 0, 1, 0},
            {0, 0, 1, 0, 1, 0, 0, 0},
            {0, 0, 0, -1, 0, 1, 0, 0},
            {1, 0, 0, 0, 0, 0, -1, 0}
        };
        for (int mu = 0; mu < 4; mu++) {
            double sign = mu == 0 ? 1 : -1;
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    int s = 2 * (2 * r + c);
                    // upper-right block: sigma^mu
                    GAMMA[mu][2 * (4 * r + c + 2)] = sigma[mu][s];
                    GAMMA[mu][2 * (4 * r + c + 2) + 1] = sigma[mu][s + 1];
                    // lower-left block: sigma-bar^mu = (1, -sigma)
                    GAMMA[mu][2 * (4 * (r + 2) + c)] = sign * sigma[mu][s];
                    GAMMA[mu][2 * (4 * (r + 2) + c) + 1] = sign * sigma[mu][s + 1];
                }
            }
        }
    }

    /** The metric g_μμ. */
    static double metric(int mu) {
        return mu == 0 ? 1 : -1;
    }

    /** B̸ = γ^μ B_μ for a complex vector B^μ at offset bo; returns a flat 4×4 matrix. */
    static double[] slash(double[] b, int bo) {
        double[] m = new double[32];
        for (int mu = 0; mu < 4; mu++) {
            double re = metric(mu) * b[bo + 2 * mu];
            double im = metric(mu) * b[bo + 2 * mu + 1];
            if (re == 0 && im == 0) {
                continue;
            }
            double[] g = GAMMA[mu];
            for (int k = 0; k < 32; k += 2) {
                m[k] += g[k] * re - g[k + 1] * im;
                m[k + 1] += g[k] * im + g[k + 1] * re;
            }
        }
        return m;
    }

    /** s·p̸ + m for a real momentum p^μ and a sign s = ±1. */
    static double[] slashPlusMass(double[] p, double pSign, double mass) {
        double[] m = new double[32];
        for (int mu = 0; mu < 4; mu++) {
            double re = pSign * metric(mu) * p[mu];
            double[] g = GAMMA[mu];
            for (int k = 0; k < 32; k += 2) {
                m[k] += g[k] * re;
                m[k + 1] += g[k + 1] * re;
            }
        }
        for (int r = 0; r < 4; r++) {
            m[2 * (5 * r)] += mass;
        }
        return m;
    }

    /** out[oo..] += (f) · M·ψ, with the chiral weights cL on ψ's upper and cR on its lower half. */
    static void addMatrixTimesChiral(
            double[] m,
            double[] psi,
            int po,
            double cLre,
            double cLim,
            double cRre,
            double cRim,
            double[] out,
            int oo) {
        double[] chi = new double[8];
        for (int k = 0; k < 4; k++) {
            double cr = k < 2 ? cLre : cRre;
            double ci = k < 2 ? cLim : cRim;
            double re = psi[po + 2 * k];
            double im = psi[po + 2 * k + 1];
            chi[2 * k] = cr * re - ci * im;
            chi[2 * k + 1] = cr * im + ci * re;
        }
        for (int r = 0; r < 4; r++) {
            double sr = 0;
            double si = 0;
            for (int c = 0; c < 4; c++) {
                int k = 2 * (4 * r + c);
                sr += m[k] * chi[2 * c] - m[k + 1] * chi[2 * c + 1];
                si += m[k] * chi[2 * c + 1] + m[k + 1] * chi[2 * c];
            }
            out[oo + 2 * r] += sr;
            out[oo + 2 * r + 1] += si;
        }
    }

    /** out[oo..] += (ψ̄·M) then weighted by cL on the first two and cR on the last two entries. */
    static void addRowTimesMatrixChiral(
            double[] row,
            int ro,
            double[] m,
            double cLre,
            double cLim,
            double cRre,
            double cRim,
            double[] out,
            int oo) {
        for (int c = 0; c < 4; c++) {
            double sr = 0;
            double si = 0;
            for (int r = 0; r < 4; r++) {
                int k = 2 * (4 * r + c);
                double ar = row[ro + 2 * r];
                double ai = row[ro + 2 * r + 1];
                sr += ar * m[k] - ai * m[k + 1];
                si += ar * m[k + 1] + ai * m[k];
            }
            double cr = c < 2 ? cLre : cRre;
            double ci = c < 2 ? cLim : cRim;
            out[oo + 2 * c] += cr * sr - ci * si;
            out[oo + 2 * c + 1] += cr * si + ci * sr;
        }
    }

    /** Plain M·ψ (a fresh spinor). */
    static double[] matrixTimes(double[] m, double[] psi, int po) {
        double[] out = new double[8];
        addMatrixTimesChiral(m, psi, po, 1, 0, 1, 0, out, 0);
        return out;
    }

    /**
     * out^μ += c · ψ̄ γ^μ (a_L P_L + a_R P_R) ψ for μ = 0..3 (upper index), c complex.
     *
     * <p>The chiral weights act on ψ, the complex factor on the whole.
     */
    static void addBilinear(
            double[] row,
            int ro,
            double[] col,
            int co,
            double aL,
            double aR,
            double cre,
            double cim,
            double[] out,
            int oo) {
        double[] chi = new double[8];
        for (int k = 0; k < 8; k++) {
            chi[k] = (k < 4 ? aL : aR) * col[co + k];
        }
        for (int mu = 0; mu < 4; mu++) {
            double[] g = GAMMA[mu];
            double sr = 0;
            double si = 0;
            for (int r = 0; r < 4; r++) {
                double ar = row[ro + 2 * r];
                double ai = row[ro + 2 * r + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int c = 0; c < 4; c++) {
                    int k = 2 * (4 * r + c);
                    double gr = g[k];
                    double gi = g[k + 1];
                    if (gr == 0 && gi == 0) {
                        continue;
                    }
                    double tr = gr * chi[2 * c] - gi * chi[2 * c + 1];
                    double ti = gr * chi[2 * c + 1] + gi * chi[2 * c];
                    sr += ar * tr - ai * ti;
                    si += ar * ti + ai * tr;
                }
            }
            out[oo + 2 * mu] += cre * sr - cim * si;
            out[oo + 2 * mu + 1] += cre * si + cim * sr;
        }
    }
}
