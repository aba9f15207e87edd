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
}
