package org.quarryhep.stats.model;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.stats.Distributions;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.modifier.BinTerm;

/**
 * The main term of the likelihood (pyhf's {@code _MainModel}): a Poisson per bin of every channel,
 * with mean λ_b = Σ_samples (nominal + Σ additive terms) · Π multiplicative terms.
 */
final class MainModel {
    private final List<CompiledSample> samples;
    private final int nBins;

    MainModel(List<CompiledSample> samples, int nBins) {
        this.samples = samples;
        this.nBins = nBins;
    }

    /** Expected counts λ per main bin. */
    double[] expected(double[] pars) {
        double[] lam = new double[nBins];
        for (CompiledSample s : samples) {
            for (int b = 0; b < s.nominal().length; b++) {
                lam[s.offset() + b] += s.expected(pars, b);
            }
        }
        return lam;
    }

    /** Expected yields of one sample in one channel. */
    double[] expectedSample(String channel, String sample, double[] pars) {
        for (CompiledSample s : samples) {
            if (s.channel().equals(channel) && s.name().equals(sample)) {
                double[] out = new double[s.nominal().length];
                for (int b = 0; b < out.length; b++) {
                    out[b] = s.expected(pars, b);
                }
                return out;
            }
        }
        throw new IllegalArgumentException(
                "no sample '" + sample + "' in channel '" + channel + "'");
    }

    /** Draws Poisson counts at a parameter point. */
    double[] sample(double[] pars, SplittableRandom rng) {
        double[] lam = expected(pars);
        double[] main = new double[lam.length];
        for (int b = 0; b < lam.length; b++) {
            main[b] = Distributions.poisson(lam[b], rng);
        }
        return main;
    }

    /** Adds the Gauss–Newton curvature Σ_b (n_b/λ_b²) ∇λ_b ∇λ_bᵀ to {@code h}. */
    void addCurvature(double[][] h, double[] pars, ObservedData data) {
        int np = h.length;
        double[] lam = expected(pars);
        double[][] dl = jacobian(pars, np);
        int[] nz = new int[np];
        for (int b = 0; b < nBins; b++) {
            double n = data.mainAt(b);
            if (!(n > 0) || !(lam[b] > 0)) {
                continue;
            }
            double w = n / (lam[b] * lam[b]);
            double[] row = dl[b];
            int cnt = 0;
            for (int i = 0; i < np; i++) {
                if (row[i] != 0) {
                    nz[cnt++] = i;
                }
            }
            for (int a = 0; a < cnt; a++) {
                double ra = w * row[nz[a]];
                for (int c = 0; c < cnt; c++) {
                    h[nz[a]][nz[c]] += ra * row[nz[c]];
                }
            }
        }
    }

    /** ∂λ_b/∂θ_i, one row per bin. */
    private double[][] jacobian(double[] pars, int np) {
        double[][] dl = new double[nBins][np];
        double[] fv = new double[16];
        for (CompiledSample s : samples) {
            int nm = s.mult().length;
            if (fv.length < nm) {
                fv = new double[nm];
            }
            for (int b = 0; b < s.nominal().length; b++) {
                double[] row = dl[s.offset() + b];
                double base = s.nominal()[b];
                for (BinTerm t : s.add()) {
                    base += t.value(pars, b);
                }
                double f = 1.0;
                for (int k = 0; k < nm; k++) {
                    fv[k] = s.mult()[k].value(pars, b);
                    f *= fv[k];
                }
                for (BinTerm t : s.add()) {
                    int p = t.parameter(b);
                    if (p >= 0) {
                        row[p] += f * t.derivative(pars, b);
                    }
                }
                for (int k = 0; k < nm; k++) {
                    int p = s.mult()[k].parameter(b);
                    if (p < 0) {
                        continue;
                    }
                    double others = 1;
                    for (int j = 0; j < nm; j++) {
                        if (j != k) {
                            others *= fv[j];
                        }
                    }
                    row[p] += base * others * s.mult()[k].derivative(pars, b);
                }
            }
        }
        return dl;
    }

    /** The data-only part: ln Γ(n+1) − n + n ln n per bin. */
    double constant(ObservedData data) {
        double c = 0;
        for (int b = 0; b < nBins; b++) {
            double n = data.mainAt(b);
            if (n > 0) {
                c += Distributions.lnGamma(n + 1) - n + n * Math.log(n);
            }
        }
        return c;
    }

    /**
     * Σ_b (λ − n − n ln(λ/n)), overwriting {@code grad} (when given) with its gradient.
     *
     * @return the value, +∞ (and a NaN gradient) where some expected count is negative
     */
    double deviance(double[] pars, ObservedData data, double[] grad) {
        double[] lam = expected(pars);
        double nll = 0;
        double[] w = grad == null ? null : new double[nBins];
        for (int b = 0; b < nBins; b++) {
            double n = data.mainAt(b);
            double l = lam[b];
            if (n > 0 ? !(l > 0) : l < 0) {
                if (grad != null) {
                    Arrays.fill(grad, Double.NaN);
                }
                return Double.POSITIVE_INFINITY;
            }
            nll += n > 0 ? (l - n) - n * Math.log(l / n) : l;
            if (w != null) {
                w[b] = n > 0 ? 1 - n / l : 1;
            }
        }
        if (grad != null) {
            Arrays.fill(grad, 0.0);
            addGradient(pars, w, grad);
        }
        return nll;
    }

    /** grad += Σ_b w_b ∂λ_b/∂θ, with w_b = ∂(deviance)/∂λ_b. */
    private void addGradient(double[] pars, double[] w, double[] grad) {
        double[] fv = new double[16];
        for (CompiledSample s : samples) {
            int nm = s.mult().length;
            if (fv.length < nm) {
                fv = new double[nm];
            }
            for (int b = 0; b < s.nominal().length; b++) {
                double wb = w[s.offset() + b];
                double base = s.nominal()[b];
                for (BinTerm t : s.add()) {
                    base += t.value(pars, b);
                }
                double f = 1.0;
                for (int k = 0; k < nm; k++) {
                    fv[k] = s.mult()[k].value(pars, b);
                    f *= fv[k];
                }
                for (BinTerm t : s.add()) {
                    int p = t.parameter(b);
                    if (p >= 0) {
                        grad[p] += wb * f * t.derivative(pars, b);
                    }
                }
                for (int k = 0; k < nm; k++) {
                    int p = s.mult()[k].parameter(b);
                    if (p < 0) {
                        continue;
                    }
                    double others;
                    if (fv[k] != 0) {
                        others = f / fv[k];
                    } else {
                        others = 1;
                        for (int j = 0; j < nm; j++) {
                            if (j != k) {
                                others *= fv[j];
                            }
                        }
                    }
                    grad[p] += wb * base * others * s.mult()[k].derivative(pars, b);
                }
            }
        }
    }
}
