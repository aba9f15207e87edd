package org.quarryhep.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.quarryhep.report.model.Figure;

/**
 * Paints the figures with one named row per entry for {@link FigurePainter}: the SHAP beeswarm, the
 * mean |SHAP| bars and the nuisance-parameter pulls, with the row names left of the plot.
 */
final class RowChartPainter {
    private RowChartPainter() {}

    static Drawing beeswarm(Figure.ShapBeeswarm b) {
        int nf = b.features().size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure.ShapFeature f : b.features()) {
            lo = Math.min(lo, Binning.min(f.shap()));
            hi = Math.max(hi, Binning.max(f.shap()));
        }
        double pad = 0.05 * (hi - lo);
        double[] xr = FigurePainter.xRange(b.xAxis(), lo - pad, hi + pad);
        Panel p =
                new Panel(null, xr[0], xr[1], -0.7, nf - 0.3, false, false)
                        .noLegend()
                        .noYTickLabels();
        ColourBar bar =
                new ColourBar(
                        Label.parse("feature value (low → high)"), 0, 1, false, Palette::viridis);
        int colourBins = 8;
        for (int k = 0; k < nf; k++) {
            Figure.ShapFeature f = b.features().get(k);
            double row = nf - 1 - k;
            double vmin = Binning.min(f.value());
            double vmax = Binning.max(f.value());
            double[] jitter = Beeswarm.offsets(f.shap(), (hi - lo) / 60, 0.38);
            for (int cb = 0; cb < colourBins; cb++) {
                int count = 0;
                double[] x = new double[f.shap().length];
                double[] y = new double[f.shap().length];
                for (int i = 0; i < f.shap().length; i++) {
                    double t = vmax > vmin ? (f.value()[i] - vmin) / (vmax - vmin) : 0.5;
                    if (Math.min(colourBins - 1, (int) (t * colourBins)) == cb) {
                        x[count] = f.shap()[i];
                        y[count++] = row + jitter[i];
                    }
                }
                if (count > 0) {
                    var s =
                            p.points(
                                    null,
                                    java.util.Arrays.copyOf(x, count),
                                    java.util.Arrays.copyOf(y, count),
                                    null,
                                    Palette.viridis((cb + 0.5) / colourBins));
                    s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
                }
            }
        }
        p.chart.getStyler().setMarkerSize(5);
        p.line(null, new double[] {0, 0}, new double[] {-0.7, nf - 0.3}, Color.GRAY, true, 1f);
        List<String> names = b.features().stream().map(Figure.ShapFeature::name).toList();
        p.over.add(rowNames(names));
        return new Canvas(b.title(), b.xAxis().title())
                .add(p, 1)
                .leftMargin(nameWidth(names))
                .colourBar(bar);
    }

    static Drawing shapBar(Figure.ShapBar b) {
        int nf = b.features().size();
        double[] xr = FigurePainter.xRange(b.xAxis(), 0, Binning.max(b.meanAbsShap()) * 1.08);
        Panel p =
                new Panel(null, xr[0], xr[1], -0.7, nf - 0.3, false, false)
                        .noLegend()
                        .noYTickLabels();
        for (int k = 0; k < nf; k++) {
            double row = nf - 1 - k;
            double v = b.meanAbsShap()[k];
            p.polygon(
                    null,
                    new double[] {0, v, v, 0},
                    new double[] {row - 0.35, row - 0.35, row + 0.35, row + 0.35},
                    Palette.BLUE);
        }
        p.over.add(rowNames(b.features()));
        return new Canvas(b.title(), b.xAxis().title())
                .add(p, 1)
                .leftMargin(nameWidth(b.features()));
    }

    private static int nameWidth(List<String> names) {
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        double w = 0;
        for (String s : names) {
            w = Math.max(w, LabelPainter.width(g, Label.parse(s), Panel.TICK_FONT));
        }
        g.dispose();
        return (int) Math.ceil(w) + 4;
    }

    /** Names the rows 0..n−1 (top row first) left of the plot. */
    private static Panel.Layer rowNames(List<String> names) {
        return (g, p) -> {
            g.setColor(Color.BLACK);
            int n = names.size();
            for (int k = 0; k < n; k++) {
                Label name = Label.parse(names.get(k));
                double w = LabelPainter.width(g, name, Panel.TICK_FONT);
                LabelPainter.draw(
                        g, name, Panel.TICK_FONT, p.sx(p.xMin) - 8 - w, p.sy(n - 1 - k) + 5);
            }
        };
    }

    static Drawing pulls(Figure.Pulls f) {
        int n = f.names().size();
        double reach = 2.5;
        for (int i = 0; i < n; i++) {
            reach = Math.max(reach, Math.abs(f.pulls()[i]) + f.errors()[i] + 0.3);
        }
        Panel p = new Panel(null, -reach, reach, -0.7, n - 0.3, false, false).noYTickLabels();
        double[][] two =
                Binning.band(
                        new double[] {-0.7, n - 0.3}, new double[] {-2, -2}, new double[] {2, 2});
        p.polygon("±2σ", two[1], two[0], Palette.YELLOW);
        double[][] one =
                Binning.band(
                        new double[] {-0.7, n - 0.3}, new double[] {-1, -1}, new double[] {1, 1});
        p.polygon("±1σ", one[1], one[0], Palette.BLUISH_GREEN);
        p.line(null, new double[] {0, 0}, new double[] {-0.7, n - 0.3}, Color.GRAY, true, 1f);
        double[] rows = new double[n];
        for (int k = 0; k < n; k++) {
            rows[k] = n - 1 - k;
        }
        p.points("Pull and post-fit error", f.pulls(), rows, null, Palette.BLACK);
        p.chart
                .getStyler()
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        p.chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        p.over.add(
                (g, pp) -> {
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(1.8f));
                    for (int k = 0; k < n; k++) {
                        double y = pp.sy(rows[k]);
                        g.draw(
                                new Line2D.Double(
                                        pp.sx(f.pulls()[k] - f.errors()[k]),
                                        y,
                                        pp.sx(f.pulls()[k] + f.errors()[k]),
                                        y));
                    }
                });
        p.over.add(rowNames(f.names()));
        return new Canvas(f.title(), "(θ̂ − θ₀)/Δθ").add(p, 1).leftMargin(nameWidth(f.names()));
    }
}
