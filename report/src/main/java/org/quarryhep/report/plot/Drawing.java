package org.quarryhep.report.plot;

import java.awt.Graphics2D;

/**
 * Something that paints itself into a rectangle at the origin; the same code draws PNG, SVG and
 * PDF.
 */
@FunctionalInterface
public interface Drawing {
    /**
     * Paints into (0, 0, width, height).
     *
     * @param g the graphics (raster or vector)
     * @param width width in user units (points for PDF)
     * @param height height in user units
     */
    void paint(Graphics2D g, int width, int height);
}
