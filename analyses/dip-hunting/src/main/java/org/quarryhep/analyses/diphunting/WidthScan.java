package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.stats.Distributions;

/**
 * The compatibility scan over (m_S, Γ_S) at a fixed κ: hypotheses of fixed width (the pool's θ
 * carries Γ_S, {@link PartonPool#shares(double, double, double)}), fitted with the exact ratio and
 * the binned HistFactory workspace (at fixed width S ∝ κ⁴ and I ∝ κ² exactly), and, when one was
 * trained, the network parametrised in (m_S, Γ_S) ({@link WidthNetworkFits}; the (m_S, κ) networks
 * know only the derived width). Same statistical model as {@link CompatibilityScan}: Poisson counts
 * per held-out event, fits normalised on the same events, Δt relative to the grid's minimum,
 * 2.30/5.99 for 68/95 %.
 */
final class WidthScan {
    private final DipConfig.WidthScan config;
    private final CompatibilityScan.HeldOut held;
    private final List<DipConfig.Point> nodes = new ArrayList<>();
    private final List<double[]> lnR = new ArrayList<>();
    private final List<Double> nuRatio = new ArrayList<>();
    private final List<double[][]> templates = new ArrayList<>();
    private final double sigmaSm;
    private final WidthNetworkFits network;

    /**
     * Evaluates the exact ratio, the templates and the network (when given) at every node and
     * injected point.
     *
     * @param pool the pool
     * @param config the scan
     * @param held the held-out events
     * @param ratio the (m_S, Γ_S) networks, or null
     */
    WidthScan(
            PartonPool pool,
            DipConfig.WidthScan config,
            CompatibilityScan.HeldOut held,
            LearnedRatio ratio) {
        this.config = config;
        this.held = held;
        double sw = 0;
        for (double w : held.weight()) {
            sw += w;
        }
        sigmaSm = sw;
        for (double m : config.grid().masses()) {
            for (double g : config.grid().couplings()) {
                add(pool, new DipConfig.Point(m, g));
            }
        }
        for (DipConfig.Point p : config.injected()) {
            if (!nodes.contains(p)) {
                add(pool, p);
            }
        }
        network =
                ratio == null
                        ? null
                        : new WidthNetworkFits(
                                pool,
                                ratio,
                                config.kappa(),
                                held,
                                nodes,
                                nuRatio.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The (m_S, Γ_S) network's fits, or null when none was trained. */
    WidthNetworkFits network() {
        return network;
    }

    private void add(PartonPool pool, DipConfig.Point node) {
        double kappa = config.kappa();
        PartonPool.Bsm shares = pool.shares(node.mS(), kappa, node.kappa());
        int ne = held.events().length;
        int nb = held.binning().bins();
        double[] ln = new double[ne];
        double[][] t = new double[2][nb];
        double rate = 0;
        double k2 = kappa * kappa;
        for (int k = 0; k < ne; k++) {
            int i = held.events()[k];
            double s = shares.signal()[i];
            double in = shares.interference()[i];
            ln[k] = Math.log1p(s + in);
            rate += held.weight()[k] * (1 + s + in);
            int b = held.bin()[k];
            if (b >= 0) {
                t[0][b] += held.weight()[k] * s / (k2 * k2);
                t[1][b] += held.weight()[k] * in / k2;
            }
        }
        nodes.add(node);
        lnR.add(ln);
        nuRatio.add(rate / sigmaSm);
        templates.add(t);
    }

    /**
     * One scan per injected point and luminosity, with the Asimov areas.
     *
     * @param dir where the maps go
     * @param rng one stream per scan, by index
     * @return the entries
     * @throws IOException when a map cannot be written
     */
    List<Map<String, Object>> run(Path dir, java.util.function.IntFunction<SplittableRandom> rng)
            throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        int index = 0;
        int grid = config.grid().massPoints() * config.grid().kappaPoints();
        for (DipConfig.Point injected : config.injected()) {
            for (double lumi : config.luminositiesIfb()) {
                int i0 = nodes.indexOf(injected);
                double[] counts = counts(i0, lumi, rng.apply(index));
                double[] asimov = counts(i0, lumi, null);
                double[] exact = relative(tExact(counts, lumi), grid);
                double[] binned = relative(tBinned(counts, lumi), grid);
                double[] exactA = relative(tExact(asimov, lumi), grid);
                double[] binnedA = relative(tBinned(asimov, lumi), grid);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("injected", Map.of("m_s", injected.mS(), "width_gev", injected.kappa()));
                m.put("kappa", config.kappa());
                m.put("luminosity_fb", lumi);
                m.put("best_fit_exact_ratio", node(best(exact, grid)));
                m.put("best_fit_binned", node(best(binned, grid)));
                m.put("exact_ratio_contains_injected_95", exact[i0] <= CompatibilityScan.Q95);
                m.put("binned_contains_injected_95", binned[i0] <= CompatibilityScan.Q95);
                m.put("area_95_exact_ratio_gev2", area(exact, grid));
                m.put("area_95_binned_gev2", area(binned, grid));
                m.put("asimov_area_95_exact_ratio_gev2", area(exactA, grid));
                m.put("asimov_area_95_binned_gev2", area(binnedA, grid));
                double[][] nn = network == null ? null : nn(counts, asimov, lumi, grid, i0, m);
                Path csv = dir.resolve("width-scan-" + index + ".csv");
                StringBuilder sb =
                        new StringBuilder(
                                "m_s,width_gev,dt_exact,dt_binned,asimov_dt_exact,asimov_dt_binned"
                                        + (nn == null ? "" : ",dt_nn,asimov_dt_nn")
                                        + "\n");
                List<DipConfig.Point> shown = new ArrayList<>();
                for (int p = 0; p < grid; p++) {
                    DipConfig.Point n = nodes.get(p);
                    shown.add(n);
                    sb.append(n.mS()).append(',').append(n.kappa()).append(',');
                    sb.append((float) exact[p]).append(',').append((float) binned[p]).append(',');
                    sb.append((float) exactA[p]).append(',').append((float) binnedA[p]);
                    if (nn != null) {
                        sb.append(',').append((float) nn[0][p]);
                        sb.append(',').append((float) nn[1][p]);
                    }
                    sb.append('\n');
                }
                Files.createDirectories(dir);
                Files.writeString(csv, sb);
                Path png = dir.resolve("width-scan-" + index + ".png");
                Figures.scan(
                        png,
                        title("(m_S, Gamma_S)", injected, lumi),
                        "Gamma_S [GeV]",
                        "exact ratio",
                        shown,
                        java.util.Arrays.copyOf(exact, grid),
                        java.util.Arrays.copyOf(binned, grid),
                        injected,
                        nodes.get(best(exact, grid)));
                m.put("map", dir.getFileName() + "/" + csv.getFileName());
                m.put("figure", dir.getFileName() + "/" + png.getFileName());
                if (nn != null) {
                    Path nnPng = dir.resolve("width-scan-" + index + "-nn.png");
                    Figures.scan(
                            nnPng,
                            title("(m_S, Gamma_S) network", injected, lumi),
                            "Gamma_S [GeV]",
                            "NN (two-step)",
                            shown,
                            java.util.Arrays.copyOf(nn[0], grid),
                            java.util.Arrays.copyOf(binned, grid),
                            injected,
                            nodes.get(best(nn[0], grid)));
                    m.put("figure_nn", dir.getFileName() + "/" + nnPng.getFileName());
                }
                out.add(m);
                index++;
            }
        }
        return out;
    }

    /**
     * The network's fits of one data set and its Asimov set: the two-step fit (θ̃ from the per-θ
     * network's first fit of the same data) as the network's result, the per-θ fit beside it.
     * Writes their keys into {@code m}; returns the two-step Δt of the data and the Asimov set.
     */
    private double[][] nn(
            double[] counts,
            double[] asimov,
            double lumi,
            int grid,
            int i0,
            Map<String, Object> m) {
        int tilde = network.firstFit(counts, lumi, grid);
        int asimovTilde = network.firstFit(asimov, lumi, grid);
        double[] dt = relative(network.tFixedSummary(counts, lumi, tilde), grid);
        double[] dtA = relative(network.tFixedSummary(asimov, lumi, asimovTilde), grid);
        double[] perTheta = relative(network.tPerTheta(counts, lumi), grid);
        double[] perThetaA = relative(network.tPerTheta(asimov, lumi), grid);
        m.put("best_fit_nn", node(best(dt, grid)));
        m.put("nn_contains_injected_95", dt[i0] <= CompatibilityScan.Q95);
        m.put("area_95_nn_gev2", area(dt, grid));
        m.put("asimov_area_95_nn_gev2", area(dtA, grid));
        m.put("nn_summary_at", node(tilde));
        m.put("asimov_nn_summary_at", node(asimovTilde));
        m.put("area_95_nn_per_theta_gev2", area(perTheta, grid));
        m.put("asimov_area_95_nn_per_theta_gev2", area(perThetaA, grid));
        m.put("nn_per_theta_contains_injected_95", perTheta[i0] <= CompatibilityScan.Q95);
        return new double[][] {dt, dtA};
    }

    /** A scan figure's title: what is scanned, at which κ, θ₀ (its κ slot holds Γ_S) and L. */
    private String title(String what, DipConfig.Point injected, double lumi) {
        return what
                + " at kappa = "
                + config.kappa()
                + ": theta0 = ("
                + injected.mS()
                + ", "
                + injected.kappa()
                + " GeV), "
                + lumi
                + " fb^-1";
    }

    private Map<String, Object> node(int p) {
        return Map.of("m_s", nodes.get(p).mS(), "width_gev", nodes.get(p).kappa());
    }

    private double[] counts(int i0, double lumiIfb, SplittableRandom rng) {
        double[] ln = lnR.get(i0);
        double[] c = new double[ln.length];
        for (int k = 0; k < c.length; k++) {
            double lambda = lumiIfb * 1000 * held.weight()[k] * Math.exp(ln[k]);
            c[k] = rng == null ? lambda : Distributions.poisson(lambda, rng);
        }
        return c;
    }

    private double[] tExact(double[] counts, double lumiIfb) {
        double nuSm = lumiIfb * 1000 * sigmaSm;
        double[] t = new double[nodes.size()];
        for (int p = 0; p < t.length; p++) {
            double s = 0;
            double[] ln = lnR.get(p);
            for (int k = 0; k < counts.length; k++) {
                s += counts[k] * ln[k];
            }
            t[p] = -2 * s + 2 * nuSm * (nuRatio.get(p) - 1);
        }
        return t;
    }

    private double[] tBinned(double[] counts, double lumiIfb) {
        int nb = held.binning().bins();
        double[] n = new double[nb];
        for (int k = 0; k < counts.length; k++) {
            if (held.bin()[k] >= 0) {
                n[held.bin()[k]] += counts[k];
            }
        }
        double l = lumiIfb * 1000;
        double[] b = new double[nb];
        for (int j = 0; j < nb; j++) {
            b[j] = held.background()[j] * l;
        }
        double[] t = new double[nodes.size()];
        for (int p = 0; p < t.length; p++) {
            double[][] tp = templates.get(p);
            double[] s = new double[nb];
            double[] in = new double[nb];
            for (int j = 0; j < nb; j++) {
                s[j] = tp[0][j] * l;
                in[j] = tp[1][j] * l;
            }
            t[p] = new BinnedWorkspace(b, s, in, n, config.kappa()).twiceNll(n);
        }
        return t;
    }

    private static double[] relative(double[] t, int grid) {
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < grid; p++) {
            min = Math.min(min, t[p]);
        }
        double[] d = new double[t.length];
        for (int p = 0; p < t.length; p++) {
            d[p] = t[p] - min;
        }
        return d;
    }

    private static int best(double[] dt, int grid) {
        int b = 0;
        for (int p = 1; p < grid; p++) {
            if (dt[p] < dt[b]) {
                b = p;
            }
        }
        return b;
    }

    private double area(double[] dt, int grid) {
        int inside = 0;
        for (int p = 0; p < grid; p++) {
            if (dt[p] <= CompatibilityScan.Q95) {
                inside++;
            }
        }
        return inside * config.grid().cellArea();
    }
}
