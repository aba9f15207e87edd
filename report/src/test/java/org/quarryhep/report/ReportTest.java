package org.quarryhep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.report.model.Results;
import org.quarryhep.report.model.ResultsException;
import org.quarryhep.report.model.ResultsJson;
import org.quarryhep.report.plot.FigurePainter;
import org.quarryhep.report.plot.PlotWriter;
import org.quarryhep.testkit.ReferenceData;

/** The whole report from the golden results folder, rendered once for all tests (seconds each). */
class ReportTest {
    @TempDir static Path shared;
    private static Report.Summary summary;

    @BeforeAll
    static void render() throws IOException {
        summary = renderGolden(shared);
    }

    /** Renders the golden example's page and HEPData submission into {@code out}. */
    static Report.Summary renderGolden(Path out) throws IOException {
        Path schemas =
                ReferenceData.has("hepdata-schemas/1.1.1")
                        ? ReferenceData.root().resolve("hepdata-schemas/1.1.1")
                        : null;
        return Report.render(
                Golden.resultsJson().getParent(),
                out,
                EnumSet.of(Report.Output.HTML, Report.Output.HEPDATA),
                schemas);
    }

    @Test
    void pageLinksOnlyToFilesThatExistAndShowsEveryFigure() throws IOException {
        Path out = shared;
        Report.Summary s = summary;
        Results r = ResultsJson.read(Golden.resultsJson());
        String html = Files.readString(s.page(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            String target = m.group(1);
            if (target.startsWith("data:")) {
                continue;
            }
            assertTrue(!target.contains("://"), "no network link: " + target);
            assertTrue(Files.isRegularFile(out.resolve(target)), "link target exists: " + target);
            links++;
        }
        for (var f : r.figures()) {
            assertTrue(html.contains("src=\"plots/" + f.id() + ".png\""), f.id());
        }
        // 14 figures × (PNG img + PNG, SVG links) + results.json, zip, 2 files, 2 CSV × 2.
        assertEquals(14 * 3 + 1 + 1 + 2 + 4, links);
        assertTrue(html.contains("p<sub>T</sub>"), "labels rendered with sub/superscripts");
        assertEquals(14, s.figures());
        assertEquals(2, s.tables());
    }

    @Test
    void hepdataSubmissionPassesHepdatasChecksAndIsZipped() throws IOException {
        ReferenceData.require("hepdata-schemas/1.1.1");
        Path out = shared;
        Report.Summary s = summary;
        assertEquals(List.of(), s.hepdataProblems());
        try (ZipFile zip = new ZipFile(s.hepdataZip().toFile())) {
            assertTrue(zip.getEntry("submission.yaml") != null);
            assertTrue(zip.getEntry("workspace.json") != null, "pyhf workspace attached");
            assertTrue(zip.getEntry("limit-mass.yaml") != null);
            assertTrue(zip.getEntry("exclusion-wr-line-1.yaml") != null, "contours as tables");
        }
        String submission = Files.readString(out.resolve("hepdata/submission.yaml"));
        // √s = 13 TeV in the golden analysis: HEPData's cmenergies keyword in GeV.
        assertTrue(submission.contains("- 13000.0"), submission);
        String limit = Files.readString(out.resolve("hepdata/limit-mass.yaml"));
        // The expected limit at 200 GeV is 50 with the +1 sigma edge at 70 (golden file).
        assertTrue(limit.contains("value: 50.0"), limit);
        assertTrue(limit.contains("plus: 20.0"), limit);
    }

    @Test
    void csvTablesReadBackToTheNumbers() throws IOException {
        List<String> lines = Files.readAllLines(shared.resolve("tables/cutflow-sr.csv"));
        assertEquals(
                "cut,H → μτe,H → μτe error,Z → ττ,Z → ττ error,tt\u0305,tt\u0305 error",
                lines.get(0));
        assertEquals("\"one μ, one e, opposite sign\",412,12,21000,140,9100,95", lines.get(2));
    }

    @Test
    void missingAttachedFileIsNamed(@TempDir Path dir) throws IOException {
        String json = Files.readString(Golden.resultsJson());
        Files.writeString(dir.resolve("results.json"), json);
        ResultsException e =
                assertThrows(
                        ResultsException.class,
                        () ->
                                Report.render(
                                        dir,
                                        dir.resolve("out"),
                                        EnumSet.of(Report.Output.HTML),
                                        null));
        assertTrue(
                e.getMessage().contains("/files/0/path: 'workspace.json' does not exist"),
                e.getMessage());
    }

    @Test
    void renderingAgainGivesTheSameFiles(@TempDir Path again) throws IOException {
        Report.render(
                Golden.resultsJson().getParent(),
                again,
                EnumSet.of(Report.Output.HTML, Report.Output.HEPDATA),
                null);
        for (String f :
                List.of(
                        "index.html",
                        "plots/limit-mass.svg",
                        "plots/mcol-sr.png",
                        "tables/headline.csv",
                        "hepdata/limit-mass.yaml",
                        "hepdata/submission.yaml",
                        "hepdata.zip")) {
            assertTrue(
                    java.util.Arrays.equals(
                            Files.readAllBytes(shared.resolve(f)),
                            Files.readAllBytes(again.resolve(f))),
                    f + " identical");
        }
    }

    @Test
    void everyFigureIsWrittenAsPngAndSvgThatReadersAccept() throws Exception {
        Results r = ResultsJson.read(Golden.resultsJson());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // The SVG names the W3C DTD; parse offline without fetching it.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (var f : r.figures()) {
            int[] size = FigurePainter.size(f);
            BufferedImage png = ImageIO.read(shared.resolve("plots/" + f.id() + ".png").toFile());
            assertEquals(size[0] * PlotWriter.PNG_SCALE, png.getWidth(), f.id());
            assertEquals(size[1] * PlotWriter.PNG_SCALE, png.getHeight(), f.id());
            assertTrue(colours(png) > 3, f.id() + ": the PNG is not blank");
            var svg =
                    xml.newDocumentBuilder()
                            .parse(shared.resolve("plots/" + f.id() + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getTagName(), f.id());
        }
    }

    @Test
    void pdfOutputWritesAPdfOfEachFigure(@TempDir Path out) throws IOException {
        // PDF is the slow format (about a second a figure here), so it is rendered once, alone.
        Report.render(Golden.resultsJson().getParent(), out, EnumSet.of(Report.Output.PDF), null);
        for (var f : ResultsJson.read(Golden.resultsJson()).figures()) {
            byte[] pdf = Files.readAllBytes(out.resolve("plots/" + f.id() + ".pdf"));
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1), f.id());
            String tail = new String(pdf, pdf.length - 7, 7, StandardCharsets.ISO_8859_1);
            assertTrue(tail.contains("%%EOF"), f.id() + ": PDF ends with %%EOF");
        }
        assertTrue(!Files.exists(out.resolve("index.html")), "no page without --format html");
    }

    private static int colours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
