package org.quarryhep.stats.infer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.IntConsumer;
import org.quarryhep.core.Provenance;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.fit.FitFailedException;

/**
 * Upper limits on the POI where CLs(μ) = level, for the observed CLs and each member of the
 * expected band: by Brent root finding (bracketing, so the accuracy is guaranteed) or by linear
 * interpolation on a scan, as pyhf's {@code upper_limit} and {@code linear_grid_scan} do.
 */
public final class UpperLimit {
    private final DoubleFunction<HypoTestResult> test;
    private final double level;

    /**
     * Creates a limit setter around any hypothesis test.
     *
     * @param test μ → CLs observed and expected
     * @param level the CLs level, e.g. 0.05
     */
    public UpperLimit(DoubleFunction<HypoTestResult> test, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("CLs level must be in (0, 1), got " + level);
        }
        this.test = test;
        this.level = level;
    }

    /**
     * An asymptotic upper-limit setter (q̃ by default in pyhf).
     *
     * @param calc the calculator
     * @param data the observed data
     * @param level the CLs level
     * @return the limit setter (Asimov data and unconditional fits are computed once; not
     *     thread-safe)
     */
    public static UpperLimit asymptotic(
            AsymptoticCalculator calc, ObservedData data, double level) {
        AsymptoticCalculator.Session session = calc.session(data);
        return new UpperLimit(session::hypotest, level);
    }

    /**
     * Finds the limits by root finding in [lo, hi]; hi is doubled (up to 2¹⁰·hi) while CLs there is
     * still above the level.
     *
     * @param lo the lower end (usually the POI's lower bound, 0)
     * @param hi the upper end of the first bracket
     * @param xtol the absolute accuracy in μ
     * @param maxEval the budget of hypothesis tests
     * @param progress called with the number of tests done so far, or {@code null}
     * @return observed and expected limits
     * @throws FitFailedException when the budget runs out or no bracket exists
     */
    public LimitResult rootFinding(
            double lo, double hi, double xtol, int maxEval, IntConsumer progress) {
        Map<Double, HypoTestResult> cache = new HashMap<>();
        DoubleFunction<HypoTestResult> f =
                mu -> {
                    HypoTestResult r = cache.get(mu);
                    if (r == null) {
                        if (cache.size() >= maxEval) {
                            throw new FitFailedException(
                                    "upper limit: budget of "
                                            + maxEval
                                            + " hypothesis tests exhausted");
                        }
                        r = test.apply(mu);
                        cache.put(mu, r);
                        if (progress != null) {
                            progress.accept(cache.size());
                        }
                    }
                    return r;
                };
        double top = hi;
        for (int k = 0; k < 10 && maxBand(f.apply(top)) > level; k++) {
            top *= 2;
        }
        double[] limits = new double[6];
        for (int which = 0; which < 6; which++) {
            final int w = which;
            limits[which] = brent(mu -> value(f.apply(mu), w) - level, lo, top, xtol);
        }
        double[] expected = new double[5];
        System.arraycopy(limits, 1, expected, 0, 5);
        return new LimitResult(
                level,
                limits[0],
                expected,
                cache.size(),
                provenance(
                        f.apply(top),
                        "root_finding lo="
                                + lo
                                + " hi="
                                + hi
                                + " xtol="
                                + xtol
                                + " max="
                                + maxEval));
    }

    /**
     * Finds the limits by linear interpolation of CLs between scan points (pyhf's {@code
     * linear_grid_scan}).
     *
     * @param values increasing POI values
     * @param progress called with the number of tests done so far, or {@code null}
     * @return observed and expected limits
     * @throws FitFailedException when CLs does not cross the level inside the scan
     */
    public LimitResult scan(double[] values, IntConsumer progress) {
        HypoTestResult[] r = new HypoTestResult[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = test.apply(values[i]);
            if (progress != null) {
                progress.accept(i + 1);
            }
        }
        double[] limits = new double[6];
        for (int w = 0; w < 6; w++) {
            limits[w] = Double.NaN;
            for (int i = 0; i + 1 < values.length; i++) {
                double a = value(r[i], w);
                double b = value(r[i + 1], w);
                if (a >= level && b < level) {
                    limits[w] = values[i] + (level - a) * (values[i + 1] - values[i]) / (b - a);
                    break;
                }
            }
            if (Double.isNaN(limits[w])) {
                throw new FitFailedException(
                        "upper limit scan: CLs does not cross "
                                + level
                                + " between "
                                + values[0]
                                + " and "
                                + values[values.length - 1]);
            }
        }
        double[] expected = new double[5];
        System.arraycopy(limits, 1, expected, 0, 5);
        return new LimitResult(
                level,
                limits[0],
                expected,
                values.length,
                provenance(r[0], "scan " + java.util.Arrays.toString(values)));
    }

    /** The tests' provenance with the CLs level and the search method. */
    private Provenance provenance(HypoTestResult test, String method) {
        return test.provenance()
                .derived(
                        "stats.infer.UpperLimit",
                        Map.of("cls_level", Double.toString(level), "limit_method", method));
    }

    private static double value(HypoTestResult r, int which) {
        return which == 0 ? r.clsObserved() : r.clsExpected()[which - 1];
    }

    private static double maxBand(HypoTestResult r) {
        double m = r.clsObserved();
        for (double v : r.clsExpected()) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4):
     * inverse quadratic interpolation with bisection fallback; converges to |bracket| ≤ xtol.
     */
    static double brent(java.util.function.DoubleUnaryOperator g, double a, double b, double xtol) {
        double fa = g.applyAsDouble(a);
        double fb = g.applyAsDouble(b);
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (Math.signum(fa) == Math.signum(fb)) {
            throw new FitFailedException(
                    "upper limit: CLs - level has the same sign at "
                            + a
                            + " ("
                            + fa
                            + ") and "
                            + b
                            + " ("
                            + fb
                            + "); no crossing in the bracket");
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int it = 0; it < 200; it++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(b) + 0.5 * xtol;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            } else {
                d = m;
                e = m;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : Math.copySign(tol, m);
            fb = g.applyAsDouble(b);
        }
        throw new FitFailedException("upper limit: root finding did not converge in 200 steps");
    }
}
