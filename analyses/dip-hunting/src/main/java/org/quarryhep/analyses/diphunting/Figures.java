package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The study's figures (PNG, XChart): learned versus exact ln r, and the 68 %/95 % regions of each
 * scan with θ₀ and the best fit; the coverage table as Markdown.
 */
final class Figures {
    /** At most this many events per θ in the closure scatter (every k-th held-out event). */
    static final int SCATTER_POINTS = 3000;

    private Figures() {}

    /** Learned versus exact ln r, one series per θ, and the diagonal. */
    static void closure(Path file, List<DipConfig.Point> points, List<Closure.Result> results)
            throws IOException {
        XYChart chart =
                new XYChartBuilder()
                        .width(700)
                        .height(600)
                        .title("Closure: learned vs exact ln r (held-out events)")
                        .xAxisTitle("exact ln r(x | theta)")
                        .yAxisTitle("learned ln r (PP/PN, calibrated per theta)")
                        .build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(3);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < points.size(); p++) {
            Closure.Result r = results.get(p);
            int step = Math.max(1, r.truth().length / SCATTER_POINTS);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int k = 0; k < r.truth().length; k += step) {
                x.add(r.truth()[k]);
                y.add(r.learned()[k]);
                lo = Math.min(lo, Math.min(r.truth()[k], r.learned()[k]));
                hi = Math.max(hi, Math.max(r.truth()[k], r.learned()[k]));
            }
            DipConfig.Point pt = points.get(p);
            chart.addSeries("m_S=" + pt.mS() + ", kappa=" + pt.kappa(), x, y);
        }
        XYSeries diagonal =
                chart.addSeries("learned = exact", new double[] {lo, hi}, new double[] {lo, hi});
        diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        diagonal.setMarker(SeriesMarkers.NONE);
        save(chart, file);
    }

    /** The scan's regions: grid points with Δt ≤ 2.30 and ≤ 5.99 for the NN and the binned fit. */
    static void scan(
            Path file,
            String title,
            List<DipConfig.Point> points,
            double[] nn,
            double[] binned,
            DipConfig.Point injected,
            DipConfig.Point best)
            throws IOException {
        scan(file, title, "kappa", "NN", points, nn, binned, injected, best);
    }

    /**
     * The regions of one scan: grid points with Δt ≤ 2.30 and ≤ 5.99 for a ratio fit (named) and
     * the binned fit, on (m_S, second axis).
     */
    static void scan(
            Path file,
            String title,
            String yAxis,
            String fit,
            List<DipConfig.Point> points,
            double[] ratio,
            double[] binned,
            DipConfig.Point injected,
            DipConfig.Point best)
            throws IOException {
        XYChart chart =
                new XYChartBuilder()
                        .width(700)
                        .height(600)
                        .title(title)
                        .xAxisTitle("m_S [GeV]")
                        .yAxisTitle(yAxis)
                        .build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(9);
        region(chart, fit + " 95%", points, ratio, CompatibilityScan.Q95, SeriesMarkers.CIRCLE);
        region(chart, fit + " 68%", points, ratio, CompatibilityScan.Q68, SeriesMarkers.SQUARE);
        region(
                chart,
                "binned 95%",
                points,
                binned,
                CompatibilityScan.Q95,
                SeriesMarkers.TRIANGLE_UP);
        chart.addSeries("injected", new double[] {injected.mS()}, new double[] {injected.kappa()})
                .setMarker(SeriesMarkers.CROSS);
        chart.addSeries(
                        "best fit (" + fit + ")",
                        new double[] {best.mS()},
                        new double[] {best.kappa()})
                .setMarker(SeriesMarkers.DIAMOND);
        save(chart, file);
    }

    private static void region(
            XYChart chart,
            String name,
            List<DipConfig.Point> points,
            double[] dt,
            double q,
            Marker marker) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            if (dt[p] <= q) {
                x.add(points.get(p).mS());
                y.add(points.get(p).kappa());
            }
        }
        if (x.isEmpty()) {
            return;
        }
        chart.addSeries(name, x, y).setMarker(marker);
    }

    /** The binomial standard error √(p(1 − p)/n) of a fraction whose true value is p. */
    private static double nominalError(double p, int n) {
        return Math.sqrt(p * (1 - p) / n);
    }

    /** The coverage table as Markdown. */
    static void coverageTable(Path file, Map<String, Object> coverage) throws IOException {
        int n = ((Number) coverage.get("n_toys")).intValue();
        StringBuilder sb = new StringBuilder();
        sb.append("| ratio | 68 % region contains theta0 | 95 % region contains theta0 |\n");
        sb.append("|---|---|---|\n");
        sb.append(
                row(
                        "NN (PP/PN recombined, calibrated in the summary at the first fit's theta)",
                        coverage,
                        "frac_68",
                        "frac_95"));
        if (coverage.containsKey("frac_68_nn_fixed_summary")) {
            sb.append(
                    row(
                            "NN (PP/PN recombined, calibrated in the summary at theta0)",
                            coverage,
                            "frac_68_nn_fixed_summary",
                            "frac_95_nn_fixed_summary"));
        }
        sb.append(
                row(
                        "NN (PP/PN recombined, calibrated per m_S column in the summary at that"
                                + " column's first-fit kappa)",
                        coverage,
                        "frac_68_nn_per_mass",
                        "frac_95_nn_per_mass"));
        sb.append(
                row(
                        "NN (PP/PN recombined, calibrated per theta)",
                        coverage,
                        "frac_68_nn_per_theta",
                        "frac_95_nn_per_theta"));
        sb.append(
                row(
                        "NN (PP/PN recombined, uncalibrated)",
                        coverage,
                        "frac_68_nn_uncalibrated",
                        "frac_95_nn_uncalibrated"));
        sb.append(row("NN (direct)", coverage, "frac_68_direct", "frac_95_direct"));
        sb.append(row("binned m_tt templates", coverage, "frac_68_binned", "frac_95_binned"));
        sb.append(row("exact ratio", coverage, "frac_68_exact_ratio", "frac_95_exact_ratio"));
        if (coverage.containsKey("frac_68_raster_nn_per_mass")) {
            for (String[] r :
                    new String[][] {
                        {"NN per m_S column", "nn_per_mass"},
                        {"binned m_tt templates", "binned"},
                        {"exact ratio", "exact_ratio"}
                    }) {
                sb.append(
                        row(
                                r[0] + ", raster (kappa at fixed m_S, one parameter: 1.00/3.84)",
                                coverage,
                                "frac_68_raster_" + r[1],
                                "frac_95_raster_" + r[1]));
            }
        }
        sb.append("\n")
                .append(n)
                .append(" toys at ")
                .append(coverage.get("luminosity_fb"))
                .append(" fb^-1, theta0 = ")
                .append(coverage.get("injected"))
                .append("; expected 0.683 and 0.950 (binomial errors at those: ")
                .append(String.format(java.util.Locale.ROOT, "%.3f", nominalError(0.6827, n)))
                .append(", ")
                .append(String.format(java.util.Locale.ROOT, "%.3f", nominalError(0.95, n)))
                .append(").\n");
        Files.writeString(file, sb);
    }

    private static String row(String name, Map<String, Object> c, String k68, String k95) {
        return "| "
                + name
                + " | "
                + String.format(java.util.Locale.ROOT, "%.3f", c.get(k68))
                + " | "
                + String.format(java.util.Locale.ROOT, "%.3f", c.get(k95))
                + " |\n";
    }

    private static void save(XYChart chart, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
