package org.quarryhep.stats.fit;

/** A differentiable function to minimise. */
@FunctionalInterface
public interface Objective {
    /**
     * Evaluates the function and its gradient.
     *
     * @param x the point
     * @param grad receives the gradient (overwritten)
     * @return the value (+∞ outside the domain)
     */
    double valueAndGradient(double[] x, double[] grad);

    /**
     * A positive semi-definite approximation of the Hessian at x, used as the minimiser's starting
     * curvature; {@code null} (the default) starts from the identity.
     *
     * @param x the point
     * @return the n × n matrix or {@code null}
     */
    default double[][] curvature(double[] x) {
        return null;
    }
}
