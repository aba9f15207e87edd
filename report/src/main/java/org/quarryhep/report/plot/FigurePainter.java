package org.quarryhep.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.quarryhep.report.model.Axis;
import org.quarryhep.report.model.BinnedSeries;
import org.quarryhep.report.model.Curve;
import org.quarryhep.report.model.Figure;

/**
 * Turns each figure type of {@code results.json} into a {@link Drawing}: the layout and the styling
 * conventions of HEP papers (stacked backgrounds under data with a ratio panel, green and yellow
 * "Brazil" bands, colour maps with contours, SHAP rows) in the colour-blind-safe {@link Palette}.
 */
public final class FigurePainter {
    private final ReferenceTable.Reader references;

    /**
     * Creates a painter.
     *
     * @param references reads the CSV files that reference overlays name
     */
    public FigurePainter(ReferenceTable.Reader references) {
        this.references = references;
    }

    /** The size a figure is drawn at, in points (PNG pixels at scale 1). */
    public static int[] size(Figure f) {
        if (f instanceof Figure.Histogram h && h.ratio() != null
                || f instanceof Figure.ReferenceOverlay) {
            return new int[] {720, 640};
        }
        if (f instanceof Figure.Regression) {
            return new int[] {720, 760};
        }
        if (f instanceof Figure.CorrelationMatrix c) {
            int n = c.names().size();
            int side = Math.max(480, Math.min(900, 200 + 50 * n));
            return new int[] {side + 60, side};
        }
        return new int[] {720, 540};
    }

    /**
     * The drawing of a figure.
     *
     * @param f the figure
     * @return what paints it
     */
    public Drawing drawing(Figure f) {
        if (f instanceof Figure.Histogram h) {
            return HistogramPainter.histogram(h);
        } else if (f instanceof Figure.ScoreDistribution s) {
            return HistogramPainter.scores(s);
        } else if (f instanceof Figure.Roc r) {
            return roc(r);
        } else if (f instanceof Figure.Limit l) {
            return limit(l);
        } else if (f instanceof Figure.Map2d m) {
            return map(m);
        } else if (f instanceof Figure.ShapBeeswarm b) {
            return RowChartPainter.beeswarm(b);
        } else if (f instanceof Figure.ShapBar b) {
            return RowChartPainter.shapBar(b);
        } else if (f instanceof Figure.TrainingCurve t) {
            return training(t);
        } else if (f instanceof Figure.Pulls p) {
            return RowChartPainter.pulls(p);
        } else if (f instanceof Figure.CorrelationMatrix c) {
            return correlations(c);
        } else if (f instanceof Figure.Regression r) {
            return regression(r);
        } else if (f instanceof Figure.ReferenceOverlay o) {
            return overlay(o);
        }
        throw new IllegalArgumentException("no painter for " + f.getClass());
    }

    static Panel panel(Axis x, Axis y, double[] xr, double[] yr) {
        return new Panel(
                y == null ? null : Label.parse(y.title()),
                xr[0],
                xr[1],
                yr[0],
                yr[1],
                x.log(),
                y != null && y.log());
    }

    static double[] xRange(Axis x, double lo, double hi) {
        return new double[] {x.min() != null ? x.min() : lo, x.max() != null ? x.max() : hi};
    }

    // ---- curves --------------------------------------------------------------------------

    private Drawing roc(Figure.Roc r) {
        double[] xr = xRange(r.xAxis(), r.xAxis().log() ? 1e-4 : 0, 1);
        double[] yr =
                new double[] {
                    r.yAxis().min() != null ? r.yAxis().min() : 0,
                    r.yAxis().max() != null ? r.yAxis().max() : 1.02
                };
        Panel p = panel(r.xAxis(), r.yAxis(), xr, yr);
        p.chart
                .getStyler()
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        if (!r.xAxis().log()) {
            p.line(
                    "Random (AUC = 0.5)",
                    new double[] {0, 1},
                    new double[] {0, 1},
                    Color.GRAY,
                    true,
                    1.2f);
        }
        for (int k = 0; k < r.curves().size(); k++) {
            Figure.RocCurve c = r.curves().get(k);
            double auc = Roc.auc(c.fpr(), c.tpr());
            String label = c.label() + String.format(Locale.ROOT, " (AUC = %.3f)", auc);
            double[][] xy =
                    r.xAxis().log()
                            ? positiveX(c.fpr(), c.tpr())
                            : new double[][] {c.fpr(), c.tpr()};
            p.line(label, xy[0], xy[1], Palette.series(k), false, 2.2f);
        }
        return new Canvas(r.title(), r.xAxis().title()).add(p, 1);
    }

    private static double[][] positiveX(double[] x, double[] y) {
        int m = 0;
        for (double v : x) {
            if (v > 0) {
                m++;
            }
        }
        double[] px = new double[m];
        double[] py = new double[m];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                px[j] = x[i];
                py[j++] = y[i];
            }
        }
        return new double[][] {px, py};
    }

    private Drawing limit(Figure.Limit l) {
        double[] xr = xRange(l.xAxis(), l.x()[0], l.x()[l.x().length - 1]);
        double[][] ys = new double[3 + l.baselines().size()][];
        ys[0] = l.twoSigma().upper();
        ys[1] = l.twoSigma().lower();
        ys[2] = l.observed();
        for (int k = 0; k < l.baselines().size(); k++) {
            ys[3 + k] = l.baselines().get(k).y();
        }
        double[] yr;
        if (l.yAxis().log()) {
            double mp = Binning.minPositive(ys);
            Axis y =
                    l.yAxis().min() != null
                            ? l.yAxis()
                            : new Axis(
                                    l.yAxis().label(),
                                    l.yAxis().unit(),
                                    true,
                                    Math.pow(10, Math.floor(Math.log10(mp))),
                                    l.yAxis().max());
            yr = Panel.range(y, mp, Binning.max(ys), 0.25);
        } else {
            yr = Panel.range(l.yAxis(), 0, Binning.max(ys), 0.4);
        }
        Panel p = panel(l.xAxis(), l.yAxis(), xr, yr);
        double[][] two = Binning.band(l.x(), l.twoSigma().lower(), l.twoSigma().upper());
        p.polygon("Expected ± 2σ", two[0], two[1], Palette.YELLOW);
        double[][] one = Binning.band(l.x(), l.oneSigma().lower(), l.oneSigma().upper());
        p.polygon("Expected ± 1σ", one[0], one[1], Palette.BLUISH_GREEN);
        p.line("Expected", l.x(), l.expected(), Palette.BLACK, true, 2f);
        if (l.observed() != null) {
            p.line("Observed", l.x(), l.observed(), Palette.BLACK, false, 2.4f);
            p.points(null, l.x(), l.observed(), null, Palette.BLACK);
        }
        Color[] baseline = {
            Palette.VERMILION, Palette.BLUE, Palette.REDDISH_PURPLE, Palette.SKY_BLUE
        };
        for (int k = 0; k < l.baselines().size(); k++) {
            Curve c = l.baselines().get(k);
            p.line(c.label(), c.x(), c.y(), baseline[k % baseline.length], c.dashed(), 2.2f);
        }
        return new Canvas(l.title(), l.xAxis().title()).add(p, 1);
    }

    private Drawing training(Figure.TrainingCurve t) {
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double[][] ys = new double[t.curves().size()][];
        for (int k = 0; k < ys.length; k++) {
            Curve c = t.curves().get(k);
            xmin = Math.min(xmin, c.x()[0]);
            xmax = Math.max(xmax, c.x()[c.x().length - 1]);
            ys[k] = c.y();
        }
        double[] yr =
                t.yAxis().log()
                        ? Panel.range(t.yAxis(), Binning.minPositive(ys), Binning.max(ys), 0.3)
                        : Panel.range(
                                t.yAxis(),
                                Binning.min(ys) < 0 ? Binning.min(ys) : 0,
                                Binning.max(ys),
                                0.15);
        Panel p = panel(t.xAxis(), t.yAxis(), xRange(t.xAxis(), xmin, xmax), yr);
        for (int k = 0; k < ys.length; k++) {
            Curve c = t.curves().get(k);
            p.line(c.label(), c.x(), c.y(), Palette.series(k), c.dashed(), 2.2f);
        }
        return new Canvas(t.title(), t.xAxis().title()).add(p, 1);
    }

    // ---- 2-D -----------------------------------------------------------------------------

    private Drawing map(Figure.Map2d m) {
        double[] xe = m.xEdges();
        double[] ye = m.yEdges();
        double[] xr = xRange(m.xAxis(), xe[0], xe[xe.length - 1]);
        double[] yr =
                new double[] {
                    m.yAxis().min() != null ? m.yAxis().min() : ye[0],
                    m.yAxis().max() != null ? m.yAxis().max() : ye[ye.length - 1]
                };
        double zmin =
                m.zAxis().min() != null
                        ? m.zAxis().min()
                        : (m.zAxis().log() ? Binning.minPositive(m.z()) : Binning.min(m.z()));
        double zmax = m.zAxis().max() != null ? m.zAxis().max() : Binning.max(m.z());
        if (!(zmax > zmin)) {
            zmax = zmin + 1;
        }
        ColourBar bar =
                new ColourBar(
                        Label.parse(m.zAxis().title()),
                        zmin,
                        zmax,
                        m.zAxis().log(),
                        Palette::viridis);
        Panel p = panel(m.xAxis(), m.yAxis(), xr, yr);
        p.under.add(
                (g, pp) -> {
                    for (int iy = 0; iy < ye.length - 1; iy++) {
                        for (int ix = 0; ix < xe.length - 1; ix++) {
                            double v = m.z()[iy][ix];
                            if (!Double.isFinite(v) || (m.zAxis().log() && v <= 0)) {
                                continue;
                            }
                            double x0 = pp.sx(xe[ix]);
                            double x1 = pp.sx(xe[ix + 1]);
                            double y0 = pp.sy(ye[iy + 1]);
                            double y1 = pp.sy(ye[iy]);
                            g.setColor(bar.colour(v));
                            // Half a pixel of overlap hides the seams between cells.
                            g.fill(new Rectangle2D.Double(x0, y0, x1 - x0 + 0.5, y1 - y0 + 0.5));
                        }
                    }
                });
        Color[] lineColours = {
            Color.WHITE, Palette.ORANGE, Palette.VERMILION, Palette.SKY_BLUE, Palette.REDDISH_PURPLE
        };
        for (int k = 0; k < m.lines().size(); k++) {
            Curve c = m.lines().get(k);
            p.line(c.label(), c.x(), c.y(), lineColours[k % lineColours.length], c.dashed(), 2.6f);
        }
        p.chart.getStyler().setLegendBackgroundColor(new Color(255, 255, 255, 120));
        return new Canvas(m.title(), m.xAxis().title()).add(p, 1).colourBar(bar);
    }

    private Drawing correlations(Figure.CorrelationMatrix c) {
        return (g, width, height) -> {
            int n = c.names().size();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            LabelPainter.drawCentred(g, Label.parse(c.title()), Canvas.TITLE_FONT, width / 2.0, 24);
            double nameW = 0;
            for (String s : c.names()) {
                nameW = Math.max(nameW, LabelPainter.width(g, Label.parse(s), Panel.TICK_FONT));
            }
            double left = nameW + 16;
            double top = 40;
            double side = Math.min(width - left - ColourBar.WIDTH, height - top - nameW - 20);
            double cell = side / n;
            Font numbers =
                    new Font(
                            Font.SANS_SERIF, Font.PLAIN, (int) Math.max(8, Math.min(13, cell / 4)));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = c.matrix()[i][j];
                    double x = left + j * cell;
                    double y = top + i * cell;
                    g.setColor(Palette.diverging(v));
                    g.fill(new Rectangle2D.Double(x, y, cell + 0.5, cell + 0.5));
                    g.setColor(Math.abs(v) > 0.6 ? Color.WHITE : Color.BLACK);
                    g.setFont(numbers);
                    String t = String.format(Locale.ROOT, "%.2f", v);
                    double tw = g.getFontMetrics().stringWidth(t);
                    g.drawString(
                            t,
                            (float) (x + (cell - tw) / 2),
                            (float) (y + cell / 2 + numbers.getSize() / 3.0));
                }
            }
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(left, top, side, side));
            for (int i = 0; i < n; i++) {
                Label name = Label.parse(c.names().get(i));
                double w = LabelPainter.width(g, name, Panel.TICK_FONT);
                LabelPainter.draw(
                        g, name, Panel.TICK_FONT, left - 6 - w, top + (i + 0.5) * cell + 5);
                java.awt.geom.AffineTransform saved = g.getTransform();
                g.translate(left + (i + 0.5) * cell + 5, top + side + 6);
                g.rotate(-Math.PI / 2);
                LabelPainter.draw(g, name, Panel.TICK_FONT, -w, 0);
                g.setTransform(saved);
            }
            new ColourBar(
                            Label.parse("correlation"),
                            -1,
                            1,
                            false,
                            t -> Palette.diverging(2 * t - 1))
                    .paint(g, left + side + 14, top, side);
        };
    }

    private Drawing regression(Figure.Regression r) {
        double[] xr = xRange(r.xAxis(), r.edges()[0], r.edges()[r.edges().length - 1]);
        double[] c = Binning.centres(r.edges());
        Canvas canvas = new Canvas(r.title(), r.xAxis().title());
        Panel resp = pointsPanel("Response", xr, c, List.of(r.response()), 1.0);
        Panel res = pointsPanel("Resolution", xr, c, List.of(r.resolution()), Double.NaN);
        if (r.pullMean() == null) {
            return canvas.add(resp.noXTickLabels(), 1).add(res, 1);
        }
        Panel pull = pointsPanel("Pull", xr, c, List.of(r.pullMean(), r.pullWidth()), 0.0);
        pull.line(null, new double[] {xr[0], xr[1]}, new double[] {1, 1}, Color.GRAY, true, 1.2f);
        return canvas.add(resp.noXTickLabels(), 1).add(res.noXTickLabels(), 1).add(pull, 1);
    }

    private static Panel pointsPanel(
            String yLabel, double[] xr, double[] x, List<BinnedSeries> series, double ideal) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BinnedSeries s : series) {
            for (int i = 0; i < x.length; i++) {
                lo = Math.min(lo, s.values()[i] - s.error(i));
                hi = Math.max(hi, s.values()[i] + s.error(i));
            }
        }
        if (!Double.isNaN(ideal)) {
            lo = Math.min(lo, ideal);
            hi = Math.max(hi, ideal);
        } else {
            lo = Math.min(lo, 0);
        }
        double pad = 0.15 * (hi - lo);
        Panel p =
                new Panel(
                        Label.parse(yLabel),
                        xr[0],
                        xr[1],
                        lo - pad,
                        hi + pad * (series.size() > 1 ? 3 : 1),
                        false,
                        false);
        if (series.size() == 1) {
            p.noLegend();
        }
        if (!Double.isNaN(ideal)) {
            p.line(
                    null,
                    new double[] {xr[0], xr[1]},
                    new double[] {ideal, ideal},
                    Color.GRAY,
                    true,
                    1.2f);
        }
        for (int k = 0; k < series.size(); k++) {
            BinnedSeries s = series.get(k);
            p.points(s.label(), x, s.values(), s.errors(), Palette.series(k));
        }
        return p;
    }

    private Drawing overlay(Figure.ReferenceOverlay o) {
        ReferenceTable ref = references.read(o.referenceCsv());
        double[] e = o.edges();
        int n = e.length - 1;
        double[] pred = o.prediction().values();
        double[][] all = {pred, ref.upper()};
        double[] yr;
        if (o.yAxis().log()) {
            double mp = Binning.minPositive(pred, ref.y());
            Axis y =
                    o.yAxis().min() != null
                            ? o.yAxis()
                            : new Axis(
                                    o.yAxis().label(),
                                    o.yAxis().unit(),
                                    true,
                                    Math.pow(10, Math.floor(Math.log10(mp))),
                                    o.yAxis().max());
            yr = Panel.range(y, mp, Binning.max(all), 0.5);
        } else {
            yr = Panel.range(o.yAxis(), 0, Binning.max(all), 0.4);
        }
        double[] xr =
                xRange(
                        o.xAxis(),
                        Math.min(e[0], ref.xLow()[0]),
                        Math.max(e[n], ref.xHigh()[ref.xHigh().length - 1]));
        Panel main = panel(o.xAxis(), o.yAxis(), xr, yr).noXTickLabels();
        double[][] st = Binning.steps(e, HistogramPainter.clampBelow(pred, yr[0]));
        main.line(o.prediction().label(), st[0], st[1], Palette.BLUE, false, 2.2f);
        main.points(o.referenceLabel(), ref.x(), ref.y(), ref.yErr(), Palette.BLACK);
        // Ratio: the prediction over the reference at the reference's points.
        double[] ratio = new double[ref.x().length];
        double[] ratioErr = new double[ref.x().length];
        for (int i = 0; i < ratio.length; i++) {
            double p = predictionAt(e, pred, ref.xLow()[i], ref.xHigh()[i]);
            ratio[i] = p / ref.y()[i];
            ratioErr[i] = p * ref.yErr()[i] / (ref.y()[i] * ref.y()[i]);
        }
        Panel rp =
                new Panel(
                                Label.parse("Quarry / Ref."),
                                xr[0],
                                xr[1],
                                0.5,
                                1.5,
                                o.xAxis().log(),
                                false)
                        .noLegend();
        rp.line(null, new double[] {xr[0], xr[1]}, new double[] {1, 1}, Color.GRAY, true, 1.2f);
        rp.points(null, ref.x(), ratio, ratioErr, Palette.BLUE);
        return new Canvas(o.title(), o.xAxis().title()).add(main, 3).add(rp, 1.2);
    }

    /** The prediction averaged over [lo, hi] (bin contents as densities, overlap-weighted). */
    static double predictionAt(double[] edges, double[] values, double lo, double hi) {
        double sum = 0;
        double width = 0;
        for (int i = 0; i < values.length; i++) {
            double a = Math.max(lo, edges[i]);
            double b = Math.min(hi, edges[i + 1]);
            if (b > a) {
                sum += values[i] * (b - a);
                width += b - a;
            }
        }
        return width > 0 ? sum / width : Double.NaN;
    }
}
