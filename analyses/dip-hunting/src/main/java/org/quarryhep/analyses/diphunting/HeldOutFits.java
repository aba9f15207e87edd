package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.stats.Distributions;

/**
 * The statistical model of the compatibility scans ({@link CompatibilityScan}): the held-out events
 * with their Standard-Model weights and m_tt̄ bins, every fit's ln r̃ and ν(θ)/ν_SM at the grids'
 * nodes and the extra points, the binned templates, pseudo-data and t(θ) of each fit.
 */
final class HeldOutFits {
    /** One fit's ratio: ln r̃ per held-out event and ν(θ)/ν_SM, per point. */
    record Fit(float[][] lnShape, double[] nuRatio) {}

    /** The fits, in the order of the Δt maps. */
    enum Kind {
        NN,
        NN_UNCALIBRATED,
        DIRECT,
        BINNED,
        EXACT,
        /** The network calibrated in its summary at the toys' θ₀ (toy grid only). */
        NN_FIXED_SUMMARY,
        /**
         * The network calibrated in its summary at θ̃ = the first fit's best point of the same data
         * set ({@link #firstFit}): the fixed summary as an analysis of real data can run it.
         */
        NN_TWO_STEP,
        /**
         * The network calibrated, in each m_S column of the fitted grid, in its summary at θ̃_m =
         * that column's best κ &gt; 0 in the per-θ first fit of the same data set ({@link
         * PerMassFits#summaries}): each mass is tested with a summary tuned to that mass.
         */
        NN_PER_MASS
    }

    private final DipConfig.Binning binning;
    private final List<DipConfig.Point> points = new ArrayList<>();
    private final int[] scanNodes;
    private final int[] toyNodes;
    private final int[] events;
    private final double[] weight;
    private final int[] bin;
    private final double sigmaSm;
    private final double sigmaSmError;
    private final Fit nn;
    private final Fit nnUncalibrated;

    /** σ_θ/σ_SM of the held-out events per point, from the exact shares. */
    private final double[] rate;

    /** Per summary point θ̃: the network calibrated in its ln r̂ at θ̃, filled where asked. */
    private final Map<Integer, Fit> fixedSummaryFits = new HashMap<>();

    private final Map<Integer, LearnedRatio.Summary> summaries = new HashMap<>();
    private final PartonPool pool;
    private final LearnedRatio ratio;
    private final Fit direct;
    private final Fit exact;
    private final double[] background;
    private final double[][] signal;
    private final double[][] interference;
    private final Map<Double, BinnedWorkspace[]> workspaces = new HashMap<>();

    /**
     * Evaluates the learned ratios, the exact ratio and the templates at every node of both grids
     * and at the extra points (injected θ₀ off the grids).
     */
    HeldOutFits(
            PartonPool pool,
            LearnedRatio ratio,
            DipConfig.Grid grid,
            DipConfig.Grid toyGrid,
            DipConfig.Binning binning,
            List<DipConfig.Point> extra,
            CompatibilityScan.Progress progress) {
        events = Closure.testEvents(pool);
        this.binning = binning;
        scanNodes = add(grid);
        toyNodes = add(toyGrid);
        for (DipConfig.Point p : extra) {
            if (!points.contains(p)) {
                points.add(p);
            }
        }
        int ne = events.length;
        weight = new double[ne];
        bin = new int[ne];
        background = new double[binning.bins()];
        double sw = 0;
        double sw2 = 0;
        double width = (binning.high() - binning.low()) / binning.bins();
        for (int k = 0; k < ne; k++) {
            int i = events[k];
            weight[k] = pool.smWeight(i);
            sw += weight[k];
            sw2 += weight[k] * weight[k];
            double m = pool.mtt(i);
            bin[k] =
                    m < binning.low() || m >= binning.high()
                            ? -1
                            : (int) ((m - binning.low()) / width);
            if (bin[k] >= 0) {
                background[bin[k]] += weight[k];
            }
        }
        sigmaSm = sw;
        sigmaSmError = Math.sqrt(sw2);
        int np = points.size();
        nn = new Fit(new float[np][], new double[np]);
        nnUncalibrated = new Fit(new float[np][], new double[np]);
        direct = new Fit(new float[np][], new double[np]);
        exact = new Fit(new float[np][], new double[np]);
        signal = new double[np][binning.bins()];
        interference = new double[np][binning.bins()];
        rate = new double[np];
        this.pool = pool;
        this.ratio = ratio;
        for (int p = 0; p < np; p++) {
            DipConfig.Point pt = points.get(p);
            PartonPool.Bsm shares = pool.shares(pt.mS(), pt.kappa());
            double k2 = pt.kappa() * pt.kappa();
            double[] lnExact = new double[ne];
            double rateP = 0;
            for (int k = 0; k < ne; k++) {
                int i = events[k];
                double s = shares.signal()[i];
                double in = shares.interference()[i];
                lnExact[k] = Math.log1p(s + in);
                rateP += weight[k] * (1 + s + in);
                if (bin[k] >= 0 && k2 > 0) {
                    signal[p][bin[k]] += weight[k] * s / (k2 * k2);
                    interference[p][bin[k]] += weight[k] * in / k2;
                }
            }
            rate[p] = rateP / sigmaSm;
            fill(exact, p, lnExact, 1);
            PartonPool.Bsm bsm = pool.bsm(pt.mS(), pt.kappa());
            LearnedRatio.Recombined learned =
                    ratio.lnRecombined(events, pt.mS(), pt.kappa(), bsm, shares);
            fill(nn, p, learned.calibrated(), rate[p]);
            fill(nnUncalibrated, p, learned.uncalibrated(), rate[p]);
            fill(direct, p, ratio.lnDirect(events, pt.mS(), pt.kappa()), rate[p]);
            progress.done(p + 1, np);
        }
    }

    /** Adds a grid's nodes to the points (once each); returns their indices. */
    private int[] add(DipConfig.Grid g) {
        List<Integer> at = new ArrayList<>();
        for (double m : g.masses()) {
            for (double k : g.couplings()) {
                DipConfig.Point p = new DipConfig.Point(m, k);
                int i = points.indexOf(p);
                if (i < 0) {
                    points.add(p);
                    i = points.size() - 1;
                }
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * One fit's entries at point p: ν(θ)/ν_SM = rate · Ê_SM[r] and ln r̃ = ln r − ln Ê_SM[r] on the
     * held-out events. A shape-normalised ratio (a network's) is scaled by the known rate σ_θ/σ_SM,
     * the exact (unnormalised) one by 1.
     */
    private void fill(Fit fit, int p, double[] lnr, double rate) {
        double swr = 0;
        for (int k = 0; k < lnr.length; k++) {
            swr += weight[k] * Math.exp(lnr[k]);
        }
        double meanR = swr / sigmaSm;
        fit.nuRatio()[p] = rate * meanR;
        float[] shape = new float[lnr.length];
        double lnMean = Math.log(meanR);
        for (int k = 0; k < lnr.length; k++) {
            shape[k] = (float) (lnr[k] - lnMean);
        }
        fit.lnShape()[p] = shape;
    }

    int index(DipConfig.Point p) {
        int i = points.indexOf(p);
        if (i < 0) {
            throw new DipHuntingException("point " + p + " was not evaluated");
        }
        return i;
    }

    /** ν_SM at a luminosity (fb⁻¹), events. */
    double nuSm(double lumiIfb) {
        return lumiIfb * 1000 * sigmaSm;
    }

    /**
     * A data set at θ₀: a count per held-out event, Poisson(λ_i(θ₀)), or λ_i(θ₀) itself (Asimov)
     * when {@code rng} is null.
     */
    double[] pseudoData(int injected, double lumiIfb, SplittableRandom rng) {
        float[] shape = exact.lnShape()[injected];
        double scale = lumiIfb * 1000 * exact.nuRatio()[injected];
        double[] counts = new double[weight.length];
        for (int k = 0; k < counts.length; k++) {
            double lambda = scale * weight[k] * Math.exp(shape[k]);
            counts[k] = rng == null ? lambda : Distributions.poisson(lambda, rng);
        }
        return counts;
    }

    /** t(θ) of one ratio at the given points (NaN elsewhere; not yet minus its minimum). */
    private double[] tRatio(double[] counts, double lumiIfb, Fit fit, int[] at) {
        double nuSm = nuSm(lumiIfb);
        double n = 0;
        for (double c : counts) {
            n += c;
        }
        double[] t = new double[points.size()];
        Arrays.fill(t, Double.NaN);
        for (int p : at) {
            double s = 0;
            float[] l = fit.lnShape()[p];
            for (int k = 0; k < counts.length; k++) {
                s += counts[k] * l[k];
            }
            double ratioNu = fit.nuRatio()[p];
            t[p] = -2 * s - 2 * n * Math.log(ratioNu) + 2 * nuSm * (ratioNu - 1);
        }
        return t;
    }

    /** The counts per m_tt̄ bin of a data set. */
    double[] binCounts(double[] counts) {
        double[] n = new double[binning.bins()];
        for (int k = 0; k < counts.length; k++) {
            if (bin[k] >= 0) {
                n[bin[k]] += counts[k];
            }
        }
        return n;
    }

    /** The binned workspace of point p at a luminosity (built once), with observed counts. */
    private BinnedWorkspace workspace(int p, double lumiIfb, double[] observed) {
        BinnedWorkspace[] atLumi =
                workspaces.computeIfAbsent(lumiIfb, l -> new BinnedWorkspace[points.size()]);
        if (atLumi[p] == null) {
            atLumi[p] = workspace(p, lumiIfb, observed, points.get(p).kappa());
        }
        return atLumi[p];
    }

    BinnedWorkspace workspace(int p, double lumiIfb, double[] observed, double kappa) {
        double lumiPb = lumiIfb * 1000;
        return new BinnedWorkspace(
                scaled(background, lumiPb),
                scaled(signal[p], lumiPb),
                scaled(interference[p], lumiPb),
                observed,
                kappa);
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int b = 0; b < v.length; b++) {
            out[b] = v[b] * factor;
        }
        return out;
    }

    /** t(θ) of the binned HistFactory fit at the given points (NaN elsewhere). */
    private double[] tBinned(double[] counts, double lumiIfb, int[] at) {
        double[] n = binCounts(counts);
        double[] t = new double[points.size()];
        Arrays.fill(t, Double.NaN);
        for (int p : at) {
            t[p] = workspace(p, lumiIfb, n).twiceNll(n);
        }
        return t;
    }

    /**
     * The network calibrated in one θ-independent summary, its ln r̂ at θ̃ (point {@code s}), at
     * the given points: for the data reduced to that summary the model is exact at every θ
     * (whatever θ̃ is), whereas a summary that changes with θ biases t (README, "Calibration").
     */
    private Fit fixedSummaryFit(int s, int[] at) {
        Fit f =
                fixedSummaryFits.computeIfAbsent(
                        s, k -> new Fit(new float[points.size()][], new double[points.size()]));
        DipConfig.Point tilde = points.get(s);
        LearnedRatio.Summary summary =
                summaries.computeIfAbsent(
                        s,
                        k ->
                                ratio.summary(
                                        events,
                                        tilde.mS(),
                                        tilde.kappa(),
                                        pool.bsm(tilde.mS(), tilde.kappa())));
        for (int p : at) {
            if (f.lnShape()[p] == null) {
                DipConfig.Point pt = points.get(p);
                double[] ln = ratio.calibratedIn(summary, pool.shares(pt.mS(), pt.kappa())).ln();
                fill(f, p, ln, rate[p]);
            }
        }
        return f;
    }

    double[] t(Kind kind, double[] counts, double lumiIfb, int[] at, int summaryAt) {
        return switch (kind) {
            case NN -> tRatio(counts, lumiIfb, nn, at);
            case NN_UNCALIBRATED -> tRatio(counts, lumiIfb, nnUncalibrated, at);
            case NN_FIXED_SUMMARY, NN_TWO_STEP ->
                    tRatio(counts, lumiIfb, fixedSummaryFit(summaryAt, at), at);
            case NN_PER_MASS -> PerMassFits.t(this, counts, lumiIfb, at);
            case DIRECT -> tRatio(counts, lumiIfb, direct, at);
            case BINNED -> tBinned(counts, lumiIfb, at);
            case EXACT -> tRatio(counts, lumiIfb, exact, at);
        };
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
            int i = index(p);
            double k2 = p.kappa() * p.kappa();
            double[] ev = new double[binning.bins()];
            for (int b = 0; b < ev.length; b++) {
                ev[b] =
                        lumiIfb
                                * 1000
                                * (background[b]
                                        + k2 * k2 * signal[i][b]
                                        + k2 * interference[i][b]);
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

    /**
     * The summary point θ̃ of the two-step fit: the best fit of the per-θ calibrated network to the
     * same data set over the nodes with κ > 0 (at κ = 0 the network's ln r̂ is the constant of the
     * Standard Model and summarises nothing). It is chosen from the data alone, never from the
     * injected θ₀.
     *
     * @param counts the data set
     * @param lumiIfb the luminosity, fb⁻¹
     * @param over the nodes of the grid that is fitted
     * @return the index of θ̃
     */
    int firstFit(double[] counts, double lumiIfb, int[] over) {
        double[] t = tRatio(counts, lumiIfb, nn, over);
        int best = -1;
        for (int p : over) {
            if (points.get(p).kappa() > 0 && (best < 0 || t[p] < t[best])) {
                best = p;
            }
        }
        if (best < 0) {
            throw new DipHuntingException("the grid has no node with kappa > 0 for the first fit");
        }
        return best;
    }

    /** The number of evaluated points (indices 0 … n − 1). */
    int pointCount() {
        return points.size();
    }

    /** The point of index p. */
    DipConfig.Point point(int p) {
        return points.get(p);
    }

    /** The index of a point, −1 when it was not evaluated. */
    int indexOf(DipConfig.Point p) {
        return points.indexOf(p);
    }

    /** The scan grid's nodes. */
    int[] scanNodes() {
        return scanNodes;
    }

    /** The toys' grid's nodes. */
    int[] toyNodes() {
        return toyNodes;
    }

    /** The error of ν_SM at a luminosity (fb⁻¹), from the held-out weights. */
    double nuSmError(double lumiIfb) {
        return lumiIfb * 1000 * sigmaSmError;
    }

    /** The events expected at point p at a luminosity (fb⁻¹), from the exact ratio. */
    double expectedEvents(int p, double lumiIfb) {
        return nuSm(lumiIfb) * exact.nuRatio()[p];
    }

    /** The held-out events, weights and bins (for the width scan). */
    CompatibilityScan.HeldOut heldOut() {
        return new CompatibilityScan.HeldOut(events, weight, bin, background, binning);
    }

    /** The number of held-out events the data live on. */
    int heldOutEvents() {
        return weight.length;
    }
}
