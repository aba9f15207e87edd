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
import org.quarryhep.analyses.diphunting.HeldOutFits.Kind;
import org.quarryhep.core.RandomStreams;
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

    /** The fits of the scans (all but the toy grid's fixed-summary one). */
    private static final List<Kind> SCAN_KINDS =
            List.of(Kind.NN, Kind.NN_UNCALIBRATED, Kind.DIRECT, Kind.BINNED, Kind.EXACT);

    private final HeldOutFits fits;
    private final DipConfig.Grid grid;
    private final DipConfig.Grid toyGrid;
    private final int[] scanNodes;

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
        fits = new HeldOutFits(pool, ratio, grid, toyGrid, binning, extra, progress);
        this.grid = grid;
        this.toyGrid = toyGrid;
        scanNodes = fits.scanNodes();
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

    /** Δt = t − its minimum over the nodes {@code over}. */
    static double[] relative(double[] t, int[] over) {
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
        int i0 = fits.index(injected);
        int[] at = withInjected(i0);
        double[] counts = fits.pseudoData(i0, lumiIfb, rng);
        double[] asimov = fits.pseudoData(i0, lumiIfb, null);
        Map<Kind, double[]> dt = new LinkedHashMap<>();
        Map<Kind, double[]> dtAsimov = new LinkedHashMap<>();
        for (Kind kind : SCAN_KINDS) {
            dt.put(kind, relative(fits.t(kind, counts, lumiIfb, at, i0), scanNodes));
            dtAsimov.put(kind, relative(fits.t(kind, asimov, lumiIfb, at, i0), scanNodes));
        }
        // The default NN fit is the two-step one: θ̃ from the per-θ network's best fit of the same
        // data set, then the network calibrated in the summary at θ̃ (for the Asimov data θ̃ is the
        // Asimov first fit's); the per-θ calibrated network stays as the *_nn_per_theta keys.
        int tilde = fits.firstFit(counts, lumiIfb, scanNodes);
        int asimovTilde = fits.firstFit(asimov, lumiIfb, scanNodes);
        double[] nnDt = relative(fits.t(Kind.NN_TWO_STEP, counts, lumiIfb, at, tilde), scanNodes);
        double[] nnAsimov =
                relative(fits.t(Kind.NN_TWO_STEP, asimov, lumiIfb, at, asimovTilde), scanNodes);
        // The exclusion-suited fit: a summary per m_S column, tuned at that column's first fit.
        double[] perMass = relative(fits.t(Kind.NN_PER_MASS, counts, lumiIfb, at, -1), scanNodes);
        double[] perMassAsimov =
                relative(fits.t(Kind.NN_PER_MASS, asimov, lumiIfb, at, -1), scanNodes);
        double[] perTheta = dt.get(Kind.NN);
        double[] binnedDt = dt.get(Kind.BINNED);
        double n = Arrays.stream(counts).sum();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("injected", injected.toMap());
        m.put("luminosity_fb", lumiIfb);
        m.put("n_events", n);
        m.put("expected_events", fits.expectedEvents(i0, lumiIfb));
        m.put("best_fit", fits.point(best(nnDt, scanNodes)).toMap());
        m.put("contains_injected_68", nnDt[i0] <= Q68);
        m.put("contains_injected_95", nnDt[i0] <= Q95);
        m.put("area_95_nn", area(nnDt, Q95));
        m.put("nn_summary_at", fits.point(tilde).toMap());
        m.put("asimov_nn_summary_at", fits.point(asimovTilde).toMap());
        m.put("area_95_nn_per_mass", area(perMass, Q95));
        m.put("asimov_area_95_nn_per_mass", area(perMassAsimov, Q95));
        m.put("nn_per_mass_contains_injected_95", perMass[i0] <= Q95);
        m.put("best_fit_nn_per_mass", fits.point(best(perMass, scanNodes)).toMap());
        m.put("asimov_nn_per_mass_summary_kappa", columnKappas(asimov, lumiIfb));
        // Raster scans (κ at each fixed m_S, one parameter), where the per-mass fit compares t
        // only within a column: the exclusion limit's form, for the per-mass NN, binned and exact.
        Map<String, double[]> raster = new LinkedHashMap<>();
        raster.put("nn_per_mass", perMass);
        raster.put("binned", binnedDt);
        raster.put("exact_ratio", dt.get(Kind.EXACT));
        Map<String, double[]> rasterAsimov = new LinkedHashMap<>();
        rasterAsimov.put("nn_per_mass", perMassAsimov);
        rasterAsimov.put("binned", dtAsimov.get(Kind.BINNED));
        rasterAsimov.put("exact_ratio", dtAsimov.get(Kind.EXACT));
        for (String k : raster.keySet()) {
            double[] r = PerMassFits.relative(fits, raster.get(k), scanNodes);
            double[] ra = PerMassFits.relative(fits, rasterAsimov.get(k), scanNodes);
            m.put("raster_area_95_" + k, area(r, PerMassFits.Q95_ONE));
            m.put("raster_" + k + "_contains_injected_95", r[i0] <= PerMassFits.Q95_ONE);
            m.put("asimov_raster_area_95_" + k, area(ra, PerMassFits.Q95_ONE));
            m.put("asimov_kappa_limit_95_" + k, PerMassFits.kappaLimits(fits, ra, scanNodes));
        }
        m.put("area_95_nn_per_theta", area(perTheta, Q95));
        m.put("nn_per_theta_contains_injected_95", perTheta[i0] <= Q95);
        m.put("best_fit_nn_per_theta", fits.point(best(perTheta, scanNodes)).toMap());
        m.put("area_95_binned", area(binnedDt, Q95));
        m.put("best_fit_binned", fits.point(best(binnedDt, scanNodes)).toMap());
        m.put("binned_contains_injected_95", binnedDt[i0] <= Q95);
        double[] uncal = dt.get(Kind.NN_UNCALIBRATED);
        m.put("area_95_nn_uncalibrated", area(uncal, Q95));
        m.put("nn_uncalibrated_contains_injected_95", uncal[i0] <= Q95);
        m.put("best_fit_nn_uncalibrated", fits.point(best(uncal, scanNodes)).toMap());
        if (injected.kappa() > 0) {
            // The network calibrated in its summary at θ̃ = θ₀ (the median expected regions of an
            // analysis whose summary is tuned at the true point; the toys measure its coverage).
            double[] fixed =
                    relative(fits.t(Kind.NN_FIXED_SUMMARY, counts, lumiIfb, at, i0), scanNodes);
            double[] fixedAsimov =
                    relative(fits.t(Kind.NN_FIXED_SUMMARY, asimov, lumiIfb, at, i0), scanNodes);
            m.put("area_95_nn_fixed_summary", area(fixed, Q95));
            m.put("asimov_area_95_nn_fixed_summary", area(fixedAsimov, Q95));
            m.put("nn_fixed_summary_contains_injected_95", fixed[i0] <= Q95);
            m.put("best_fit_nn_fixed_summary", fits.point(best(fixed, scanNodes)).toMap());
        }
        m.put("area_95_direct", area(dt.get(Kind.DIRECT), Q95));
        m.put("direct_contains_injected_95", dt.get(Kind.DIRECT)[i0] <= Q95);
        m.put("area_95_exact_ratio", area(dt.get(Kind.EXACT), Q95));
        m.put("exact_ratio_contains_injected_95", dt.get(Kind.EXACT)[i0] <= Q95);
        m.put("best_fit_exact_ratio", fits.point(best(dt.get(Kind.EXACT), scanNodes)).toMap());
        m.put("asimov_area_95_nn", area(nnAsimov, Q95));
        m.put("asimov_area_95_nn_per_theta", area(dtAsimov.get(Kind.NN), Q95));
        m.put("asimov_area_95_nn_uncalibrated", area(dtAsimov.get(Kind.NN_UNCALIBRATED), Q95));
        m.put("asimov_area_95_binned", area(dtAsimov.get(Kind.BINNED), Q95));
        m.put("asimov_area_95_direct", area(dtAsimov.get(Kind.DIRECT), Q95));
        m.put("asimov_area_95_exact_ratio", area(dtAsimov.get(Kind.EXACT), Q95));
        m.put("asimov_dt_sm_exact_ratio", smDt(dtAsimov.get(Kind.EXACT)));
        m.put("map", csv.getParent().getFileName() + "/" + csv.getFileName());
        StringBuilder sb =
                new StringBuilder(
                        "m_s,kappa,dt_nn_per_theta,dt_nn_uncalibrated,dt_direct,dt_binned,"
                                + "dt_exact,asimov_dt_nn_per_theta,"
                                + "asimov_dt_binned,asimov_dt_exact,dt_nn,asimov_dt_nn,"
                                + "dt_nn_per_mass,asimov_dt_nn_per_mass\n");
        List<DipConfig.Point> nodes = new ArrayList<>();
        double[] nnNodes = new double[scanNodes.length];
        double[] binnedNodes = new double[scanNodes.length];
        for (int j = 0; j < scanNodes.length; j++) {
            int p = scanNodes[j];
            DipConfig.Point pt = fits.point(p);
            nodes.add(pt);
            nnNodes[j] = nnDt[p];
            binnedNodes[j] = binnedDt[p];
            sb.append(pt.mS()).append(',').append(pt.kappa());
            for (Kind kind : SCAN_KINDS) {
                sb.append(',').append((float) dt.get(kind)[p]);
            }
            sb.append(',').append((float) dtAsimov.get(Kind.NN)[p]);
            sb.append(',').append((float) dtAsimov.get(Kind.BINNED)[p]);
            sb.append(',').append((float) dtAsimov.get(Kind.EXACT)[p]);
            sb.append(',').append((float) nnDt[p]);
            sb.append(',').append((float) nnAsimov[p]);
            sb.append(',').append((float) perMass[p]);
            sb.append(',').append((float) perMassAsimov[p]).append('\n');
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
                fits.point(best(nnDt, scanNodes)));
        m.put("figure", csv.getParent().getFileName() + "/" + png.getFileName());
        return m;
    }

    /** The per-mass fit's θ̃_m of a data set: κ̃ per m_S column of the scan grid, by m_S. */
    private Map<String, Double> columnKappas(double[] counts, double lumiIfb) {
        int[] tilde = PerMassFits.summaries(fits, counts, lumiIfb, scanNodes);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int j = 0; j < scanNodes.length; j++) {
            if (tilde[j] >= 0) {
                DipConfig.Point t = fits.point(tilde[j]);
                out.put(String.valueOf(t.mS()), t.kappa());
            }
        }
        return out;
    }

    /** Δt at the Standard Model (the scan grid's κ = 0 end, when it has one), else NaN. */
    private double smDt(double[] dt) {
        int sm = fits.indexOf(new DipConfig.Point(grid.massFrom(), 0));
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
        int i0 = fits.index(injected);
        double[] n = fits.binCounts(fits.pseudoData(i0, lumiIfb, rng));
        Files.createDirectories(file.getParent());
        WorkspaceWriter.write(fits.workspace(i0, lumiIfb, n, injected.kappa()).workspace(), file);
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
        return ToyCoverage.coverage(fits, toyGrid, toys, streams, progress);
    }

    /**
     * Expected m_tt̄ distributions (events at a luminosity) at some points.
     *
     * @param at the points (must have been evaluated)
     * @param lumiIfb the luminosity
     * @return one entry per point: theta, edges, expected_events
     */
    List<Map<String, Object>> distributions(List<DipConfig.Point> at, double lumiIfb) {
        return fits.distributions(at, lumiIfb);
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
        return fits.heldOut();
    }

    /** The number of held-out events the data live on. */
    int heldOutEvents() {
        return fits.heldOutEvents();
    }
}
