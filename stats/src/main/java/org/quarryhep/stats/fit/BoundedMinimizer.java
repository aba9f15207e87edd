package org.quarryhep.stats.fit;

import java.util.Arrays;

/**
 * A bounded quasi-Newton minimiser: BFGS on the inverse Hessian, restricted each iteration to the
 * variables not held at a bound by their gradient (the active-set idea of L-BFGS-B, Byrd, Lu,
 * Nocedal & Zhu 1995, in dense form), with a projected Armijo backtracking line search.
 *
 * <p>The starting curvature is the objective's own approximation when it offers one ({@link
 * Objective#curvature}), otherwise the identity. Convergence: the max-norm of the projected
 * gradient below {@code gradientTolerance}; or the decrease predicted by the quasi-Newton model, ½
 * gᵀH⁻¹g, below 1e−11 · max(1, |f|) (the likelihood is then known to ~1e−11, far below what a CLs
 * value needs, while gradients of terms with large auxiliary counts cannot reach a fixed absolute
 * tolerance in double precision); or no further decrease at double precision while the projected
 * gradient is below {@code 1e3 × gradientTolerance}. A small predicted decrease is confirmed with
 * the objective's curvature before it counts, since a BFGS inverse Hessian that has become nearly
 * singular predicts one far from the minimum too. Running out of iterations throws {@link
 * FitFailedException} rather than returning a guess.
 */
public final class BoundedMinimizer {
    /** Converged when the predicted decrease ½ gᵀH⁻¹g is below this (relative to max(1, |f|)). */
    private static final double DECREMENT_TOLERANCE = 1e-11;

    /** Smallest accepted cosine between the search direction and −gradient before a restart. */
    private static final double ANGLE_TOLERANCE = 1e-6;

    /** When even a backtracking line search fails, a predicted decrease below this is noise. */
    private static final double NOISE_DECREMENT = 1e-8;

    private final int maxIterations;
    private final double gradientTolerance;

    /**
     * Creates a minimiser.
     *
     * @param maxIterations the iteration budget
     * @param gradientTolerance the projected-gradient max-norm at convergence
     */
    public BoundedMinimizer(int maxIterations, double gradientTolerance) {
        if (maxIterations < 1 || !(gradientTolerance > 0)) {
            throw new IllegalArgumentException(
                    "need maxIterations >= 1 and gradientTolerance > 0, got "
                            + maxIterations
                            + ", "
                            + gradientTolerance);
        }
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
    }

    /** A minimiser with 5000 iterations and gradient tolerance 1e−8. */
    public static BoundedMinimizer defaults() {
        return new BoundedMinimizer(5000, 1e-8);
    }

    /**
     * Minimises f over the box [lo, hi] with some variables held fixed.
     *
     * @param f the objective
     * @param x0 the start (clamped into the box)
     * @param lo lower bounds
     * @param hi upper bounds
     * @param fixed variables held at their start value, or {@code null}
     * @return the minimum
     * @throws FitFailedException when the budget runs out or f is not finite at the start
     */
    public MinimizerResult minimize(
            Objective f, double[] x0, double[] lo, double[] hi, boolean[] fixed) {
        return new Search(f, x0, lo, hi, fixed).run();
    }

    /** One minimisation: the iterate, its gradient and the inverse-Hessian approximation. */
    private final class Search {
        private final Objective f;
        private final double[] lo;
        private final double[] hi;
        private final int n;
        private final int[] free;
        private final int m;
        private final double[] x;
        private final double[] g;
        private final double[] d;
        private final double[] xt;
        private final double[] gt;
        private double fx;
        private double ft;
        private int evals;
        private double[][] h;

        /** True while h carries no curvature information (the identity). */
        private boolean fresh;

        private int stalls;
        private boolean triedCurvatureReset;

        Search(Objective f, double[] x0, double[] lo, double[] hi, boolean[] fixed) {
            this.f = f;
            this.lo = lo;
            this.hi = hi;
            n = x0.length;
            free = freeIndices(n, fixed);
            m = free.length;
            x = x0.clone();
            for (int i = 0; i < n; i++) {
                x[i] = Math.min(hi[i], Math.max(lo[i], x[i]));
            }
            g = new double[n];
            fx = f.valueAndGradient(x, g);
            evals = 1;
            if (!Double.isFinite(fx)) {
                throw new FitFailedException(
                        "negative log-likelihood is not finite at the start point");
            }
            h = identity(m);
            fresh = true;
            double[][] start = initialInverse(f, x, free);
            if (start != null) {
                h = start;
                fresh = false;
            }
            d = new double[n];
            xt = new double[n];
            gt = new double[n];
        }

        MinimizerResult run() {
            for (int it = 0; it < maxIterations; it++) {
                boolean[] active = new boolean[m];
                double pgNorm = projectedGradientNorm(active);
                if (pgNorm < gradientTolerance || m == 0) {
                    return result(it, pgNorm);
                }
                double slope = quasiNewtonDirection(active);
                if (!fresh && slope < 0 && belowResolution(slope, DECREMENT_TOLERANCE)) {
                    // The quasi-Newton model predicts less decrease than double precision can
                    // resolve. BFGS's inverse Hessian can also predict that far from the
                    // minimum, when it has become nearly singular along the gradient
                    // (DeficitFitRegressionTest: a gradient of 20 and -ln L 0.13 above the
                    // minimum). Confirm with the objective's own curvature before stopping;
                    // where it disagrees, go on along its direction.
                    double[][] again = initialInverse(f, x, free);
                    if (again == null) {
                        return result(it, pgNorm);
                    }
                    double check = direction(again, g, x, lo, hi, free, active, d);
                    if (!(check < 0) || belowResolution(check, DECREMENT_TOLERANCE)) {
                        return result(it, pgNorm);
                    }
                    h = again;
                    slope = check;
                }
                if (!(slope < 0)) {
                    steepestDescent(active);
                }
                if (fresh) {
                    limitToUnitMove();
                }
                if (!lineSearch()) {
                    if (!fresh && slope < 0 && belowResolution(slope, NOISE_DECREMENT)) {
                        // No step decreases f beyond round-off and the model predicts almost
                        // nothing.
                        return result(it, pgNorm);
                    }
                    if (recoverCurvature()) {
                        continue;
                    }
                    if (pgNorm < 1e3 * gradientTolerance) {
                        return result(it, pgNorm);
                    }
                    throw new FitFailedException(
                            "line search failed at iteration "
                                    + it
                                    + " (projected gradient "
                                    + pgNorm
                                    + ")");
                }
                if (acceptStepAndStalled(pgNorm)) {
                    return result(it, pgNorm);
                }
            }
            throw new FitFailedException(
                    "minimiser did not converge in " + maxIterations + " iterations");
        }

        private MinimizerResult result(int iterations, double pgNorm) {
            return new MinimizerResult(x, fx, iterations, evals, pgNorm);
        }

        /** True when the predicted decrease −slope/2 is below tolerance · max(1, |f|). */
        private boolean belowResolution(double slope, double tolerance) {
            return -0.5 * slope < tolerance * Math.max(1, Math.abs(fx));
        }

        /**
         * Marks the free variables held at a bound by their gradient as active; returns the
         * max-norm of the gradient over the others.
         */
        private double projectedGradientNorm(boolean[] active) {
            double pgNorm = 0;
            for (int a = 0; a < m; a++) {
                int i = free[a];
                boolean atLo = x[i] <= lo[i] && g[i] > 0;
                boolean atHi = x[i] >= hi[i] && g[i] < 0;
                active[a] = atLo || atHi;
                if (!active[a]) {
                    pgNorm = Math.max(pgNorm, Math.abs(g[i]));
                }
            }
            return pgNorm;
        }

        /** The direction d from h, restarted from the curvature when it is nearly ⊥ −g. */
        private double quasiNewtonDirection(boolean[] active) {
            double slope = direction(h, g, x, lo, hi, free, active, d);
            if (!fresh
                    && slope < 0
                    && -slope
                            < ANGLE_TOLERANCE
                                    * freeNorm(g, free, active)
                                    * freeNorm(d, free, active)) {
                // The direction is almost orthogonal to the gradient: BFGS updates have made the
                // inverse Hessian nearly singular along the gradient, and the iteration would
                // zig-zag in tiny steps (Nocedal & Wright, Numerical Optimization, §3.2, the angle
                // condition). Restart from the Gauss-Newton curvature.
                double[][] again = initialInverse(f, x, free);
                h = again != null ? again : identity(m);
                fresh = again == null;
                slope = direction(h, g, x, lo, hi, free, active, d);
            }
            return slope;
        }

        private void steepestDescent(boolean[] active) {
            h = identity(m);
            fresh = true;
            for (int a = 0; a < m; a++) {
                d[free[a]] = active[a] ? 0 : -g[free[a]];
            }
        }

        /** Without curvature information, limits the first step to a unit move. */
        private void limitToUnitMove() {
            double dmax = 0;
            for (int i : free) {
                dmax = Math.max(dmax, Math.abs(d[i]));
            }
            if (dmax > 1) {
                for (int i : free) {
                    d[i] /= dmax;
                }
            }
        }

        /**
         * Projected Armijo backtracking along d: xt, gt and ft hold the accepted point; false when
         * 60 halvings find none.
         */
        private boolean lineSearch() {
            double t = 1;
            for (int ls = 0; ls < 60; ls++) {
                double dec = 0;
                for (int i = 0; i < n; i++) {
                    xt[i] = Math.min(hi[i], Math.max(lo[i], x[i] + t * d[i]));
                    dec += g[i] * (xt[i] - x[i]);
                }
                ft = f.valueAndGradient(xt, gt);
                evals++;
                if (Double.isFinite(ft) && ft <= fx + 1e-4 * dec) {
                    return true;
                }
                t *= 0.5;
            }
            return false;
        }

        /**
         * After a failed line search: restarts from the identity, or once from the objective's
         * curvature; false when both have been tried.
         */
        private boolean recoverCurvature() {
            if (!fresh) {
                h = identity(m);
                fresh = true;
                return true;
            }
            double[][] again = initialInverse(f, x, free);
            if (again != null && !triedCurvatureReset) {
                h = again;
                fresh = false;
                triedCurvatureReset = true;
                return true;
            }
            return false;
        }

        /**
         * Moves to the accepted point, updates h by BFGS (scaling a fresh identity first), and
         * returns true after five steps in a row that do not decrease f at double precision while
         * the projected gradient is small.
         */
        private boolean acceptStepAndStalled(double pgNorm) {
            double[] s = new double[m];
            double[] y = new double[m];
            double sy = 0;
            double yy = 0;
            for (int a = 0; a < m; a++) {
                int i = free[a];
                s[a] = xt[i] - x[i];
                y[a] = gt[i] - g[i];
                sy += s[a] * y[a];
                yy += y[a] * y[a];
            }
            double change = fx - ft;
            System.arraycopy(xt, 0, x, 0, n);
            System.arraycopy(gt, 0, g, 0, n);
            fx = ft;
            if (sy > 1e-12 * Math.sqrt(yy) * norm(s)) {
                if (fresh) {
                    double scale = sy / yy;
                    for (int a = 0; a < m; a++) {
                        Arrays.fill(h[a], 0.0);
                        h[a][a] = scale;
                    }
                    fresh = false;
                }
                bfgsUpdate(h, s, y, sy);
            }
            if (change <= 1e-15 * Math.max(1, Math.abs(fx))) {
                stalls++;
                return stalls >= 5 && pgNorm < 1e3 * gradientTolerance;
            }
            stalls = 0;
            return false;
        }
    }

    /**
     * The quasi-Newton direction on the inactive variables. A variable sitting on a bound whose
     * component of the direction points out of the box is made active and the direction recomputed
     * (otherwise the projection would truncate every step and the iteration would crawl).
     */
    private static double direction(
            double[][] h,
            double[] g,
            double[] x,
            double[] lo,
            double[] hi,
            int[] free,
            boolean[] active,
            double[] d) {
        int m = free.length;
        while (true) {
            Arrays.fill(d, 0.0);
            double slope = 0;
            for (int a = 0; a < m; a++) {
                if (active[a]) {
                    continue;
                }
                double s = 0;
                for (int b = 0; b < m; b++) {
                    if (!active[b]) {
                        s -= h[a][b] * g[free[b]];
                    }
                }
                d[free[a]] = s;
                slope += s * g[free[a]];
            }
            boolean changed = false;
            for (int a = 0; a < m; a++) {
                int i = free[a];
                boolean outward = (x[i] <= lo[i] && d[i] < 0) || (x[i] >= hi[i] && d[i] > 0);
                if (active[a] || !outward) {
                    continue;
                }
                boolean gradientInward = (x[i] <= lo[i] && g[i] < 0) || (x[i] >= hi[i] && g[i] > 0);
                if (gradientInward) {
                    // The curvature model disagrees with the gradient here; move this variable
                    // along its scaled steepest-descent direction, which leaves the bound.
                    slope -= d[i] * g[i];
                    d[i] = -g[i] * Math.max(Math.abs(h[a][a]), 1e-12);
                    slope += d[i] * g[i];
                } else {
                    active[a] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return slope;
            }
        }
    }

    private static void bfgsUpdate(double[][] h, double[] s, double[] y, double sy) {
        int m = s.length;
        double rho = 1 / sy;
        double[] hy = new double[m];
        for (int a = 0; a < m; a++) {
            double v = 0;
            for (int b = 0; b < m; b++) {
                v += h[a][b] * y[b];
            }
            hy[a] = v;
        }
        double yhy = 0;
        for (int a = 0; a < m; a++) {
            yhy += y[a] * hy[a];
        }
        double c = (1 + rho * yhy) * rho;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                h[a][b] += c * s[a] * s[b] - rho * (hy[a] * s[b] + s[a] * hy[b]);
            }
        }
    }

    /** The inverse of the objective's curvature on the free variables, or null if unavailable. */
    private static double[][] initialInverse(Objective f, double[] x, int[] free) {
        double[][] c = f.curvature(x);
        if (c == null || free.length == 0) {
            return null;
        }
        int m = free.length;
        double[][] sub = new double[m][m];
        double maxDiag = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                sub[a][b] = c[free[a]][free[b]];
            }
            maxDiag = Math.max(maxDiag, sub[a][a]);
        }
        if (!(maxDiag > 0) || !Double.isFinite(maxDiag)) {
            return null;
        }
        for (int a = 0; a < m; a++) {
            // A small ridge keeps flat directions (a parameter the data do not constrain)
            // invertible.
            sub[a][a] += 1e-10 * maxDiag + (sub[a][a] > 0 ? 0 : 1e-6 * maxDiag);
        }
        return Matrices.invertSpd(sub);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Euclidean norm over the free, inactive variables. */
    private static double freeNorm(double[] v, int[] free, boolean[] active) {
        double sum = 0;
        for (int a = 0; a < free.length; a++) {
            if (!active[a]) {
                sum += v[free[a]] * v[free[a]];
            }
        }
        return Math.sqrt(sum);
    }

    private static double[][] identity(int m) {
        double[][] h = new double[m][m];
        for (int a = 0; a < m; a++) {
            h[a][a] = 1;
        }
        return h;
    }

    private static int[] freeIndices(int n, boolean[] fixed) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (fixed == null || !fixed[i]) {
                count++;
            }
        }
        int[] idx = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (fixed == null || !fixed[i]) {
                idx[k++] = i;
            }
        }
        return idx;
    }
}
