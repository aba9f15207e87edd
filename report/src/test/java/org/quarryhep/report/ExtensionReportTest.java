package org.quarryhep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.report.model.ResultsException;

/**
 * An analysis extension's keys and files on the page: the golden results with an extension record
 * added the way the pipeline writes it ({@code extensions.<name>: {version, keys, files}}).
 */
class ExtensionReportTest {
    @TempDir Path dir;

    /** The golden folder copied, its results.json given an extension with two keys and a PNG. */
    private Path results(boolean withPng) throws IOException {
        Path golden = Golden.resultsJson().getParent();
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> files = Files.list(golden)) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(in.resolve("results.json").toFile());
        ArrayNode closure = root.putArray("closure");
        closure.addObject().put("rms_ln_r", 0.003489).putObject("theta").put("m_s", 650.0);
        closure.addObject().put("rms_ln_r", 4.68e-4).putObject("theta").put("m_s", 870.0);
        ObjectNode coverage = root.putObject("coverage");
        coverage.put("n_toys", 200).put("frac_68", 0.685);
        coverage.putArray("edges").add(1).add(2).add(3);
        coverage.putArray("long").add(1).add(2).add(3).add(4).add(5).add(6).add(7);
        ObjectNode record = root.putObject("extensions").putObject("my-study");
        record.put("version", "3");
        record.putArray("keys").add("closure").add("coverage");
        record.putArray("files").add("my-study/figures/scan.png");
        if (withPng) {
            Path png = in.resolve("my-study/figures/scan.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        }
        json.writeValue(in.resolve("results.json").toFile(), root);
        return in;
    }

    @Test
    void theExtensionsKeysAreTablesAndItsPngsFigures() throws IOException {
        Path in = results(true);
        Path out = dir.resolve("out");
        Report.Summary s = Report.render(in, out, EnumSet.of(Report.Output.HTML), null);
        String html = Files.readString(s.page(), StandardCharsets.UTF_8);
        String section =
                html.substring(
                        html.indexOf("<section id=\"extension-my-study\">"),
                        html.indexOf("</section>", html.indexOf("extension-my-study")));
        // A list of objects is a table: one column per dotted field, one row per object, numbers
        // to 4 significant digits (the values written above).
        assertTrue(section.contains("<tr><th>rms_ln_r</th><th>theta.m_s</th></tr>"), "the header");
        assertTrue(section.contains("<tr><td>0.003489</td><td>650</td></tr>"), section);
        assertTrue(section.contains("<tr><td>0.000468</td><td>870</td></tr>"), section);
        // An object is a two-column table; short arrays inline, long ones by their length.
        assertTrue(section.contains("<th class=\"name\">frac_68</th><td>0.685</td>"), section);
        assertTrue(section.contains("<td>[1, 2, 3]</td>"), section);
        assertTrue(section.contains("<td>[7 values]</td>"), section);
        // The PNG is copied beside the page and shown; the copy is the same bytes.
        String link = "extensions/my-study/figures/scan.png";
        assertTrue(section.contains("<img src=\"" + link + "\""), section);
        assertArrayEquals(
                Files.readAllBytes(in.resolve("my-study/figures/scan.png")),
                Files.readAllBytes(out.resolve(link)));
        assertTrue(html.contains("<a href=\"#extensions\">"), "the navigation links to it");
    }

    /**
     * The record's shape is in the schema: {@code files} given as one string (not a list) would
     * otherwise be iterated as nothing and the file silently left off the page.
     */
    @Test
    void anExtensionRecordOfTheWrongShapeIsNamed() throws IOException {
        Path in = results(true);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(in.resolve("results.json").toFile());
        ((ObjectNode) root.get("extensions").get("my-study"))
                .put("files", "my-study/figures/scan.png");
        json.writeValue(in.resolve("results.json").toFile(), root);
        ResultsException e =
                assertThrows(
                        ResultsException.class,
                        () ->
                                Report.render(
                                        in,
                                        dir.resolve("out"),
                                        EnumSet.of(Report.Output.HTML),
                                        null));
        assertTrue(e.getMessage().contains("/extensions/my-study/files"), e.getMessage());
    }

    @Test
    void aMissingExtensionFileIsNamed() throws IOException {
        Path in = results(false);
        ResultsException e =
                assertThrows(
                        ResultsException.class,
                        () ->
                                Report.render(
                                        in,
                                        dir.resolve("out"),
                                        EnumSet.of(Report.Output.HTML),
                                        null));
        assertTrue(e.getMessage().contains("my-study/figures/scan.png"), e.getMessage());
    }
}
