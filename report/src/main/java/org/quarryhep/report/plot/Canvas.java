package org.quarryhep.report.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole figure: the title, one or more {@link Panel}s stacked with shared x (their plot areas
 * aligned), each panel's y label, the x label under the bottom panel, and optionally a colour bar
 * and a margin on the left for row names. Labels are drawn with {@link LabelPainter}.
 */
final class Canvas implements Drawing {
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final int TITLE_H = 34;
    private static final int XLABEL_H = 34;
    private static final int YLABEL_W = 30;
    private static final int GAP = 6;

    private final Label title;
    private final Label xLabel;
    private final List<Panel> panels = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private ColourBar colourBar;
    private int leftMargin;

    Canvas(String title, String xLabel) {
        this.title = Label.parse(title);
        this.xLabel = xLabel == null ? null : Label.parse(xLabel);
    }

    Canvas add(Panel p, double weight) {
        panels.add(p);
        weights.add(weight);
        return this;
    }

    Canvas colourBar(ColourBar bar) {
        this.colourBar = bar;
        return this;
    }

    /** Extra room left of the plot for row names. */
    Canvas leftMargin(int px) {
        this.leftMargin = px;
        return this;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        LabelPainter.drawCentred(g, title, TITLE_FONT, width / 2.0, 24);

        int left = YLABEL_W + leftMargin;
        int right = colourBar == null ? 14 : ColourBar.WIDTH;
        int w = width - left - right;
        int top = TITLE_H;
        int h = height - TITLE_H - (xLabel == null ? 8 : XLABEL_H) - GAP * (panels.size() - 1);
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        int[] heights = new int[panels.size()];
        double maxLeft = 0;
        for (int i = 0; i < panels.size(); i++) {
            heights[i] = (int) Math.round(h * weights.get(i) / total);
            maxLeft = Math.max(maxLeft, panels.get(i).plotLeft(w, heights[i]));
        }
        int y = top;
        double plotRight = 0;
        int[] widths = new int[panels.size()];
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            // Shift narrower tick labels right so that every panel's plot starts at the same x.
            int shift = (int) Math.round(maxLeft - p.plotLeft(w, heights[i]));
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.translate(left + shift, y);
            widths[i] = w - shift;
            p.paint(g, widths[i], heights[i]);
            plotRight = left + shift + p.sx(p.xMax);
            g.setTransform(saved);
            g.setColor(Color.BLACK);
            if (p.yLabel != null) {
                LabelPainter.drawVertical(g, p.yLabel, AXIS_FONT, 20, y + heights[i] / 2.0);
            }
            y += heights[i] + GAP;
        }
        if (xLabel != null) {
            double plotLeft = left + maxLeft;
            LabelPainter.drawCentred(g, xLabel, AXIS_FONT, (plotLeft + plotRight) / 2, height - 10);
        }
        if (colourBar != null) {
            Panel p = panels.get(0);
            p.layout(widths[0], heights[0]);
            double plotTop = top + p.sy(p.chart.getStyler().getYAxisMax());
            double plotBottom = top + p.sy(p.chart.getStyler().getYAxisMin());
            colourBar.paint(g, width - ColourBar.WIDTH + 8, plotTop, plotBottom - plotTop);
        }
    }
}
