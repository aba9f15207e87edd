package org.quarryhep.report.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/** Draws a {@link Label} with Java2D: scripts smaller and shifted, on any Graphics2D. */
public final class LabelPainter {
    private LabelPainter() {}

    /**
     * The advance width of a label.
     *
     * @param g the graphics (for font metrics)
     * @param label the label
     * @param base the font of the baseline text
     * @return width in user units
     */
    public static double width(Graphics2D g, Label label, Font base) {
        double w = 0;
        for (Label.Run r : label.runs()) {
            Font f = base.deriveFont((float) (base.getSize2D() * r.scale()));
            w += g.getFontMetrics(f).getStringBounds(r.text(), g).getWidth();
        }
        return w;
    }

    /**
     * Draws a label with its baseline starting at (x, y).
     *
     * @param g the graphics
     * @param label the label
     * @param base the font of the baseline text
     * @param x left end
     * @param y baseline
     */
    public static void draw(Graphics2D g, Label label, Font base, double x, double y) {
        Font saved = g.getFont();
        double cx = x;
        for (Label.Run r : label.runs()) {
            Font f = base.deriveFont((float) (base.getSize2D() * r.scale()));
            g.setFont(f);
            double dy = -r.rise() * base.getSize2D();
            g.drawString(r.text(), (float) cx, (float) (y + dy));
            cx += g.getFontMetrics(f).getStringBounds(r.text(), g).getWidth();
        }
        g.setFont(saved);
    }

    /** Draws a label centred horizontally on {@code cx} with its baseline at {@code y}. */
    public static void drawCentred(Graphics2D g, Label label, Font base, double cx, double y) {
        draw(g, label, base, cx - width(g, label, base) / 2, y);
    }

    /** Draws a label rotated 90° anticlockwise, centred vertically on {@code cy}. */
    public static void drawVertical(Graphics2D g, Label label, Font base, double x, double cy) {
        AffineTransform saved = g.getTransform();
        g.translate(x, cy);
        g.rotate(-Math.PI / 2);
        drawCentred(g, label, base, 0, 0);
        g.setTransform(saved);
    }
}
