package org.quarryhep.stats.fit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Tolerance;

/** The minimiser on functions with known minima. */
class BoundedMinimizerTest {
    private static final Objective ROSENBROCK =
            (x, g) -> {
                double a = 1 - x[0];
                double b = x[1] - x[0] * x[0];
                g[0] = -2 * a - 400 * x[0] * b;
                g[1] = 200 * b;
                return a * a + 100 * b * b;
            };

    @Test
    void rosenbrockMinimumIsOneOne() {
        MinimizerResult r =
                BoundedMinimizer.defaults()
                        .minimize(
                                ROSENBROCK,
                                new double[] {-1.2, 1},
                                new double[] {-5, -5},
                                new double[] {5, 5},
                                null);
        // Analytic minimum (1, 1), value 0. The minimiser resolves f to ~1e-11, which along the
        // valley (smallest Hessian eigenvalue ≈ 0.4) is √(2e-11/0.4) ≈ 7e-6 in x and y.
        Tolerance.assertClose(0, r.value(), 0, 1e-10, "f");
        Tolerance.assertClose(1, r.x()[0], 0, 2e-5, "x");
        Tolerance.assertClose(1, r.x()[1], 0, 2e-5, "y");
    }

    @Test
    void boundIsActiveWhenTheMinimumLiesOutside() {
        // min (x−3)² + (y+1)² on [0,2]×[0,2] is at (2, 0) by projection.
        Objective f =
                (x, g) -> {
                    g[0] = 2 * (x[0] - 3);
                    g[1] = 2 * (x[1] + 1);
                    return (x[0] - 3) * (x[0] - 3) + (x[1] + 1) * (x[1] + 1);
                };
        MinimizerResult r =
                BoundedMinimizer.defaults()
                        .minimize(
                                f,
                                new double[] {1, 1},
                                new double[] {0, 0},
                                new double[] {2, 2},
                                null);
        Tolerance.assertClose(2, r.x()[0], 0, 0, "x at upper bound");
        Tolerance.assertClose(0, r.x()[1], 0, 0, "y at lower bound");
        Tolerance.assertClose(2, r.value(), 0, 1e-15, "f");
    }

    @Test
    void fixedVariablesStayAndBudgetIsEnforced() {
        MinimizerResult r =
                BoundedMinimizer.defaults()
                        .minimize(
                                ROSENBROCK,
                                new double[] {0.5, 2},
                                new double[] {-5, -5},
                                new double[] {5, 5},
                                new boolean[] {false, true});
        // With y fixed at 2 the minimum over x of (1−x)² + 100(2−x²)² is near x = √2.
        Tolerance.assertClose(2, r.x()[1], 0, 0, "fixed");
        Tolerance.assertClose(Math.sqrt(2), r.x()[0], 1e-2, 0, "x");
        FitFailedException e =
                assertThrows(
                        FitFailedException.class,
                        () ->
                                new BoundedMinimizer(3, 1e-12)
                                        .minimize(
                                                ROSENBROCK,
                                                new double[] {-1.2, 1},
                                                new double[] {-5, -5},
                                                new double[] {5, 5},
                                                null));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("3 iterations"), e.getMessage());
    }
}
