package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.Distributions;
import org.quarryhep.stats.WorkspaceWriter;

/**
 * Compatibility scans over (m_S, κ) on pseudo-data, with the learned ratios, the exact ratio and
 * the binned m_tt̄ HistFactory fit, and the coverage of their regions by toys.
 *
 * <p>The statistical model is the held-out events reweighted: at θ, event i of the held-out set is
 * expected λ_i(θ) = L w_i r(x_i|θ) times, with w_i its Standard-Model weight and r = dσ_θ/dσ_SM. A
 * data set at θ₀ is one Poisson count k_i ~ Poisson(λ_i(θ₀)) per event (the exact ratio; an
 * extended unbinned likelihood whose support is the held-out events), so any luminosity can be
 * emulated — an event is simply seen k_i times — and every fit is normalised on the very events the
 * data live on: ν(θ) = Σ λ_i(θ). Then ln L(θ) = Σ k_i ln r(x_i|θ) − ν(θ) + (terms free of θ), and
 * t(θ) = −2 Σ k_i ln r(x_i|θ) + 2(ν(θ) − ν_SM). For the exact ratio this model is the true
 * distribution of the toys, so its coverage tests Wilks' theorem itself; a network's r in place of
 * the exact one is a misspecified model of the same data, and its coverage measures what the
 * network's errors cost. (The first versions drew events with replacement and normalised the fits
 * on other events: with more draws than events the data became the pool's empirical distribution,
 * which the fits' normalisation did not describe — see the README.)
 *
 * <p>A network's ratio is its shape r̃ (E_SM[r̃] = 1 by calibration) times the known rate σ_θ/σ_SM
 * from the exact weights. The binned fit is a HistFactory workspace per θ ({@link BinnedWorkspace}:
 * B + κ⁴ S + κ² I with templates from the same events and shares), evaluated by {@code stats}.
 * Regions: Δt = t − min over the grid ≤ −2 ln(1 − CL) (Wilks, two parameters: 2.30, 5.99). Asimov
 * data (k_i = λ_i(θ₀)) give the median expected regions (Cowan, Cranmer, Gross, Vitells, Eur. Phys.
 * J. C 71 (2011) 1554).
 */
final class CompatibilityScan {
    /** Δt of the 68.27 % region for two parameters. */
    static final double Q68 = -2 * Math.log(1 - 0.682689492137086);

    /** Δt of the 95 % region for two parameters. */
    static final double Q95 = -2 * Math.log(1 - 0.95);

    /** One fit's ratio: ln r̃ per held-out event and ν(θ)/ν_SM, per point. */
    private record Fit(float[][] lnShape, double[] nuRatio) {}

    /** The fits, in the order of the Δt maps. */
    private enum Kind {
        NN,
        NN_UNCALIBRATED,
        DIRECT,
        BINNED,
        EXACT,
        /** The network calibrated in its summary at the toys' θ₀ (toy grid only). */
        NN_FIXED_SUMMARY
    }

    /** The fits of the scans (all but the toy grid's fixed-summary one). */
    private static final List<Kind> SCAN_KINDS =
            List.of(Kind.NN, Kind.NN_UNCALIBRATED, Kind.DIRECT, Kind.BINNED, Kind.EXACT);

    private final DipConfig.Grid grid;
    private final DipConfig.Grid toyGrid;
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
    CompatibilityScan(
            PartonPool pool,
            LearnedRatio ratio,
            DipConfig.Grid grid,
            DipConfig.Grid toyGrid,
            DipConfig.Binning binning,
            List<DipConfig.Point> extra,
            Progress progress) {
        events = Closure.testEvents(pool);
        this.grid = grid;
        this.toyGrid = toyGrid;
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
     * A data set at θ₀: a count per held-out event, Poisson(λ_i(θ₀)), or λ_i(θ₀) itself (Asimov)
     * when {@code rng} is null.
     */
    private double[] pseudoData(int injected, double lumiIfb, SplittableRandom rng) {
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
    private double[] binCounts(double[] counts) {
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

    private BinnedWorkspace workspace(int p, double lumiIfb, double[] observed, double kappa) {
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

    private double[] t(Kind kind, double[] counts, double lumiIfb, int[] at, int summaryAt) {
        return switch (kind) {
            case NN -> tRatio(counts, lumiIfb, nn, at);
            case NN_UNCALIBRATED -> tRatio(counts, lumiIfb, nnUncalibrated, at);
            case NN_FIXED_SUMMARY -> tRatio(counts, lumiIfb, fixedSummaryFit(summaryAt, at), at);
            case DIRECT -> tRatio(counts, lumiIfb, direct, at);
            case BINNED -> tBinned(counts, lumiIfb, at);
            case EXACT -> tRatio(counts, lumiIfb, exact, at);
        };
    }

    /** Δt = t − its minimum over the nodes {@code over}. */
    private static double[] relative(double[] t, int[] over) {
        double min = Double.POSITIVE_INFINITY;
        for (int p : over) {
            min = Math.min(min, t[p]);
        }
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = t[i] - min;
        }
        return d;
    }

    private static int best(double[] dt, int[] over) {
        int b = over[0];
        for (int p : over) {
            if (dt[p] < dt[b]) {
                b = p;
            }
        }
        return b;
    }

    /** The area of the scan grid's cells inside Δt ≤ q, GeV. */
    private double area(double[] dt, double q) {
        int inside = 0;
        for (int p : scanNodes) {
            if (dt[p] <= q) {
                inside++;
            }
        }
        return inside * grid.cellArea();
    }

    /** The scan nodes and θ₀. */
    private int[] withInjected(int i0) {
        int[] at = Arrays.copyOf(scanNodes, scanNodes.length + 1);
        at[scanNodes.length] = i0;
        return at;
    }

    /**
     * One scan on one pseudo-data set, with the Asimov (median expected) areas beside it.
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
        int[] at = withInjected(i0);
        double[] counts = pseudoData(i0, lumiIfb, rng);
        double[] asimov = pseudoData(i0, lumiIfb, null);
        Map<Kind, double[]> dt = new LinkedHashMap<>();
        Map<Kind, double[]> dtAsimov = new LinkedHashMap<>();
        for (Kind kind : SCAN_KINDS) {
            dt.put(kind, relative(t(kind, counts, lumiIfb, at, i0), scanNodes));
            dtAsimov.put(kind, relative(t(kind, asimov, lumiIfb, at, i0), scanNodes));
        }
        double[] nnDt = dt.get(Kind.NN);
        double[] binnedDt = dt.get(Kind.BINNED);
        double n = Arrays.stream(counts).sum();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("injected", injected.toMap());
        m.put("luminosity_fb", lumiIfb);
        m.put("n_events", n);
        m.put("expected_events", nuSm(lumiIfb) * exact.nuRatio()[i0]);
        m.put("best_fit", points.get(best(nnDt, scanNodes)).toMap());
        m.put("contains_injected_68", nnDt[i0] <= Q68);
        m.put("contains_injected_95", nnDt[i0] <= Q95);
        m.put("area_95_nn", area(nnDt, Q95));
        m.put("area_95_binned", area(binnedDt, Q95));
        m.put("best_fit_binned", points.get(best(binnedDt, scanNodes)).toMap());
        m.put("binned_contains_injected_95", binnedDt[i0] <= Q95);
        double[] uncal = dt.get(Kind.NN_UNCALIBRATED);
        m.put("area_95_nn_uncalibrated", area(uncal, Q95));
        m.put("nn_uncalibrated_contains_injected_95", uncal[i0] <= Q95);
        m.put("best_fit_nn_uncalibrated", points.get(best(uncal, scanNodes)).toMap());
        if (injected.kappa() > 0) {
            // The network calibrated in its summary at θ̃ = θ₀ (the median expected regions of an
            // analysis whose summary is tuned at the true point; the toys measure its coverage).
            double[] fixed = relative(t(Kind.NN_FIXED_SUMMARY, counts, lumiIfb, at, i0), scanNodes);
            double[] fixedAsimov =
                    relative(t(Kind.NN_FIXED_SUMMARY, asimov, lumiIfb, at, i0), scanNodes);
            m.put("area_95_nn_fixed_summary", area(fixed, Q95));
            m.put("asimov_area_95_nn_fixed_summary", area(fixedAsimov, Q95));
            m.put("nn_fixed_summary_contains_injected_95", fixed[i0] <= Q95);
            m.put("best_fit_nn_fixed_summary", points.get(best(fixed, scanNodes)).toMap());
        }
        m.put("area_95_direct", area(dt.get(Kind.DIRECT), Q95));
        m.put("direct_contains_injected_95", dt.get(Kind.DIRECT)[i0] <= Q95);
        m.put("area_95_exact_ratio", area(dt.get(Kind.EXACT), Q95));
        m.put("exact_ratio_contains_injected_95", dt.get(Kind.EXACT)[i0] <= Q95);
        m.put("best_fit_exact_ratio", points.get(best(dt.get(Kind.EXACT), scanNodes)).toMap());
        m.put("asimov_area_95_nn", area(dtAsimov.get(Kind.NN), Q95));
        m.put("asimov_area_95_nn_uncalibrated", area(dtAsimov.get(Kind.NN_UNCALIBRATED), Q95));
        m.put("asimov_area_95_binned", area(dtAsimov.get(Kind.BINNED), Q95));
        m.put("asimov_area_95_direct", area(dtAsimov.get(Kind.DIRECT), Q95));
        m.put("asimov_area_95_exact_ratio", area(dtAsimov.get(Kind.EXACT), Q95));
        m.put("asimov_dt_sm_exact_ratio", smDt(dtAsimov.get(Kind.EXACT)));
        m.put("map", csv.getParent().getFileName() + "/" + csv.getFileName());
        StringBuilder sb =
                new StringBuilder(
                        "m_s,kappa,dt_nn,dt_nn_uncalibrated,dt_direct,dt_binned,dt_exact,"
                                + "asimov_dt_nn,"
                                + "asimov_dt_binned,asimov_dt_exact\n");
        List<DipConfig.Point> nodes = new ArrayList<>();
        double[] nnNodes = new double[scanNodes.length];
        double[] binnedNodes = new double[scanNodes.length];
        for (int j = 0; j < scanNodes.length; j++) {
            int p = scanNodes[j];
            DipConfig.Point pt = points.get(p);
            nodes.add(pt);
            nnNodes[j] = nnDt[p];
            binnedNodes[j] = binnedDt[p];
            sb.append(pt.mS()).append(',').append(pt.kappa());
            for (Kind kind : SCAN_KINDS) {
                sb.append(',').append((float) dt.get(kind)[p]);
            }
            sb.append(',').append((float) dtAsimov.get(Kind.NN)[p]);
            sb.append(',').append((float) dtAsimov.get(Kind.BINNED)[p]);
            sb.append(',').append((float) dtAsimov.get(Kind.EXACT)[p]).append('\n');
        }
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, sb);
        Path png = csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".png"));
        Figures.scan(
                png,
                "theta0 = (" + injected.mS() + ", " + injected.kappa() + "), " + lumiIfb + " fb^-1",
                nodes,
                nnNodes,
                binnedNodes,
                injected,
                points.get(best(nnDt, scanNodes)));
        m.put("figure", csv.getParent().getFileName() + "/" + png.getFileName());
        return m;
    }

    /** Δt at the Standard Model (the scan grid's κ = 0 end, when it has one), else NaN. */
    private double smDt(double[] dt) {
        int sm = points.indexOf(new DipConfig.Point(grid.massFrom(), 0));
        return sm < 0 ? Double.NaN : dt[sm];
    }

    /**
     * Writes the binned fit of one pseudo-data set at θ₀ as a pyhf JSON workspace: the model at θ₀
     * with that data set's counts as the observation.
     *
     * @param injected θ₀
     * @param lumiIfb the luminosity, fb⁻¹
     * @param rng the pseudo-data's stream
     * @param file the JSON file
     * @throws IOException when it cannot be written
     */
    void writeWorkspace(DipConfig.Point injected, double lumiIfb, SplittableRandom rng, Path file)
            throws IOException {
        int i0 = index(injected);
        double[] n = binCounts(pseudoData(i0, lumiIfb, rng));
        Files.createDirectories(file.getParent());
        WorkspaceWriter.write(workspace(i0, lumiIfb, n, injected.kappa()).workspace(), file);
    }

    /**
     * The coverage of the 68 % and 95 % regions by toys at θ₀: the fraction of toys whose region
     * (Δt relative to the minimum over the toys' grid) contains θ₀, with its binomial error.
     *
     * @param toys the toys' count, luminosity and θ₀
     * @param streams one stream per toy
     * @param progress told after each toy
     * @return the coverage entry
     */
    Map<String, Object> coverage(DipConfig.Toys toys, RandomStreams streams, Progress progress) {
        int i0 = index(toys.injected());
        int sm = points.indexOf(new DipConfig.Point(toyGrid.massFrom(), 0));
        int[] at = Arrays.copyOf(toyNodes, toyNodes.length + (sm < 0 ? 1 : 2));
        at[toyNodes.length] = i0;
        if (sm >= 0) {
            at[toyNodes.length + 1] = sm;
        }
        Map<Kind, int[]> inside = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            inside.put(kind, new int[2]);
        }
        double[] dtSm = new double[toys.count()];
        double[] dtMax = new double[toys.count()];
        double[] dtMaxFixed = new double[toys.count()];
        boolean fixed = toys.injected().kappa() > 0;
        double lumi = toys.luminosityIfb();
        for (int t = 0; t < toys.count(); t++) {
            double[] counts = pseudoData(i0, lumi, streams.stream(t));
            for (Kind kind : Kind.values()) {
                if (kind == Kind.NN_FIXED_SUMMARY && !fixed) {
                    continue;
                }
                double[] dt = relative(t(kind, counts, lumi, at, i0), toyNodes);
                count(dt[i0], inside.get(kind));
                double max = 0;
                for (int p : toyNodes) {
                    max = Math.max(max, dt[p]);
                }
                if (kind == Kind.EXACT) {
                    dtSm[t] = sm < 0 ? Double.NaN : dt[sm];
                    dtMax[t] = max;
                } else if (kind == Kind.NN_FIXED_SUMMARY) {
                    dtMaxFixed[t] = max;
                }
            }
            progress.done(t + 1, toys.count());
        }
        // The Asimov (median expected) 95 % areas on the toys' fine grid, where the regions with
        // a signal span many cells (on the scan grid they are one to three).
        double[] asimov = pseudoData(i0, lumi, null);
        Map<String, Object> asimovArea = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            if (kind == Kind.NN_FIXED_SUMMARY && !fixed) {
                continue;
            }
            double[] dt = relative(t(kind, asimov, lumi, at, i0), toyNodes);
            int cells = 0;
            for (int p : toyNodes) {
                if (dt[p] <= Q95) {
                    cells++;
                }
            }
            asimovArea.put(
                    kind.name().toLowerCase(java.util.Locale.ROOT), cells * toyGrid.cellArea());
        }
        int n = toys.count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_toys", n);
        m.put("asimov_area_95_toy_grid", asimovArea);
        int[] nnIn = inside.get(Kind.NN);
        m.put("frac_68", (double) nnIn[0] / n);
        m.put("frac_95", (double) nnIn[1] / n);
        m.put("frac_68_error", binomialError(nnIn[0], n));
        m.put("frac_95_error", binomialError(nnIn[1], n));
        List<Kind> others =
                new ArrayList<>(
                        List.of(Kind.NN_UNCALIBRATED, Kind.DIRECT, Kind.BINNED, Kind.EXACT));
        if (fixed) {
            others.add(1, Kind.NN_FIXED_SUMMARY);
        }
        for (Kind kind : others) {
            String suffix =
                    kind == Kind.EXACT
                            ? "exact_ratio"
                            : kind.name().toLowerCase(java.util.Locale.ROOT);
            int[] c = inside.get(kind);
            m.put("frac_68_" + suffix, (double) c[0] / n);
            m.put("frac_68_" + suffix + "_error", binomialError(c[0], n));
            m.put("frac_95_" + suffix, (double) c[1] / n);
            m.put("frac_95_" + suffix + "_error", binomialError(c[1], n));
        }
        m.put("injected", toys.injected().toMap());
        m.put("luminosity_fb", lumi);
        m.put("expected_events", nuSm(lumi) * exact.nuRatio()[i0]);
        m.put("held_out_events", weight.length);
        m.put("nu_sm", nuSm(lumi));
        m.put("nu_sm_error", lumi * 1000 * sigmaSmError);
        m.put("grid", toyGrid.toMap());
        m.put("median_dt_sm_exact_ratio", median(dtSm));
        m.put("median_dt_max_exact_ratio", median(dtMax));
        if (fixed) {
            m.put("median_dt_max_nn_fixed_summary", median(dtMaxFixed));
        }
        return m;
    }

    /**
     * The binomial standard error of an observed fraction, √(f(1 − f)/n); for f = 0 or 1, where
     * that vanishes, the error at one count in n, √((1/n)(1 − 1/n)/n).
     */
    private static double binomialError(int k, int n) {
        double f = (double) k / n;
        if (k == 0 || k == n) {
            f = 1.0 / n;
        }
        return Math.sqrt(f * (1 - f) / n);
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
     * The held-out events the data live on, with their Standard-Model weights and m_tt̄ bins.
     *
     * @param events pool indices
     * @param weight w_SM per event, pb
     * @param bin m_tt̄ bin per event (−1 outside)
     * @param background B per bin, pb
     * @param binning the bins
     */
    record HeldOut(
            int[] events,
            double[] weight,
            int[] bin,
            double[] background,
            DipConfig.Binning binning) {}

    /** The held-out events, weights and bins (for the width scan). */
    HeldOut heldOut() {
        return new HeldOut(events, weight, bin, background, binning);
    }

    /** The number of held-out events the data live on. */
    int heldOutEvents() {
        return weight.length;
    }
}
