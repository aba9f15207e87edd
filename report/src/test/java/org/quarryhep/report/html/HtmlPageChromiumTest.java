package org.quarryhep.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.report.Golden;
import org.quarryhep.report.Report;
import org.quarryhep.report.model.ResultsJson;

/**
 * The golden report in a real browser (Debian's {@code chromium}, headless): every image loads, the
 * console shows no error, and nothing is fetched from the network. Skips with a message where
 * chromium is absent, but fails under {@code CI=true}, where {@code .ci/run} installs it. The page
 * and its screenshot stay in {@code target/chromium-report/} to look at.
 */
class HtmlPageChromiumTest {
    @Test
    void goldenReportOpensInChromiumWithEveryImageAndNoErrors(@TempDir Path profile)
            throws Exception {
        Path chromium = HeadlessChromium.find();
        if (chromium == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("chromium is not installed but CI=true (.ci/run installs Debian's chromium)");
            }
            assumeTrue(
                    false,
                    "chromium not installed (apt-get install chromium); skipping the browser test");
        }
        Path out = Path.of("target/chromium-report").toAbsolutePath();
        Report.render(
                Golden.resultsJson().getParent(),
                out,
                EnumSet.of(Report.Output.HTML, Report.Output.HEPDATA),
                null);
        Path screenshot = out.resolve("screenshot.png");
        HeadlessChromium.PageLoad load;
        try (HeadlessChromium browser = new HeadlessChromium(chromium, profile)) {
            load = browser.load(out.resolve("index.html").toUri(), screenshot);
        }
        int figures = ResultsJson.read(Golden.resultsJson()).figures().size();
        assertEquals(figures, load.images().size(), "one image per figure: " + load.images());
        for (Map.Entry<String, Boolean> e : load.images().entrySet()) {
            assertTrue(e.getValue(), "image loaded: " + e.getKey());
        }
        assertEquals(List.of(), load.errors(), "console errors");
        for (String url : load.requests()) {
            assertTrue(
                    url.startsWith("file:") || url.startsWith("data:"),
                    "no network request: " + url);
        }
        assertTrue(Files.size(screenshot) > 10_000, "screenshot written: " + screenshot);
        System.out.println("report screenshot: " + screenshot);
    }
}
