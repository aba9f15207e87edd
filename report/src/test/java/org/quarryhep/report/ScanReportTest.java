package org.quarryhep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.report.model.ResultsJson;
import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.ScanExecutors;
import org.quarryhep.scan.ScanFiles;

/**
 * A scan's results become a report: the example smuon plane (analytic runner, so the scan itself is
 * checked in {@code scan}) gives one colour map per contour family whose lines are the scan's
 * contours unchanged and whose colour at every scanned point is that point's expected CLs.
 */
class ScanReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scanContoursAreDrawnAsColourMapsWithTheScansLines(@TempDir Path dir) throws Exception {
        Path scanFile =
                Path.of("")
                        .toAbsolutePath()
                        .getParent()
                        .resolve("analyses/examples/smuon-plane/scan.yaml");
        Path scanDir = dir.resolve("scan");
        ScanFiles.Finished done =
                ScanFiles.run(
                        scanFile,
                        scanDir,
                        ScanExecutors.create("local", ExecutorSettings.fromEnvironment(2, null)),
                        false,
                        o -> {});
        JsonNode scan = JSON.readTree(done.resultsJson().toFile());
        String text = ScanReport.toReportJson(scan, "scan results");
        assertEquals(2, ResultsJson.parse(text, "converted").figures().size());

        JsonNode figure = JSON.readTree(text).path("figures").path(0);
        JsonNode family = scan.path("contours").path(0);
        int lines = 0;
        Iterator<Map.Entry<String, JsonNode>> variants = family.path("lines").fields();
        while (variants.hasNext()) {
            for (JsonNode line : variants.next().getValue()) {
                JsonNode drawn = figure.path("lines").path(lines++);
                assertEquals(line.path("x"), drawn.path("x"));
                assertEquals(line.path("y"), drawn.path("y"));
            }
        }
        assertTrue(lines >= 2, "observed and expected contours at least, found " + lines);

        // Every scanned point's cell carries its own cls_exp (the edges sit halfway between
        // neighbouring scanned values, so a point's cell is found by its value's rank).
        JsonNode xs = figure.path("x_edges");
        JsonNode ys = figure.path("y_edges");
        for (JsonNode p : scan.path("points")) {
            double x = p.path("parameters").path("m_smuon").asDouble();
            double y = p.path("parameters").path("m_chi").asDouble();
            int col = cell(xs, x);
            int row = cell(ys, y);
            assertEquals(
                    p.path("results").path("cls_exp").asDouble(),
                    figure.path("z").path(row).path(col).asDouble(),
                    0.0,
                    "cell of (" + x + ", " + y + ")");
        }

        Report.Summary s =
                Report.render(scanDir, dir.resolve("report"), EnumSet.of(Report.Output.HTML), null);
        assertEquals(2, s.figures());
        assertTrue(Files.size(dir.resolve("report/plots/scan-exclusion.png")) > 1000);
    }

    private static int cell(JsonNode edges, double v) {
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (v > edges.get(i).asDouble() && v < edges.get(i + 1).asDouble()) {
                return i;
            }
        }
        throw new AssertionError(v + " outside the edges " + edges);
    }
}
