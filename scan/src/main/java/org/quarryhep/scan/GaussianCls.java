package org.quarryhep.scan;

import org.quarryhep.stats.Distributions;

/**
 * CLs, upper limits and significances for a signal strength measured as μ̂ with a Gaussian
 * uncertainty σ (the asymptotic regime of Cowan, Cranmer, Gross, Vitells, arXiv:1007.1727, with σ
 * known): CLs+b(μ) = Φ((μ̂ − μ)/σ), CLb = Φ(μ̂/σ), CLs = CLs+b/CLb. The expected band N (N = 0 the
 * median, ±1, ±2) is the value at μ̂ = Nσ.
 */
public final class GaussianCls {
    private GaussianCls() {}

    /** CLs of the hypothesis μ given μ̂ and σ (1 when σ is infinite: no sensitivity). */
    public static double cls(double mu, double muHat, double sigma) {
        if (Double.isInfinite(sigma)) {
            return 1.0;
        }
        return Distributions.normalCdf((muHat - mu) / sigma)
                / Distributions.normalCdf(muHat / sigma);
    }

    /** Expected CLs of μ in band N: the CLs if μ̂ came out at Nσ. */
    public static double expectedCls(double mu, double sigma, int band) {
        return Double.isInfinite(sigma) ? 1.0 : cls(mu, band * sigma, sigma);
    }

    /**
     * The upper limit on μ at confidence 1 − α: the μ where CLs = α, μ̂ + σ Φ⁻¹(1 − α Φ(μ̂/σ))
     * (solving Φ((μ̂ − μ)/σ) = α Φ(μ̂/σ) for μ).
     */
    public static double upperLimit(double muHat, double sigma, double alpha) {
        if (Double.isInfinite(sigma)) {
            return Double.POSITIVE_INFINITY;
        }
        return muHat
                + sigma
                        * Distributions.normalQuantile(
                                1 - alpha * Distributions.normalCdf(muHat / sigma));
    }

    /** The expected upper limit in band N: σ (N + Φ⁻¹(1 − α Φ(N))). */
    public static double expectedUpperLimit(double sigma, int band, double alpha) {
        return upperLimit(band * sigma, sigma, alpha);
    }
}
