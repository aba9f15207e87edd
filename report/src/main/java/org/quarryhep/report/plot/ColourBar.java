package org.quarryhep.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleFunction;

/**
 * The scale of a colour map, drawn as a vertical bar with ticks on the right of a figure.
 *
 * @param label what the colour means
 * @param min value at the bottom
 * @param max value at the top
 * @param log logarithmic scale
 * @param colours colour at a position t in [0, 1] along the bar
 */
record ColourBar(Label label, double min, double max, boolean log, DoubleFunction<Color> colours) {
    static final int WIDTH = 116;

    /** Position in [0, 1] of a value on this scale (clamped). */
    double position(double v) {
        double t =
                log
                        ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                        : (v - min) / (max - min);
        return Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t));
    }

    /** The colour of a value. */
    Color colour(double v) {
        return colours.apply(position(v));
    }

    void paint(Graphics2D g, double x, double top, double height) {
        double w = 16;
        int steps = 128;
        for (int i = 0; i < steps; i++) {
            g.setColor(colours.apply((i + 0.5) / steps));
            double y0 = top + height * (1 - (i + 1.0) / steps);
            g.fill(new Rectangle2D.Double(x, y0, w, height / steps + 0.6));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, top, w, height));
        g.setFont(Panel.TICK_FONT);
        for (double v : Ticks.of(min, max, log)) {
            double y = top + height * (1 - position(v));
            g.draw(new java.awt.geom.Line2D.Double(x + w, y, x + w + 4, y));
            g.drawString(Ticks.format(v, log), (float) (x + w + 6), (float) (y + 4));
        }
        LabelPainter.drawVertical(g, label, Canvas.AXIS_FONT, x + WIDTH - 26, top + height / 2);
    }
}
