package org.quarryhep.scan;

/**
 * A one-bin counting experiment: expected signal and background at a luminosity, their Monte Carlo
 * statistical errors, and the background's relative systematic uncertainty.
 *
 * <p>The signal strength μ = n_sig/s is measured with variance σ² = (b + δb_MC² + (f b)²)/s² +
 * (δs_MC/s)²: Poisson fluctuation of the background, the background's MC statistical error and
 * systematic, and the signal's MC statistical error (taken at μ = 1).
 *
 * @param luminosityFb integrated luminosity in fb⁻¹
 * @param signal expected signal events s
 * @param background expected background events b
 * @param signalMcError absolute MC statistical error on s
 * @param backgroundMcError absolute MC statistical error on b
 * @param backgroundSystematic relative systematic uncertainty f on b
 */
public record CountingYields(
        double luminosityFb,
        double signal,
        double background,
        double signalMcError,
        double backgroundMcError,
        double backgroundSystematic) {

    /** σ of μ̂; infinite when there is no signal. */
    public double sigmaMu() {
        if (!(signal > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double fb = backgroundSystematic * background;
        double variance =
                (background + backgroundMcError * backgroundMcError + fb * fb) / (signal * signal)
                        + Math.pow(signalMcError / signal, 2);
        return Math.sqrt(variance);
    }

    /**
     * These yields at another luminosity at the same √s, following the HL-LHC Yellow Report
     * (CERN-2019-007): signal and background scale with L; the MC samples are the same, so their
     * relative statistical errors are kept (the absolute errors scale with L); the relative
     * background systematic is multiplied by the scheme's factor.
     */
    public CountingYields atLuminosity(double targetFb, Specs.SystematicsScheme scheme) {
        double k = targetFb / luminosityFb;
        return new CountingYields(
                targetFb,
                signal * k,
                background * k,
                signalMcError * k,
                backgroundMcError * k,
                backgroundSystematic * scheme.factor());
    }
}
