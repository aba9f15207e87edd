package org.quarryhep.stats.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.model.Model;
import org.quarryhep.stats.modifier.Constraint;

/**
 * Maximum-likelihood fits of a {@link Model} to data: free fits, fits with the POI fixed, Hessian
 * uncertainties and correlations, pulls and profile-likelihood scans. Immutable; thread-safe.
 *
 * <p>By default a fit starts once from the model's suggested inits, as pyhf does. With {@link
 * #optStarts(int)} &gt; 1 it also starts from every Gaussian-constrained parameter at ±1σ and from
 * seeded random points in ±2σ, keeps the lowest minimum and lists every distinct minimum in {@link
 * FitResult#localMinima()}: likelihoods with non-monotonic templates can have several.
 */
public final class Fitter {
    private final Model model;
    private final BoundedMinimizer minimizer;
    private final int starts;
    private final long seed;
    private Provenance provenance;

    private Fitter(Model model, BoundedMinimizer minimizer, int starts, long seed) {
        this.model = model;
        this.minimizer = minimizer;
        this.starts = starts;
        this.seed = seed;
    }

    /**
     * A single-start fitter with the default minimiser.
     *
     * @param model the model
     * @return the fitter
     */
    public static Fitter of(Model model) {
        return new Fitter(model, BoundedMinimizer.defaults(), 1, 20240607L);
    }

    /**
     * The same fitter with several starting points (multi-start).
     *
     * @param n the number of starts (≥ 1)
     * @return a new fitter
     * @throws IllegalArgumentException when n &lt; 1
     */
    public Fitter optStarts(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one start, got " + n);
        }
        return new Fitter(model, minimizer, n, seed);
    }

    /** The model fitted. */
    public Model model() {
        return model;
    }

    /**
     * Fits every free parameter.
     *
     * @param data the data
     * @return the fit (without uncertainties)
     * @throws FitFailedException when the minimiser does not converge
     */
    public FitResult fit(ObservedData data) {
        return minimize(data, Double.NaN, null);
    }

    /**
     * Fits with the POI fixed (pyhf's {@code fixed_poi_fit}).
     *
     * @param mu the POI value
     * @param data the data
     * @return the conditional fit
     * @throws FitFailedException when the minimiser does not converge
     */
    public FitResult fixedPoiFit(double mu, ObservedData data) {
        return minimize(data, mu, null);
    }

    /**
     * Fits with the POI fixed, starting from a given point instead of the model's inits (scans and
     * limit searches start from the neighbouring solution; multi-start adds its other points).
     *
     * @param mu the POI value
     * @param data the data
     * @param start the starting point (the POI entry is replaced by mu)
     * @return the conditional fit
     * @throws FitFailedException when the minimiser does not converge
     */
    public FitResult fixedPoiFit(double mu, ObservedData data, double[] start) {
        return minimize(data, mu, start);
    }

    /**
     * Fits every free parameter and adds Hessian uncertainties and correlations.
     *
     * @param data the data
     * @return the fit with uncertainties
     * @throws FitFailedException when the minimiser does not converge
     */
    public FitResult fitWithUncertainties(ObservedData data) {
        FitResult r = fit(data);
        double[] x = r.bestFit();
        boolean[] fixed = model.fixedParameters();
        double[][] cov = covariance(x, data, fixed);
        int n = x.length;
        double[] err = new double[n];
        double[][] corr = new double[n][n];
        for (int i = 0; i < n; i++) {
            err[i] = Math.sqrt(Math.max(0, cov[i][i]));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                corr[i][j] =
                        err[i] > 0 && err[j] > 0 ? cov[i][j] / (err[i] * err[j]) : (i == j ? 1 : 0);
            }
        }
        return new FitResult(
                r.parameterNames(),
                x,
                r.nll(),
                err,
                corr,
                r.localMinima(),
                r.evaluations(),
                r.provenance());
    }

    /**
     * Pulls of the constrained parameters: (θ̂ − aux)/σ_prior, and the post-fit width in units of
     * the prior width, from a fit with uncertainties.
     *
     * @param fit a fit from {@link #fitWithUncertainties}
     * @return one pull per constrained component, in flat order
     * @throws IllegalArgumentException when the fit has no uncertainties
     */
    public List<Pull> pulls(FitResult fit) {
        if (fit.uncertainties() == null) {
            throw new IllegalArgumentException("pulls need a fit with uncertainties");
        }
        List<Pull> out = new ArrayList<>();
        double[] x = fit.bestFit();
        double[] err = fit.uncertainties();
        for (int i = 0; i < x.length; i++) {
            Constraint c = model.constraint(i);
            if (c == Constraint.NONE) {
                continue;
            }
            double width = model.priorWidth(i);
            double center = c == Constraint.POISSON ? 1.0 : model.nominalAux(i);
            out.add(new Pull(fit.parameterNames().get(i), (x[i] - center) / width, err[i] / width));
        }
        return out;
    }

    /**
     * A profile-likelihood scan of the POI: 2(−ln L(μ, θ̂̂) + ln L(μ̂, θ̂)) at each value.
     *
     * @param data the data
     * @param values the POI values
     * @return −2Δln L per value
     * @throws FitFailedException when a fit does not converge
     */
    public double[] profileScan(ObservedData data, double[] values) {
        double best = fit(data).nll();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = 2 * (fixedPoiFit(values[i], data).nll() - best);
        }
        return out;
    }

    private FitResult minimize(ObservedData data, double mu, double[] start) {
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        boolean[] fixed = model.fixedParameters();
        double[] x0 = start == null ? model.inits() : start.clone();
        if (start != null) {
            boolean[] held = model.fixedParameters();
            double[] inits = model.inits();
            for (int i = 0; i < x0.length; i++) {
                if (held[i]) {
                    x0[i] = inits[i];
                }
            }
        }
        if (!Double.isNaN(mu)) {
            int poi = model.poiIndex();
            x0[poi] = mu;
            lo[poi] = mu;
            hi[poi] = mu;
            fixed[poi] = true;
        }
        Objective f =
                new Objective() {
                    @Override
                    public double valueAndGradient(double[] x, double[] g) {
                        return model.deviance(x, data, g);
                    }

                    @Override
                    public double[][] curvature(double[] x) {
                        return model.gaussNewtonHessian(x, data);
                    }
                };
        double constant = model.nllConstant(data);
        List<double[]> startPoints = startPoints(x0, lo, hi, fixed);
        List<MinimizerResult> results = new ArrayList<>();
        int evals = 0;
        FitFailedException failure = null;
        for (double[] s : startPoints) {
            try {
                MinimizerResult r = minimizer.minimize(f, s, lo, hi, fixed);
                results.add(r);
                evals += r.evaluations();
            } catch (FitFailedException e) {
                failure = e;
            }
        }
        if (results.isEmpty() && start != null) {
            // A neighbouring solution can be a bad start at this POI value (a yield turning
            // negative); fall back to the model's inits.
            return minimize(data, mu, null);
        }
        if (results.isEmpty()) {
            throw failure;
        }
        results.sort(Comparator.comparingDouble(MinimizerResult::value));
        List<Double> minima = new ArrayList<>();
        for (MinimizerResult r : results) {
            if (minima.isEmpty() || r.value() + constant - minima.get(minima.size() - 1) > 1e-6) {
                minima.add(r.value() + constant);
            }
        }
        MinimizerResult best = results.get(0);
        return new FitResult(
                model.parameterNames(),
                best.x(),
                best.value() + constant,
                null,
                null,
                minima,
                evals,
                provenance());
    }

    /**
     * The provenance of this fitter's results: the model's, with the number of starts and the
     * multi-start seed. Computed on first use.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        Provenance p = provenance;
        if (p == null) {
            p =
                    model.provenance()
                            .derived(
                                    "stats.fit.Fitter",
                                    Map.of(
                                            "fit_starts",
                                            starts + (starts > 1 ? " (seed " + seed + ")" : "")));
            // Immutable, so a race only computes it twice.
            provenance = p;
        }
        return p;
    }

    private List<double[]> startPoints(double[] x0, double[] lo, double[] hi, boolean[] fixed) {
        List<double[]> pts = new ArrayList<>();
        pts.add(x0.clone());
        if (starts == 1) {
            return pts;
        }
        for (int sign : new int[] {1, -1}) {
            double[] p = x0.clone();
            for (int i = 0; i < p.length; i++) {
                if (!fixed[i] && model.constraint(i) == Constraint.NORMAL) {
                    p[i] =
                            clamp(
                                    model.nominalAux(i) + sign * model.constraintSigma(i),
                                    lo[i],
                                    hi[i]);
                }
            }
            pts.add(p);
        }
        SplittableRandom rng = new RandomStreams(seed).child("fit-starts").stream(0);
        while (pts.size() < starts) {
            double[] p = x0.clone();
            for (int i = 0; i < p.length; i++) {
                if (!fixed[i] && model.constraint(i) == Constraint.NORMAL) {
                    double u = 2 * rng.nextDouble() - 1;
                    p[i] =
                            clamp(
                                    model.nominalAux(i) + 2 * u * model.constraintSigma(i),
                                    lo[i],
                                    hi[i]);
                }
            }
            pts.add(p);
        }
        return pts.subList(0, Math.max(1, Math.min(starts, pts.size())));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.min(hi, Math.max(lo, v));
    }

    /** Inverse of the finite-difference Hessian of the analytic gradient over free components. */
    private double[][] covariance(double[] x, ObservedData data, boolean[] fixed) {
        int n = x.length;
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                free.add(i);
            }
        }
        int m = free.size();
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        double[][] hess = new double[m][m];
        double[] gp = new double[n];
        double[] gm = new double[n];
        double[] g0 = new double[n];
        model.nllAndGradient(x, data, g0);
        for (int a = 0; a < m; a++) {
            int i = free.get(a);
            double h = 1e-5 * Math.max(1, Math.abs(x[i]));
            double[] xp = x.clone();
            double[] xm = x.clone();
            boolean up = x[i] + h <= hi[i];
            boolean down = x[i] - h >= lo[i];
            xp[i] += h;
            xm[i] -= h;
            double denom;
            if (up && down) {
                model.nllAndGradient(xp, data, gp);
                model.nllAndGradient(xm, data, gm);
                denom = 2 * h;
            } else if (up) {
                model.nllAndGradient(xp, data, gp);
                System.arraycopy(g0, 0, gm, 0, n);
                denom = h;
            } else {
                System.arraycopy(g0, 0, gp, 0, n);
                model.nllAndGradient(xm, data, gm);
                denom = h;
            }
            for (int b = 0; b < m; b++) {
                hess[a][b] = (gp[free.get(b)] - gm[free.get(b)]) / denom;
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double s = 0.5 * (hess[a][b] + hess[b][a]);
                hess[a][b] = s;
                hess[b][a] = s;
            }
        }
        double[][] inv = Matrices.invert(hess);
        double[][] cov = new double[n][n];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                cov[free.get(a)][free.get(b)] = inv[a][b];
            }
        }
        return cov;
    }
}
