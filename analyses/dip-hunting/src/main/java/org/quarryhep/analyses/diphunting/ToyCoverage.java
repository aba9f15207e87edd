package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quarryhep.analyses.diphunting.HeldOutFits.Kind;
import org.quarryhep.core.RandomStreams;

/**
 * The coverage of the compatibility regions ({@link CompatibilityScan}) by toys: Poisson data sets
 * at θ₀, each fitted by every ratio on the toys' grid.
 */
final class ToyCoverage {
    /** The fits whose raster scans (κ per fixed m_S) are also counted. */
    private static final List<Kind> RASTER = List.of(Kind.NN_PER_MASS, Kind.BINNED, Kind.EXACT);

    private ToyCoverage() {}

    /**
     * The coverage of the 68 % and 95 % regions by toys at θ₀: the fraction of toys whose region
     * (Δt relative to the minimum over the toys' grid) contains θ₀, with its binomial error.
     *
     * @param fits the model
     * @param toyGrid the toys' grid
     * @param toys the toys' count, luminosity and θ₀
     * @param streams one stream per toy
     * @param progress told after each toy
     * @return the coverage entry
     */
    static Map<String, Object> coverage(
            HeldOutFits fits,
            DipConfig.Grid toyGrid,
            DipConfig.Toys toys,
            RandomStreams streams,
            CompatibilityScan.Progress progress) {
        int[] toyNodes = fits.toyNodes();
        int i0 = fits.index(toys.injected());
        int sm = fits.indexOf(new DipConfig.Point(toyGrid.massFrom(), 0));
        int[] at = Arrays.copyOf(toyNodes, toyNodes.length + (sm < 0 ? 1 : 2));
        at[toyNodes.length] = i0;
        if (sm >= 0) {
            at[toyNodes.length + 1] = sm;
        }
        Map<Kind, int[]> inside = new LinkedHashMap<>();
        Map<Kind, int[]> insideRaster = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            inside.put(kind, new int[2]);
        }
        for (Kind kind : RASTER) {
            insideRaster.put(kind, new int[2]);
        }
        double[] dtSm = new double[toys.count()];
        double[] dtMax = new double[toys.count()];
        double[] dtMaxFixed = new double[toys.count()];
        boolean fixed = toys.injected().kappa() > 0;
        double lumi = toys.luminosityIfb();
        Set<Integer> summaryPoints = new TreeSet<>();
        for (int t = 0; t < toys.count(); t++) {
            double[] counts = fits.pseudoData(i0, lumi, streams.stream(t));
            int tilde = fits.firstFit(counts, lumi, toyNodes);
            summaryPoints.add(tilde);
            for (Kind kind : Kind.values()) {
                if (kind == Kind.NN_FIXED_SUMMARY && !fixed) {
                    continue;
                }
                int summaryAt = kind == Kind.NN_TWO_STEP ? tilde : i0;
                double[] dt =
                        CompatibilityScan.relative(
                                fits.t(kind, counts, lumi, at, summaryAt), toyNodes);
                count(dt[i0], inside.get(kind));
                if (insideRaster.containsKey(kind)) {
                    double r = PerMassFits.relative(fits, dt, toyNodes)[i0];
                    int[] c = insideRaster.get(kind);
                    c[0] += r <= PerMassFits.Q68_ONE ? 1 : 0;
                    c[1] += r <= PerMassFits.Q95_ONE ? 1 : 0;
                }
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
        double[] asimov = fits.pseudoData(i0, lumi, null);
        Map<String, Object> asimovArea = new LinkedHashMap<>();
        Map<String, Object> asimovRasterArea = new LinkedHashMap<>();
        int asimovTilde = fits.firstFit(asimov, lumi, toyNodes);
        for (Kind kind : Kind.values()) {
            if (kind == Kind.NN_FIXED_SUMMARY && !fixed) {
                continue;
            }
            int summaryAt = kind == Kind.NN_TWO_STEP ? asimovTilde : i0;
            double[] dt =
                    CompatibilityScan.relative(fits.t(kind, asimov, lumi, at, summaryAt), toyNodes);
            int cells = 0;
            for (int p : toyNodes) {
                if (dt[p] <= CompatibilityScan.Q95) {
                    cells++;
                }
            }
            asimovArea.put(key(kind), cells * toyGrid.cellArea());
            if (RASTER.contains(kind)) {
                double[] r = PerMassFits.relative(fits, dt, toyNodes);
                int rc = 0;
                for (int p : toyNodes) {
                    rc += r[p] <= PerMassFits.Q95_ONE ? 1 : 0;
                }
                asimovRasterArea.put(key(kind), rc * toyGrid.cellArea());
            }
        }
        int n = toys.count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_toys", n);
        m.put("asimov_area_95_toy_grid", asimovArea);
        m.put("asimov_raster_area_95_toy_grid", asimovRasterArea);
        // How many distinct θ̃ the toys' first fits chose (each a summary calibrated at every θ).
        m.put("nn_summary_points", summaryPoints.size());
        m.put("asimov_nn_summary_at", fits.point(asimovTilde).toMap());
        // The default NN result is the two-step fit (README, "Coverage").
        int[] nnIn = inside.get(Kind.NN_TWO_STEP);
        m.put("frac_68", (double) nnIn[0] / n);
        m.put("frac_95", (double) nnIn[1] / n);
        m.put("frac_68_error", binomialError(nnIn[0], n));
        m.put("frac_95_error", binomialError(nnIn[1], n));
        List<Kind> others =
                new ArrayList<>(
                        List.of(
                                Kind.NN,
                                Kind.NN_PER_MASS,
                                Kind.NN_UNCALIBRATED,
                                Kind.DIRECT,
                                Kind.BINNED,
                                Kind.EXACT));
        if (fixed) {
            others.add(1, Kind.NN_FIXED_SUMMARY);
        }
        for (Kind kind : others) {
            String suffix = kind == Kind.EXACT ? "exact_ratio" : key(kind);
            int[] c = inside.get(kind);
            m.put("frac_68_" + suffix, (double) c[0] / n);
            m.put("frac_68_" + suffix + "_error", binomialError(c[0], n));
            m.put("frac_95_" + suffix, (double) c[1] / n);
            m.put("frac_95_" + suffix + "_error", binomialError(c[1], n));
        }
        // Raster scans (κ at each fixed m_S; one parameter, 1.00/3.84): θ₀'s column only.
        for (Kind kind : RASTER) {
            String suffix = kind == Kind.EXACT ? "exact_ratio" : key(kind);
            int[] c = insideRaster.get(kind);
            m.put("frac_68_raster_" + suffix, (double) c[0] / n);
            m.put("frac_68_raster_" + suffix + "_error", binomialError(c[0], n));
            m.put("frac_95_raster_" + suffix, (double) c[1] / n);
            m.put("frac_95_raster_" + suffix + "_error", binomialError(c[1], n));
        }
        m.put("injected", toys.injected().toMap());
        m.put("luminosity_fb", lumi);
        m.put("expected_events", fits.expectedEvents(i0, lumi));
        m.put("held_out_events", fits.heldOutEvents());
        m.put("nu_sm", fits.nuSm(lumi));
        m.put("nu_sm_error", fits.nuSmError(lumi));
        m.put("grid", toyGrid.toMap());
        m.put("median_dt_sm_exact_ratio", median(dtSm));
        m.put("median_dt_max_exact_ratio", median(dtMax));
        if (fixed) {
            m.put("median_dt_max_nn_fixed_summary", median(dtMaxFixed));
        }
        return m;
    }

    /** A fit's name in the results: the two-step fit is the default "nn", the per-θ one not. */
    private static String key(Kind kind) {
        return switch (kind) {
            case NN_TWO_STEP -> "nn";
            case NN -> "nn_per_theta";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
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
        if (dt <= CompatibilityScan.Q68) {
            counts[0]++;
        }
        if (dt <= CompatibilityScan.Q95) {
            counts[1]++;
        }
    }
}
