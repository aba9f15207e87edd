package org.quarryhep.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.quarryhep.report.model.Axis;

/**
 * One plot area of a figure: an XChart {@link XYChart} with its axis titles switched off (the
 * {@link Canvas} draws them with the {@link LabelPainter}, which XChart cannot), plus layers drawn
 * below the series (colour maps) and above them (names, error bars) in the chart's coordinates.
 */
final class Panel {
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    /** Something drawn in the chart's data coordinates. */
    @FunctionalInterface
    interface Layer {
        void draw(Graphics2D g, Panel p);
    }

    final XYChart chart;
    final Label yLabel;
    final double xMin;
    final double xMax;
    final List<Layer> under = new ArrayList<>();
    final List<Layer> over = new ArrayList<>();
    private int hidden;
    // The size of the last layout: sx/sy are valid for it, and a second layout would repeat it.
    private int laidOutWidth = -1;
    private int laidOutHeight = -1;

    Panel(
            Label yLabel,
            double xMin,
            double xMax,
            double yMin,
            double yMax,
            boolean xLog,
            boolean yLog) {
        this.yLabel = yLabel;
        this.xMin = xMin;
        this.xMax = xMax;
        chart = new XYChartBuilder().width(600).height(400).build();
        XYStyler st = chart.getStyler();
        st.setChartTitleVisible(false);
        st.setXAxisTitleVisible(false);
        st.setYAxisTitleVisible(false);
        st.setChartBackgroundColor(TRANSPARENT);
        st.setPlotBackgroundColor(TRANSPARENT);
        st.setPlotBorderColor(Color.BLACK);
        st.setPlotGridLinesVisible(false);
        st.setPlotContentSize(1.0);
        st.setChartPadding(2);
        st.setAxisTickLabelsFont(TICK_FONT);
        st.setAxisTickMarkLength(5);
        st.setLegendFont(LEGEND_FONT);
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        st.setLegendBorderColor(TRANSPARENT);
        st.setLegendBackgroundColor(new Color(255, 255, 255, 200));
        st.setMarkerSize(7);
        st.setErrorBarsColorSeriesColor(true);
        st.setXAxisLogarithmic(xLog);
        st.setYAxisLogarithmic(yLog);
        st.setXAxisMin(xMin);
        st.setXAxisMax(xMax);
        st.setYAxisMin(yMin);
        st.setYAxisMax(yMax);
        st.setAntiAlias(true);
        st.setXAxisTickMarkSpacingHint(110);
        st.setYAxisTickMarkSpacingHint(70);
        st.setAxisTicksLineVisible(false);
        // Plain numbers on linear axes (1400, not 1,400). A pattern, not a custom formatter:
        // with a formatter XChart puts a tick at every data point; log axes keep XChart's decades.
        if (!xLog) {
            st.setXAxisDecimalPattern("#.######");
        }
        if (!yLog) {
            st.setYAxisDecimalPattern("#.######");
        }
    }

    /** Hides the legend. */
    Panel noLegend() {
        chart.getStyler().setLegendVisible(false);
        return this;
    }

    /** Hides the x tick labels (upper panels of a stack share the bottom panel's). */
    Panel noXTickLabels() {
        chart.getStyler().setXAxisTickLabelsColor(TRANSPARENT);
        return this;
    }

    /** Hides the y tick labels (rows named by a layer instead). */
    Panel noYTickLabels() {
        chart.getStyler().setYAxisTicksVisible(false);
        return this;
    }

    private String name(String label) {
        if (label == null) {
            return "\u200b" + (hidden++);
        }
        String name = Label.parse(label).unicode();
        while (chart.getSeriesMap().containsKey(name)) {
            name += "\u200b";
        }
        return name;
    }

    /** A line through points; {@code label == null} keeps it out of the legend. */
    XYSeries line(String label, double[] x, double[] y, Color c, boolean dashed, float width) {
        XYSeries s = chart.addSeries(name(label), x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(c);
        s.setLineStyle(
                dashed
                        ? new BasicStroke(
                                width,
                                BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER,
                                10,
                                new float[] {7, 4},
                                0)
                        : new BasicStroke(width));
        s.setShowInLegend(label != null);
        return s;
    }

    /** A filled polygon (bands, stacked areas, bars). */
    XYSeries polygon(String label, double[] x, double[] y, Color fill) {
        XYSeries s = chart.addSeries(name(label), x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setLineStyle(new BasicStroke(0.01f));
        s.setShowInLegend(label != null);
        return s;
    }

    /**
     * Adds an invisible series across the plot. XChart places ticks only at the data's x values
     * when a chart has very few distinct ones (a map whose only line runs corner to corner).
     */
    Panel anchored() {
        int n = 11;
        double[] x = new double[n];
        double[] y = new double[n];
        boolean xLog = chart.getStyler().isXAxisLogarithmic();
        boolean yLog = chart.getStyler().isYAxisLogarithmic();
        double y0 = chart.getStyler().getYAxisMin();
        double y1 = chart.getStyler().getYAxisMax();
        for (int i = 0; i < n; i++) {
            double t = i / (n - 1.0);
            x[i] = xLog ? xMin * Math.pow(xMax / xMin, t) : xMin + (xMax - xMin) * t;
            y[i] = yLog ? y0 * Math.pow(y1 / y0, t) : y0 + (y1 - y0) * t;
        }
        line(null, x, y, TRANSPARENT, false, 0.1f);
        return this;
    }

    /** Points with vertical error bars ({@code err == null} for none). */
    XYSeries points(String label, double[] x, double[] y, double[] err, Color c) {
        XYSeries s =
                err == null
                        ? chart.addSeries(name(label), x, y)
                        : chart.addSeries(name(label), x, y, err);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(c);
        s.setLineColor(c);
        s.setShowInLegend(label != null);
        return s;
    }

    /** Screen x of a data x, valid after {@link #layout}. */
    double sx(double x) {
        return chart.getScreenXFromChart(x);
    }

    /** Screen y of a data y, valid after {@link #layout}. */
    double sy(double y) {
        return chart.getScreenYFromChart(y);
    }

    /** Lays the chart out for a size (a paint into a scratch image) so that sx/sy are valid. */
    void layout(int width, int height) {
        if (width == laidOutWidth && height == laidOutHeight) {
            return;
        }
        laidOutWidth = width;
        laidOutHeight = height;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        chart.paint(g, width, height);
        g.dispose();
    }

    /** The plot area's left edge for a size. */
    double plotLeft(int width, int height) {
        layout(width, height);
        return sx(xMin);
    }

    /** Paints layers and chart at the origin of {@code g}. */
    void paint(Graphics2D g, int width, int height) {
        layout(width, height);
        for (Layer l : under) {
            l.draw(g, this);
        }
        chart.paint(g, width, height);
        for (Layer l : over) {
            l.draw(g, this);
        }
    }

    /** Range of an axis: the given ends, else the data's with head room for the legend. */
    static double[] range(Axis axis, double dataMin, double dataMax, double headRoom) {
        double lo;
        double hi;
        if (axis.log()) {
            double pmin = dataMin > 0 ? dataMin : Math.max(dataMax * 1e-4, 1e-12);
            lo = axis.min() != null ? axis.min() : Math.pow(10, Math.floor(Math.log10(pmin)));
            double decades = Math.log10(Math.max(dataMax, lo * 10) / lo);
            hi = axis.max() != null ? axis.max() : lo * Math.pow(10, decades * (1 + headRoom));
        } else {
            lo = axis.min() != null ? axis.min() : Math.min(0, dataMin);
            double span = dataMax - lo;
            hi = axis.max() != null ? axis.max() : dataMax + span * headRoom;
            if (!(hi > lo)) {
                hi = lo + 1;
            }
        }
        return new double[] {lo, hi};
    }
}
