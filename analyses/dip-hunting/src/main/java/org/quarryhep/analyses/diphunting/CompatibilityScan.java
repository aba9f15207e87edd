package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.Distributions;

/**
 * Compatibility scans over (m_S, κ) on pseudo-data, with the learned ratios, the exact ratio and a
 * binned m_tt̄ template fit, and the coverage of their regions by toys.
 *
 * <p>The held-out events are split in two halves (alternately, so each sample is split evenly): the
 * <em>model</em> half gives everything the fits know, ν(θ) = ν_SM Ê_SM[r(x|θ)] computed from the
 * same ratio that enters Σ ln r, and the binned templates; the <em>toy</em> half is the "detector":
 * a data set at θ₀ is n ~ Poisson(ν(θ₀)) events drawn from it with replacement, with probabilities
 * ∝ w_SM r_exact(x|θ₀). Fit and data never share an event, and n is kept to a small fraction of the
 * toy half ({@link #MAX_TOY_FRACTION}) so that the data are mostly distinct events (with n ≫ the
 * pool, the data are the pool's empirical distribution, which no smooth ratio reproduces to 1/√n).
 *
 * <p>Extended likelihood. With ν(θ) p_θ(x) = ν_SM p_SM(x) r(x|θ), where r = dσ_θ/dσ_SM is the
 * unnormalised ratio and ν(θ) = ν_SM E_SM[r(θ)]: ln L(θ) = −ν(θ) + Σᵢ ln[ν(θ) p_θ(xᵢ)] = −ν(θ) + Σᵢ
 * ln r(xᵢ|θ) + (terms free of θ), so t(θ) = −2 Σᵢ ln r(xᵢ|θ) + 2(ν(θ) − ν_SM), zero at the SM.
 * Written with the normalised shape r̃ = r/E_SM[r] (what the networks learn, E_SM[r̃] = 1): t(θ) =
 * −2 Σᵢ ln r̃(xᵢ|θ) − 2n ln(ν(θ)/ν_SM) + 2(ν(θ) − ν_SM). For a network the unnormalised ratio is
 * its r̃ times the known rate σ_θ/σ_SM (from the exact weights of the model half), and its Ê_SM[r̃]
 * on the model half enters ν(θ), so each fit is self-consistent. The binned fit uses ν_b(θ) = B_b +
 * κ⁴ S_b(m_S) + κ² I_b(m_S) from the model half's exact weights w_SM r_exact. Regions: Δt = t − min
 * over the grid ≤ −2 ln(1 − CL) (Wilks, two parameters: 2.30, 5.99).
 */
final class CompatibilityScan {
    /** Δt of the 68.27 % region for two parameters. */
    static final double Q68 = -2 * Math.log(1 - 0.682689492137086);

    /** Δt of the 95 % region for two parameters. */
    static final double Q95 = -2 * Math.log(1 - 0.95);

    /** The largest expected toy size, as a fraction of the toy half. */
    static final double MAX_TOY_FRACTION = 0.10;

    /** One fit's ratio: ln r̃ on the toy half and ν(θ)/ν_SM, per point. */
    private record Fit(float[][] lnShape, double[] nuRatio) {}

    private final DipConfig.Grid grid;
    private final DipConfig.Binning binning;
    private final List<DipConfig.Point> points = new ArrayList<>();
    private final int[] toyEvents;
    private final Fit nn;
    private final Fit direct;
    private final Fit exact;
    private final double sigmaSm;
    private final double sigmaSmError;
    private final double[][] cumulative;
    private final double[][] templates;
    private final int[] bin;

    /**
     * Evaluates the learned ratios, the exact ratio and the templates at every grid point and at
     * the extra points (injected θ₀ off the grid).
     */
    CompatibilityScan(
            PartonPool pool,
            LearnedRatio ratio,
            DipConfig.Grid grid,
            DipConfig.Binning binning,
            List<DipConfig.Point> extra,
            Progress progress) {
        int[] test = Closure.testEvents(pool);
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
        int[] model = new int[(test.length + 1) / 2];
        toyEvents = new int[test.length / 2];
        for (int k = 0; k < test.length; k++) {
            if (k % 2 == 0) {
                model[k / 2] = test[k];
            } else {
                toyEvents[k / 2] = test[k];
            }
        }
        double smTest = 0;
        double smTest2 = 0;
        for (int i : test) {
            smTest += pool.smWeight(i);
            smTest2 += pool.smWeight(i) * pool.smWeight(i);
        }
        sigmaSm = smTest;
        sigmaSmError = Math.sqrt(smTest2);
        double smModel = 0;
        for (int i : model) {
            smModel += pool.smWeight(i);
        }
        int np = points.size();
        nn = new Fit(new float[np][], new double[np]);
        direct = new Fit(new float[np][], new double[np]);
        exact = new Fit(new float[np][], new double[np]);
        cumulative = new double[np][];
        templates = new double[np][binning.bins()];
        bin = new int[pool.size()];
        double width = (binning.high() - binning.low()) / binning.bins();
        for (int i = 0; i < pool.size(); i++) {
            double m = pool.mtt(i);
            bin[i] =
                    m < binning.low() || m >= binning.high()
                            ? -1
                            : (int) ((m - binning.low()) / width);
        }
        for (int p = 0; p < np; p++) {
            DipConfig.Point pt = points.get(p);
            PartonPool.Bsm bsm = pool.bsm(pt.mS(), pt.kappa());
            double[] lnExact = pool.trueLnDensityRatio(pt.mS(), pt.kappa());
            double rate = 0;
            for (int i : model) {
                double w = pool.smWeight(i) * Math.exp(lnExact[i]);
                rate += w;
                if (bin[i] >= 0) {
                    templates[p][bin[i]] += w * smTest / smModel;
                }
            }
            rate /= smModel;
            fill(exact, p, pool, model, lnExact, 1);
            double[] lnNn = ratio.lnRecombined(test, pt.mS(), pt.kappa(), bsm);
            fill(nn, p, pool, model, byPoolEvent(test, lnNn, pool.size()), rate);
            double[] lnDirect = ratio.lnDirect(test, pt.mS(), pt.kappa());
            fill(direct, p, pool, model, byPoolEvent(test, lnDirect, pool.size()), rate);
            double[] c = new double[toyEvents.length];
            double sum = 0;
            for (int k = 0; k < toyEvents.length; k++) {
                int i = toyEvents[k];
                sum += pool.smWeight(i) * Math.exp(lnExact[i]);
                c[k] = sum;
            }
            cumulative[p] = c;
            progress.done(p + 1, np);
        }
    }

    /** Values on the held-out events spread to a pool-sized array (NaN elsewhere). */
    private static double[] byPoolEvent(int[] events, double[] values, int size) {
        double[] out = new double[size];
        Arrays.fill(out, Double.NaN);
        for (int k = 0; k < events.length; k++) {
            out[events[k]] = values[k];
        }
        return out;
    }

    /**
     * One fit's entries at point p: ν(θ)/ν_SM = rate · Ê_SM[r] on the model half and ln r̃ = ln r −
     * ln Ê_SM[r] on the toy half. {@code lnr} is indexed by pool event; a shape-normalised ratio (a
     * network's) is scaled by the known rate σ_θ/σ_SM, the exact (unnormalised) one by 1.
     */
    private void fill(Fit fit, int p, PartonPool pool, int[] model, double[] lnr, double rate) {
        double sw = 0;
        double swr = 0;
        for (int i : model) {
            sw += pool.smWeight(i);
            swr += pool.smWeight(i) * Math.exp(lnr[i]);
        }
        double meanR = swr / sw;
        fit.nuRatio()[p] = rate * meanR;
        float[] shape = new float[toyEvents.length];
        for (int k = 0; k < toyEvents.length; k++) {
            shape[k] = (float) (lnr[toyEvents[k]] - Math.log(meanR));
        }
        fit.lnShape()[p] = shape;
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

    private int index(DipConfig.Point p) {
        int i = points.indexOf(p);
        if (i < 0) {
            throw new DipHuntingException("point " + p + " was not evaluated");
        }
        return i;
    }

    /** ν_SM at a luminosity (fb⁻¹), events. */
    private double nuSm(double lumiIfb) {
        return lumiIfb * 1000 * sigmaSm;
    }

    /**
     * Checks that a luminosity keeps the expected data set at most {@link #MAX_TOY_FRACTION} of the
     * toy half.
     *
     * @param lumiIfb the luminosity, fb⁻¹
     * @param field the configuration field it came from, for the message
     */
    void checkLuminosity(double lumiIfb, String field) {
        double n = nuSm(lumiIfb);
        if (n > MAX_TOY_FRACTION * toyEvents.length) {
            throw new DipHuntingException(
                    String.format(
                            java.util.Locale.ROOT,
                            "extensions.dip-hunting.%s: %s fb^-1 gives %.0f expected events, more"
                                    + " than %.0f %% of the %d toy-half events (at most %.3g"
                                    + " fb^-1), so the pseudo-data would repeat pool events",
                            field,
                            lumiIfb,
                            n,
                            100 * MAX_TOY_FRACTION,
                            toyEvents.length,
                            MAX_TOY_FRACTION * toyEvents.length / (1000 * sigmaSm)));
        }
    }

    /** A data set at θ₀: n ~ Poisson(ν(θ₀)) toy-half positions drawn ∝ w_SM r_exact(θ₀). */
    private int[] pseudoData(int injected, double lumiIfb, SplittableRandom rng) {
        double nu = nuSm(lumiIfb) * exact.nuRatio()[injected];
        int n = (int) Distributions.poisson(nu, rng);
        double[] c = cumulative[injected];
        double total = c[c.length - 1];
        int[] draws = new int[n];
        for (int d = 0; d < n; d++) {
            double u = rng.nextDouble() * total;
            int at = Arrays.binarySearch(c, u);
            draws[d] = Math.min(at < 0 ? -at - 1 : at + 1, c.length - 1);
        }
        return draws;
    }

    /** t(θ) of one ratio at every point (not yet minus its minimum). */
    private double[] tRatio(int[] draws, double lumiIfb, Fit fit) {
        double nuSm = nuSm(lumiIfb);
        int n = draws.length;
        double[] t = new double[points.size()];
        for (int p = 0; p < t.length; p++) {
            double s = 0;
            float[] l = fit.lnShape()[p];
            for (int d : draws) {
                s += l[d];
            }
            double ratioNu = fit.nuRatio()[p];
            t[p] = -2 * s - 2 * n * Math.log(ratioNu) + 2 * nuSm * (ratioNu - 1);
        }
        return t;
    }

    /** t(θ) of the binned template fit at every point. */
    private double[] tBinned(int[] draws, double lumiIfb) {
        double lumiPb = lumiIfb * 1000;
        double[] n = new double[binning.bins()];
        for (int d : draws) {
            int b = bin[toyEvents[d]];
            if (b >= 0) {
                n[b]++;
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
        int[] draws = pseudoData(i0, lumiIfb, rng);
        double[] nn = relative(tRatio(draws, lumiIfb, this.nn));
        double[] direct = relative(tRatio(draws, lumiIfb, this.direct));
        double[] binned = relative(tBinned(draws, lumiIfb));
        double[] exact = relative(tRatio(draws, lumiIfb, this.exact));
        int n = draws.length;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("injected", injected.toMap());
        m.put("luminosity_fb", lumiIfb);
        m.put("n_events", n);
        m.put("expected_events", nuSm(lumiIfb) * this.exact.nuRatio()[i0]);
        m.put("toy_half_events", toyEvents.length);
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
        m.put("best_fit_exact_ratio", points.get(best(exact)).toMap());
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
        // The sensitivity: with the exact ratio, Δt of the SM and the largest Δt on the grid per
        // toy.
        // Wilks's 2-parameter coverage needs both well above 5.99; at small n every point stays in.
        int sm = index(new DipConfig.Point(grid.massFrom(), 0));
        double[] dtSm = new double[toys.count()];
        double[] dtMax = new double[toys.count()];
        for (int t = 0; t < toys.count(); t++) {
            int[] draws = pseudoData(i0, toys.luminosityIfb(), streams.stream(t));
            count(relative(tRatio(draws, toys.luminosityIfb(), this.nn))[i0], nn);
            count(relative(tRatio(draws, toys.luminosityIfb(), this.direct))[i0], direct);
            count(relative(tBinned(draws, toys.luminosityIfb()))[i0], binned);
            double[] dtExact = relative(tRatio(draws, toys.luminosityIfb(), this.exact));
            count(dtExact[i0], exact);
            dtSm[t] = dtExact[sm];
            dtMax[t] = Arrays.stream(dtExact).max().orElseThrow();
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
        double expected = nuSm(toys.luminosityIfb()) * this.exact.nuRatio()[i0];
        m.put("expected_events", expected);
        m.put("toy_half_events", toyEvents.length);
        m.put("toy_fraction", expected / toyEvents.length);
        m.put("nu_sm", nuSm(toys.luminosityIfb()));
        m.put("nu_sm_error", toys.luminosityIfb() * 1000 * sigmaSmError);
        m.put("median_dt_sm_exact_ratio", median(dtSm));
        m.put("median_dt_max_exact_ratio", median(dtMax));
        return m;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
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

    /** The toy half's size, for the caller's bookkeeping. */
    int toyHalfEvents() {
        return toyEvents.length;
    }
}
