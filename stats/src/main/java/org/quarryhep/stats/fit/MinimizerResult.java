package org.quarryhep.stats.fit;

/**
 * The outcome of one minimisation.
 *
 * @param x the minimum found
 * @param value the function value there
 * @param iterations quasi-Newton iterations used
 * @param evaluations function-and-gradient evaluations used
 * @param projectedGradientNorm the max-norm of the projected gradient at x
 */
public record MinimizerResult(
        double[] x, double value, int iterations, int evaluations, double projectedGradientNorm) {
    /** Copies the array. */
    public MinimizerResult {
        x = x.clone();
    }

    /** The minimum found (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }
}
