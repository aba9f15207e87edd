package org.quarryhep.report.plot;

import java.awt.Color;
import org.quarryhep.report.model.Axis;
import org.quarryhep.report.model.BinnedSeries;
import org.quarryhep.report.model.Figure;

/**
 * Paints the binned figures for {@link FigurePainter}: stacked histograms under data with their
 * uncertainty band and ratio panel, and classifier score distributions.
 */
final class HistogramPainter {
    private static final Color BAND_GREY = new Color(0, 0, 0, 70);

    private HistogramPainter() {}

    static Drawing histogram(Figure.Histogram h) {
        int n = h.edges().length - 1;
        double[] total = new double[n];
        double[] totalVar = new double[n];
        for (BinnedSeries s : h.stacked()) {
            for (int i = 0; i < n; i++) {
                total[i] += s.values()[i];
                totalVar[i] += s.error(i) * s.error(i);
            }
        }
        double[] bandLo = null;
        double[] bandHi = null;
        if (h.band() != null) {
            bandLo = h.band().lower();
            bandHi = h.band().upper();
        } else if (!h.stacked().isEmpty()
                && h.stacked().stream().anyMatch(s -> s.errors() != null)) {
            bandLo = new double[n];
            bandHi = new double[n];
            for (int i = 0; i < n; i++) {
                bandLo[i] = total[i] - Math.sqrt(totalVar[i]);
                bandHi[i] = total[i] + Math.sqrt(totalVar[i]);
            }
        }
        double[] dataHi = null;
        if (h.data() != null) {
            dataHi = new double[n];
            for (int i = 0; i < n; i++) {
                dataHi[i] = h.data().values()[i] + h.data().error(i);
            }
        }
        double[][] all = new double[3 + h.overlaid().size()][];
        all[0] = total;
        all[1] = dataHi;
        all[2] = bandHi;
        for (int k = 0; k < h.overlaid().size(); k++) {
            all[3 + k] = h.overlaid().get(k).values();
        }
        double[] yr =
                Panel.range(
                        h.yAxis(),
                        Math.min(0, Binning.min(all)),
                        Binning.max(all),
                        h.yAxis().log() ? 0.6 : 0.45);
        if (h.yAxis().log() && h.yAxis().min() == null) {
            double mp = Binning.minPositive(all);
            yr =
                    Panel.range(
                            new Axis(
                                    h.yAxis().label(),
                                    h.yAxis().unit(),
                                    true,
                                    Math.pow(10, Math.floor(Math.log10(mp))),
                                    h.yAxis().max()),
                            mp,
                            Binning.max(all),
                            0.6);
        }
        double floor = yr[0];
        double[] xr = FigurePainter.xRange(h.xAxis(), h.edges()[0], h.edges()[n]);
        Panel main = FigurePainter.panel(h.xAxis(), h.yAxis(), xr, yr);
        double[] below = new double[n];
        java.util.Arrays.fill(below, floor);
        Color[] stackColours = {
            Palette.ORANGE,
            Palette.BLUISH_GREEN,
            Palette.SKY_BLUE,
            Palette.BLUE,
            Palette.REDDISH_PURPLE,
            Palette.YELLOW
        };
        for (int k = 0; k < h.stacked().size(); k++) {
            BinnedSeries s = h.stacked().get(k);
            double[] top = new double[n];
            for (int i = 0; i < n; i++) {
                top[i] = below[i] + s.values()[i];
            }
            double[] lo = below.clone();
            double[][] poly = Binning.between(h.edges(), lo, clampBelow(top, floor));
            main.polygon(s.label(), poly[0], poly[1], stackColours[k % stackColours.length]);
            below = top;
        }
        if (bandLo != null) {
            double[][] poly =
                    Binning.between(
                            h.edges(), clampBelow(bandLo, floor), clampBelow(bandHi, floor));
            main.polygon("Uncertainty", poly[0], poly[1], BAND_GREY);
        }
        for (int k = 0; k < h.overlaid().size(); k++) {
            BinnedSeries s = h.overlaid().get(k);
            Color c = h.stacked().isEmpty() ? Palette.series(k) : Palette.VERMILION;
            double[][] st = Binning.steps(h.edges(), clampBelow(s.values(), floor));
            main.line(s.label(), st[0], st[1], c, !h.stacked().isEmpty() && k > 0, 2.2f);
        }
        if (h.data() != null) {
            main.points(
                    h.data().label(),
                    Binning.centres(h.edges()),
                    h.data().values(),
                    h.data().errors(),
                    Palette.BLACK);
        }
        if (h.ratio() == null) {
            return new Canvas(h.title(), h.xAxis().title()).add(main, 1);
        }
        main.noXTickLabels();
        double[] num;
        double[] numErr;
        double[] den;
        if (!h.stacked().isEmpty()) {
            den = total;
            BinnedSeries top = h.data() != null ? h.data() : h.overlaid().get(0);
            num = top.values();
            numErr = top.errors();
        } else {
            den = h.overlaid().get(0).values();
            num = h.overlaid().get(1).values();
            numErr = h.overlaid().get(1).errors();
        }
        Panel ratio =
                ratioPanel(h.ratio(), h.xAxis(), xr, h.edges(), num, numErr, den, bandLo, bandHi);
        return new Canvas(h.title(), h.xAxis().title()).add(main, 3).add(ratio, 1.2);
    }

    static double[] clampBelow(double[] v, double floor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.max(v[i], floor);
        }
        return out;
    }

    private static Panel ratioPanel(
            Figure.RatioPanel r,
            Axis xAxis,
            double[] xr,
            double[] edges,
            double[] num,
            double[] numErr,
            double[] den,
            double[] bandLo,
            double[] bandHi) {
        int n = den.length;
        Panel p =
                new Panel(
                                Label.parse(r.label()),
                                xr[0],
                                xr[1],
                                r.min(),
                                r.max(),
                                xAxis.log(),
                                false)
                        .noLegend();
        if (bandLo != null) {
            double[] lo = new double[n];
            double[] hi = new double[n];
            for (int i = 0; i < n; i++) {
                lo[i] = den[i] > 0 ? Math.max(r.min(), bandLo[i] / den[i]) : 1;
                hi[i] = den[i] > 0 ? Math.min(r.max(), bandHi[i] / den[i]) : 1;
            }
            double[][] poly = Binning.between(edges, lo, hi);
            p.polygon(null, poly[0], poly[1], BAND_GREY);
        }
        p.line(null, new double[] {xr[0], xr[1]}, new double[] {1, 1}, Color.GRAY, true, 1.2f);
        double[] c = Binning.centres(edges);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (den[i] > 0) {
                m++;
            }
        }
        double[] x = new double[m];
        double[] y = new double[m];
        double[] e = numErr == null ? null : new double[m];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (den[i] > 0) {
                x[j] = c[i];
                y[j] = num[i] / den[i];
                if (e != null) {
                    e[j] = numErr[i] / den[i];
                }
                j++;
            }
        }
        if (m > 0) {
            p.points(null, x, y, e, Palette.BLACK);
        }
        return p;
    }

    static Drawing scores(Figure.ScoreDistribution s) {
        int n = s.edges().length - 1;
        double[][] shown = new double[s.classes().size()][];
        for (int k = 0; k < shown.length; k++) {
            double[] v = s.classes().get(k).values();
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            shown[k] = new double[n];
            for (int i = 0; i < n; i++) {
                shown[k][i] = s.normalise() && sum > 0 ? v[i] / sum : v[i];
            }
        }
        double[] yr;
        if (s.yAxis().log()) {
            double mp = Binning.minPositive(shown);
            Axis y =
                    s.yAxis().min() != null
                            ? s.yAxis()
                            : new Axis(
                                    s.yAxis().label(),
                                    s.yAxis().unit(),
                                    true,
                                    Math.pow(10, Math.floor(Math.log10(mp))),
                                    s.yAxis().max());
            yr = Panel.range(y, mp, Binning.max(shown), 0.35);
        } else {
            yr = Panel.range(s.yAxis(), 0, Binning.max(shown), 0.3);
        }
        double[] xr = FigurePainter.xRange(s.xAxis(), s.edges()[0], s.edges()[n]);
        Panel p = FigurePainter.panel(s.xAxis(), s.yAxis(), xr, yr);
        for (int k = 0; k < shown.length; k++) {
            double[] floor = new double[n];
            java.util.Arrays.fill(floor, yr[0]);
            double[][] poly = Binning.between(s.edges(), floor, clampBelow(shown[k], yr[0]));
            p.polygon(null, poly[0], poly[1], Palette.alpha(Palette.series(k), 45));
            double[][] st = Binning.steps(s.edges(), clampBelow(shown[k], yr[0]));
            p.line(s.classes().get(k).label(), st[0], st[1], Palette.series(k), false, 2.2f);
        }
        return new Canvas(s.title(), s.xAxis().title()).add(p, 1);
    }
}
