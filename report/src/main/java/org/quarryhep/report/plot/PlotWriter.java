package org.quarryhep.report.plot;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.quarryhep.core.AtomicFile;

/** Writes a {@link Drawing} as PNG (for the page), SVG and PDF (vector, for papers). */
public final class PlotWriter {
    /** PNG pixels per point: sharp on high-density screens. */
    public static final int PNG_SCALE = 2;

    private PlotWriter() {}

    /** The output formats. */
    public enum Format {
        /** Raster, for the HTML page. */
        PNG,
        /** Vector, for papers and the web. */
        SVG,
        /** Vector, for papers. */
        PDF;

        /** The file extension. */
        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Writes a drawing atomically.
     *
     * @param d the drawing
     * @param width width in points
     * @param height height in points
     * @param format the format
     * @param file the target
     * @throws IOException when writing fails
     */
    public static void write(Drawing d, int width, int height, Format format, Path file)
            throws IOException {
        AtomicFile.write(
                file,
                tmp -> {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        if (format == Format.PNG) {
                            BufferedImage img =
                                    new BufferedImage(
                                            width * PNG_SCALE,
                                            height * PNG_SCALE,
                                            BufferedImage.TYPE_INT_RGB);
                            Graphics2D g = img.createGraphics();
                            g.scale(PNG_SCALE, PNG_SCALE);
                            d.paint(g, width, height);
                            g.dispose();
                            ImageIO.write(img, "png", out);
                        } else {
                            VectorGraphics2D g = new VectorGraphics2D();
                            d.paint(g, width, height);
                            Processors.get(format.extension())
                                    .getDocument(g.getCommands(), new PageSize(0, 0, width, height))
                                    .writeTo(out);
                        }
                    }
                });
    }
}
