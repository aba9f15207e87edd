package org.quarryhep.gen.process;

import java.util.function.DoubleUnaryOperator;
import org.quarryhep.core.Units;
import org.quarryhep.gen.pdf.PdfSet;

/**
 * An independent hadronic cross section for tests: σ = Σ_ij ∫ dτ L_ij(τ) σ̂_ij(τs) with the parton
 * luminosity L_ij(τ) = ∫_τ¹ dx/x f_i(x) f_j(τ/x), both by deterministic composite Simpson
 * quadrature (no Monte Carlo, no VEGAS, no matrix element: only a closed-form σ̂(ŝ)).
 */
final class LuminosityIntegral {
    private static final int INNER = 400;
    private static final int OUTER = 600;

    /** The closed-form partonic cross section of one parton pair, pb. */
    interface PartonicCrossSection {
        double sigmaPb(int id1, int id2, double shat);
    }

    private final PdfSet pdf;
    private final double sqrtS;
    private final double mu;
    private final int[] partons;

    LuminosityIntegral(PdfSet pdf, double sqrtS, double mu, int[] partons) {
        this.pdf = pdf;
        this.sqrtS = sqrtS;
        this.mu = mu;
        this.partons = partons;
    }

    /** σ in pb over ŝ ∈ [lo, hi], splitting at a resonance {M, Γ} when given. */
    double sigma(PartonicCrossSection xs, double lo, double hi, double[] resonance) {
        DoubleUnaryOperator integrand =
                shat -> {
                    double tau = shat / (sqrtS * sqrtS);
                    double total = 0;
                    for (int a : partons) {
                        for (int b : partons) {
                            double s = xs.sigmaPb(a, b, shat);
                            if (s != 0) {
                                total += luminosity(a, b, tau) * s;
                            }
                        }
                    }
                    return total / (sqrtS * sqrtS);
                };
        if (resonance == null) {
            return logSimpson(integrand, lo, hi);
        }
        double m = resonance[0];
        double g = resonance[1];
        double a = Math.max(lo, Math.pow(Math.max(m - 15 * g, 0), 2));
        double b = Math.min(hi, Math.pow(m + 15 * g, 2));
        double total = 0;
        if (a > lo) {
            total += logSimpson(integrand, lo, a);
        }
        double phiA = Math.atan((a - m * m) / (m * g));
        double phiB = Math.atan((b - m * m) / (m * g));
        total +=
                simpson(
                        phi -> {
                            double shat = m * m + m * g * Math.tan(phi);
                            double d = shat - m * m;
                            return integrand.applyAsDouble(shat)
                                    * (d * d + m * m * g * g)
                                    / (m * g);
                        },
                        phiA,
                        phiB,
                        OUTER);
        if (hi > b) {
            total += logSimpson(integrand, b, hi);
        }
        return total;
    }

    /** L_ij(τ) = (1/τ) ∫_{ln τ}^0 d ln x · xf_i(x) · xf_j(τ/x). */
    double luminosity(int i, int j, double tau) {
        double lt = Math.log(tau);
        return simpson(
                        l -> {
                            double x = Math.exp(l);
                            double x2 = tau / x;
                            return pdf.xfxQ(i, x, mu) * pdf.xfxQ(j, x2, mu);
                        },
                        lt,
                        0,
                        INNER)
                / tau;
    }

    private static double logSimpson(DoubleUnaryOperator f, double lo, double hi) {
        return simpson(
                l -> {
                    double v = Math.exp(l);
                    return f.applyAsDouble(v) * v;
                },
                Math.log(lo),
                Math.log(hi),
                OUTER);
    }

    static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int k = 1; k < n; k++) {
            s += f.applyAsDouble(a + k * h) * (k % 2 == 1 ? 4 : 2);
        }
        return s * h / 3;
    }

    /**
     * ∫_{−1}^{1} f(cos) dcos for integrands peaked within δ of cos = ±1 (t- and u-channel poles):
     * each half is mapped logarithmically, a = 1 ∓ cos = δ((1 + 1/δ)^v − 1), then Simpson in v.
     */
    static double peakedCos(DoubleUnaryOperator f, double delta, int n) {
        double l = Math.log(1 + 1 / delta);
        DoubleUnaryOperator half =
                sign ->
                        simpson(
                                v -> {
                                    double a = delta * (Math.exp(l * v) - 1);
                                    return f.applyAsDouble(sign * (1 - a)) * (a + delta) * l;
                                },
                                0,
                                1,
                                n);
        return half.applyAsDouble(1) + half.applyAsDouble(-1);
    }

    /** GeV⁻² → pb. */
    static double pb(double gevMinus2) {
        return gevMinus2 * Units.GEV2_TO_PB;
    }
}
