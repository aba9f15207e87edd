package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.Distributions;

/**
 * Compatibility scans over (m_S, κ) on pseudo-data, with the learned ratio and with a binned m_tt̄
 * template fit, and the coverage of their regions by toys.
 *
 * <p>Pseudo-data at θ₀ are drawn from the held-out events: each event j gets a Poisson count with
 * mean L·w_j(θ₀) (its exact total weight, positive), so a data set of any luminosity costs one pass
 * over the held-out events, and every statistic is a weighted sum over them. The extended
 * likelihood relative to the Standard Model is ln L(θ) = −ν(θ) + n ln ν(θ) + Σ_j c_j ln r(x_j | θ)
 * and t(θ) = −2 ln L(θ) minus its minimum over the points; the binned fit uses the m_tt̄ templates
 * ν_b(θ) = L Σ_{j ∈ b} w_j(θ) = B_b + κ⁴ S_b(m_S) + κ² I_b(m_S), each from the exact weights. The
 * 68 % and 95 % regions are Δt ≤ −2 ln(1 − CL) (Wilks, two parameters).
 */
final class CompatibilityScan {
    /** Δt of the 68.27 % region for two parameters. */
    static final double Q68 = -2 * Math.log(1 - 0.682689492137086);

    /** Δt of the 95 % region for two parameters. */
    static final double Q95 = -2 * Math.log(1 - 0.95);

    private final int[] test;
    private final DipConfig.Grid grid;
    private final DipConfig.Binning binning;
    private final List<DipConfig.Point> points = new ArrayList<>();
    private final float[][] lnRosm;
    private final float[][] lnDirect;
    private final float[][] lnExact;
    private final float[][] total;
    private final double[] sigma;
    private final double[][] templates;
    private final int[] bin;

    /**
     * Evaluates the learned ratios, the exact weights and the templates at every grid point and at
     * the extra points (injected θ₀ off the grid).
     */
    CompatibilityScan(
            PartonPool pool,
            LearnedRatio ratio,
            DipConfig.Grid grid,
            DipConfig.Binning binning,
            List<DipConfig.Point> extra,
            Progress progress) {
        this.test = Closure.testEvents(pool);
        this.grid = grid;
        this.binning = binning;
        for (double m : grid.masses()) {
            for (double k : grid.couplings()) {
                points.add(new DipConfig.Point(m, k));
            }
        }
        for (DipConfig.Point p : extra) {
            if (!points.contains(p)) {
                points.add(p);
            }
        }
        int np = points.size();
        lnRosm = new float[np][];
        lnDirect = new float[np][];
        lnExact = new float[np][test.length];
        total = new float[np][test.length];
        sigma = new double[np];
        templates = new double[np][binning.bins()];
        bin = new int[test.length];
        double width = (binning.high() - binning.low()) / binning.bins();
        for (int k = 0; k < test.length; k++) {
            double m = pool.mtt(test[k]);
            bin[k] =
                    m < binning.low() || m >= binning.high()
                            ? -1
                            : (int) ((m - binning.low()) / width);
        }
        for (int p = 0; p < np; p++) {
            DipConfig.Point pt = points.get(p);
            PartonPool.Bsm bsm = pool.bsm(pt.mS(), pt.kappa());
            lnRosm[p] = toFloat(ratio.lnRecombined(test, pt.mS(), pt.kappa(), bsm));
            lnDirect[p] = toFloat(ratio.lnDirect(test, pt.mS(), pt.kappa()));
            double[] exact = pool.trueLnDensityRatio(pt.mS(), pt.kappa());
            double sm = 0;
            double all = 0;
            for (int i = 0; i < pool.size(); i++) {
                sm += pool.smWeight(i);
                all += pool.smWeight(i) + bsm.signal()[i] + bsm.interference()[i];
            }
            double lnNorm = Math.log(all / sm);
            for (int k = 0; k < test.length; k++) {
                int i = test[k];
                double w = pool.smWeight(i) + bsm.signal()[i] + bsm.interference()[i];
                total[p][k] = (float) w;
                sigma[p] += w;
                if (bin[k] >= 0) {
                    templates[p][bin[k]] += w;
                }
                lnExact[p][k] = (float) (exact[i] - lnNorm);
            }
            progress.done(p + 1, np);
        }
    }

    /** Told how many points are evaluated. */
    interface Progress {
        /**
         * Progress.
         *
         * @param done points done
         * @param total all points
         */
        void done(int done, int total);
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    private int index(DipConfig.Point p) {
        int i = points.indexOf(p);
        if (i < 0) {
            throw new DipHuntingException("point " + p + " was not evaluated");
        }
        return i;
    }

    /** Poisson counts per held-out event at θ₀. */
    private double[] pseudoData(int injected, double lumiIfb, SplittableRandom rng) {
        double lumiPb = lumiIfb * 1000;
        double[] c = new double[test.length];
        for (int k = 0; k < test.length; k++) {
            c[k] = Distributions.poisson(lumiPb * Math.max(0, total[injected][k]), rng);
        }
        return c;
    }

    /** t(θ) of the learned ratio at every point (not yet minus its minimum). */
    private double[] tRatio(double[] counts, double lumiIfb, float[][] lnr) {
        double lumiPb = lumiIfb * 1000;
        double n = 0;
        for (double c : counts) {
            n += c;
        }
        double[] t = new double[points.size()];
        for (int p = 0; p < t.length; p++) {
            double s = 0;
            float[] l = lnr[p];
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] != 0) {
                    s += counts[k] * l[k];
                }
            }
            double nu = lumiPb * sigma[p];
            t[p] = -2 * (s - nu + n * Math.log(nu));
        }
        return t;
    }

    /** t(θ) of the binned template fit at every point. */
    private double[] tBinned(double[] counts, double lumiIfb) {
        double lumiPb = lumiIfb * 1000;
        double[] n = new double[binning.bins()];
        for (int k = 0; k < counts.length; k++) {
            if (bin[k] >= 0) {
                n[bin[k]] += counts[k];
            }
        }
        double[] t = new double[points.size()];
        for (int p = 0; p < t.length; p++) {
            double s = 0;
            for (int b = 0; b < n.length; b++) {
                double nu = lumiPb * templates[p][b];
                if (nu <= 0) {
                    s = n[b] > 0 ? Double.NEGATIVE_INFINITY : s;
                    continue;
                }
                s += n[b] * Math.log(nu) - nu;
            }
            t[p] = -2 * s;
        }
        return t;
    }

    private static double[] relative(double[] t) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : t) {
            min = Math.min(min, v);
        }
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = t[i] - min;
        }
        return d;
    }

    private int best(double[] dt) {
        int b = 0;
        for (int i = 1; i < dt.length; i++) {
            if (dt[i] < dt[b]) {
                b = i;
            }
        }
        return b;
    }

    /** The area of the grid cells inside Δt ≤ q, GeV. */
    private double area(double[] dt, double q) {
        int inside = 0;
        int gridPoints = grid.massPoints() * grid.kappaPoints();
        for (int i = 0; i < gridPoints; i++) {
            if (dt[i] <= q) {
                inside++;
            }
        }
        return inside * grid.cellArea();
    }

    /**
     * One scan on one pseudo-data set.
     *
     * @param injected θ₀
     * @param lumiIfb the luminosity, fb⁻¹
     * @param rng the pseudo-data's stream
     * @param csv where the Δt map is written
     * @return the scan's results.json entry
     * @throws IOException when the map cannot be written
     */
    Map<String, Object> scan(
            DipConfig.Point injected, double lumiIfb, SplittableRandom rng, Path csv)
            throws IOException {
        int i0 = index(injected);
        double[] counts = pseudoData(i0, lumiIfb, rng);
        double[] nn = relative(tRatio(counts, lumiIfb, lnRosm));
        double[] direct = relative(tRatio(counts, lumiIfb, lnDirect));
        double[] binned = relative(tBinned(counts, lumiIfb));
        double[] exact = relative(tRatio(counts, lumiIfb, lnExact));
        double n = 0;
        for (double c : counts) {
            n += c;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("injected", injected.toMap());
        m.put("luminosity_fb", lumiIfb);
        m.put("n_events", n);
        m.put("best_fit", points.get(best(nn)).toMap());
        m.put("contains_injected_68", nn[i0] <= Q68);
        m.put("contains_injected_95", nn[i0] <= Q95);
        m.put("area_95_nn", area(nn, Q95));
        m.put("area_95_binned", area(binned, Q95));
        m.put("best_fit_binned", points.get(best(binned)).toMap());
        m.put("binned_contains_injected_95", binned[i0] <= Q95);
        m.put("area_95_direct", area(direct, Q95));
        m.put("direct_contains_injected_95", direct[i0] <= Q95);
        m.put("area_95_exact_ratio", area(exact, Q95));
        m.put("exact_ratio_contains_injected_95", exact[i0] <= Q95);
        m.put("map", csv.getParent().getFileName() + "/" + csv.getFileName());
        StringBuilder sb = new StringBuilder("m_s,kappa,dt_nn,dt_direct,dt_binned,dt_exact\n");
        for (int p = 0; p < points.size(); p++) {
            DipConfig.Point pt = points.get(p);
            sb.append(pt.mS())
                    .append(',')
                    .append(pt.kappa())
                    .append(',')
                    .append((float) nn[p])
                    .append(',')
                    .append((float) direct[p])
                    .append(',')
                    .append((float) binned[p])
                    .append(',')
                    .append((float) exact[p])
                    .append('\n');
        }
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, sb);
        Path png = csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".png"));
        Figures.scan(
                png,
                "theta0 = (" + injected.mS() + ", " + injected.kappa() + "), " + lumiIfb + " fb^-1",
                points,
                nn,
                binned,
                injected,
                points.get(best(nn)));
        m.put("figure", csv.getParent().getFileName() + "/" + png.getFileName());
        return m;
    }

    /**
     * The coverage of the 68 % and 95 % regions by toys at θ₀.
     *
     * @param toys the toys' count, luminosity and θ₀
     * @param streams one stream per toy
     * @return the coverage entry
     */
    Map<String, Object> coverage(DipConfig.Toys toys, RandomStreams streams) {
        int i0 = index(toys.injected());
        int[] nn = new int[2];
        int[] direct = new int[2];
        int[] binned = new int[2];
        int[] exact = new int[2];
        for (int t = 0; t < toys.count(); t++) {
            double[] counts = pseudoData(i0, toys.luminosityIfb(), streams.stream(t));
            count(relative(tRatio(counts, toys.luminosityIfb(), lnRosm))[i0], nn);
            count(relative(tRatio(counts, toys.luminosityIfb(), lnDirect))[i0], direct);
            count(relative(tBinned(counts, toys.luminosityIfb()))[i0], binned);
            count(relative(tRatio(counts, toys.luminosityIfb(), lnExact))[i0], exact);
        }
        double n = toys.count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_toys", toys.count());
        m.put("frac_68", nn[0] / n);
        m.put("frac_95", nn[1] / n);
        m.put("frac_68_error", Math.sqrt(0.6827 * 0.3173 / n));
        m.put("frac_95_error", Math.sqrt(0.95 * 0.05 / n));
        m.put("frac_68_direct", direct[0] / n);
        m.put("frac_95_direct", direct[1] / n);
        m.put("frac_68_binned", binned[0] / n);
        m.put("frac_95_binned", binned[1] / n);
        m.put("frac_68_exact_ratio", exact[0] / n);
        m.put("frac_95_exact_ratio", exact[1] / n);
        m.put("injected", toys.injected().toMap());
        m.put("luminosity_fb", toys.luminosityIfb());
        return m;
    }

    private static void count(double dt, int[] counts) {
        if (dt <= Q68) {
            counts[0]++;
        }
        if (dt <= Q95) {
            counts[1]++;
        }
    }

    /**
     * Expected m_tt̄ distributions (events at a luminosity) at some points.
     *
     * @param at the points (must have been evaluated)
     * @param lumiIfb the luminosity
     * @return one entry per point: theta, edges, expected_events
     */
    List<Map<String, Object>> distributions(List<DipConfig.Point> at, double lumiIfb) {
        double[] edges = new double[binning.bins() + 1];
        for (int b = 0; b <= binning.bins(); b++) {
            edges[b] = binning.low() + (binning.high() - binning.low()) * b / binning.bins();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (DipConfig.Point p : at) {
            double[] ev = templates[index(p)].clone();
            for (int b = 0; b < ev.length; b++) {
                ev[b] *= lumiIfb * 1000;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("theta", p.toMap());
            m.put("luminosity_fb", lumiIfb);
            m.put("edges", edges);
            m.put("expected_events", ev);
            out.add(m);
        }
        return out;
    }

    /** The pool, for the caller's bookkeeping. */
    int heldOutEvents() {
        return test.length;
    }
}
