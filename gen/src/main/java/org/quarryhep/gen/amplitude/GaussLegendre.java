package org.quarryhep.gen.amplitude;

/**
 * Gauss–Legendre nodes and weights on [−1, 1], found by Newton's method on P_n from the Chebyshev
 * guesses cos(π(k − ¼)/(n + ½)) (converged to rounding: the update is iterated until it stops
 * changing the node). Used for the smooth one-dimensional width integrals of the heavy-neutrino
 * sector.
 */
final class GaussLegendre {
    private GaussLegendre() {}

    /** The 64-point rule, {node, weight} pairs. */
    static final double[][] RULE_64 = rule(64);

    /**
     * The n-point rule.
     *
     * @param n the number of points
     * @return {node, weight} pairs
     */
    static double[][] rule(int n) {
        double[][] out = new double[n][];
        for (int k = 1; k <= n; k++) {
            double x = Math.cos(Math.PI * (k - 0.25) / (n + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1;
                double p1 = x;
                for (int j = 2; j <= n; j++) {
                    double p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = n * (x * p1 - p0) / (x * x - 1);
                double next = x - p1 / derivative;
                boolean done = Math.abs(next - x) <= 1e-16;
                x = next;
                if (done) {
                    break;
                }
            }
            out[k - 1] = new double[] {x, 2 / ((1 - x * x) * derivative * derivative)};
        }
        return out;
    }
}
