/**
 * Plots of the report's figures: XChart draws the axes, series and legends, Quarry's {@link
 * org.quarryhep.report.plot.LabelPainter} draws the LaTeX-like titles and axis labels (scripts,
 * Greek letters) that XChart cannot, and VectorGraphics2D turns the same drawing into SVG and PDF.
 */
package org.quarryhep.report.plot;
