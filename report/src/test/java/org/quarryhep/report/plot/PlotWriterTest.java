package org.quarryhep.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.report.Golden;
import org.quarryhep.report.model.Figure;
import org.quarryhep.report.model.Results;
import org.quarryhep.report.model.ResultsJson;

/** Every figure type of the golden example is written as PNG, SVG and PDF that readers accept. */
class PlotWriterTest {
    @Test
    void everyGoldenFigureIsWrittenInEveryFormat(@TempDir Path dir) throws Exception {
        Path golden = Golden.resultsJson();
        Results r = ResultsJson.read(golden);
        FigurePainter painter =
                new FigurePainter(rel -> ReferenceTable.read(golden.resolveSibling(rel)));
        for (Figure f : r.figures()) {
            int[] size = FigurePainter.size(f);
            Drawing d = painter.drawing(f);
            for (PlotWriter.Format fmt : PlotWriter.Format.values()) {
                PlotWriter.write(
                        d, size[0], size[1], fmt, dir.resolve(f.id() + "." + fmt.extension()));
            }
            BufferedImage png = ImageIO.read(dir.resolve(f.id() + ".png").toFile());
            assertEquals(size[0] * PlotWriter.PNG_SCALE, png.getWidth(), f.id());
            assertEquals(size[1] * PlotWriter.PNG_SCALE, png.getHeight(), f.id());
            assertTrue(colours(png) > 3, f.id() + ": the PNG is not blank");
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            // The SVG names the W3C DTD; parse offline without fetching it.
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var svg = xml.newDocumentBuilder().parse(dir.resolve(f.id() + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getTagName(), f.id());
            byte[] pdf = Files.readAllBytes(dir.resolve(f.id() + ".pdf"));
            String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
            String tail = new String(pdf, pdf.length - 7, 7, StandardCharsets.ISO_8859_1);
            assertEquals("%PDF-", head, f.id());
            assertTrue(tail.contains("%%EOF"), f.id() + ": PDF ends with %%EOF");
        }
    }

    private static long colours(BufferedImage img) throws IOException {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
