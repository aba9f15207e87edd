package org.quarryhep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.LocalScanExecutor;
import org.quarryhep.scan.PointOutcome;
import org.quarryhep.scan.ScanExecutor;
import org.quarryhep.scan.ScanFiles;

/**
 * Issue 16 item 7: the example scan gives the same results.json, number for number, with the local
 * executor, with Spark local[2], and with Spark local[2] when a task's first attempt fails.
 */
class SparkScanExecutorTest {
    private static final Path EXAMPLE =
            Path.of(System.getProperty("user.dir"))
                    .resolve("../analyses/examples/smuon-plane/scan.yaml")
                    .normalize();

    /** results.json up to the provenance (which names the executor and the time). */
    private static String numbers(Path resultsJson) throws Exception {
        String s = Files.readString(resultsJson);
        return s.substring(0, s.indexOf("\"provenance\""));
    }

    @Test
    void localSparkAndSparkWithARetryGiveIdenticalResults(@TempDir Path tmp) throws Exception {
        ScanFiles.Finished local;
        try (ScanExecutor ex = new LocalScanExecutor(2)) {
            local = ScanFiles.run(EXAMPLE, tmp.resolve("local"), ex, false, o -> {});
        }
        ScanFiles.Finished spark;
        try (SparkScanExecutor ex =
                new SparkScanExecutor(new ExecutorSettings(1, "local[2]", OptionalInt.empty()))) {
            assertEquals("local[2,4]", ex.master());
            spark = ScanFiles.run(EXAMPLE, tmp.resolve("spark"), ex, false, o -> {});
        }
        AtomicInteger retried = new AtomicInteger();
        ScanFiles.Finished hook;
        try (SparkScanExecutor ex =
                new SparkScanExecutor(new ExecutorSettings(1, "local[2]", OptionalInt.of(5)))) {
            hook =
                    ScanFiles.run(
                            EXAMPLE,
                            tmp.resolve("hook"),
                            ex,
                            false,
                            o -> {
                                if (o.attempts() == 2) {
                                    retried.incrementAndGet();
                                }
                            });
        }
        // Exactly the hooked task ran twice, and nothing failed.
        assertEquals(1, retried.get());
        assertTrue(local.result().failures().isEmpty());
        assertTrue(hook.result().failures().isEmpty());
        assertTrue(local.result().outcomes().size() > 50);
        String expected = numbers(local.resultsJson());
        assertEquals(expected, numbers(spark.resultsJson()));
        assertEquals(expected, numbers(hook.resultsJson()));
        assertTrue(expected.contains("\"exclusion\""));
    }

    @Test
    void aPointFailingEveryAttemptIsReportedAndTheOthersFinish(@TempDir Path tmp) throws Exception {
        // Without the constraint m_chi < m_smuon the analytic runner refuses the points on and
        // above the diagonal: those fail all 4 attempts and are reported; the others succeed.
        String text =
                Files.readString(EXAMPLE)
                        .replace("constraints:\n  - m_chi < m_smuon\n", "")
                        .replace(
                                "refine: {quantity: cls_exp, level: 0.05, log: true, levels: 2}",
                                "")
                        .replace("{range: [100, 800, 100]}", "{range: [100, 300, 100]}")
                        .replace("{range: [0, 700, 100]}", "{range: [0, 200, 100]}");
        Path scan = tmp.resolve("scan.yaml");
        Files.writeString(scan, text);
        try (SparkScanExecutor ex =
                new SparkScanExecutor(new ExecutorSettings(1, "local[2]", OptionalInt.empty()))) {
            ScanFiles.Finished done = ScanFiles.run(scan, tmp.resolve("out"), ex, false, o -> {});
            List<PointOutcome> failed = done.result().failures();
            // 3 × 3 grid; m_chi >= m_smuon at (100,100), (100,200), (200,200).
            assertEquals(3, failed.size());
            for (PointOutcome f : failed) {
                assertEquals(4, f.attempts());
                assertTrue(f.error().contains("analytic-smuon needs"), f.error());
            }
            assertEquals(9, done.result().outcomes().size());
            assertTrue(Files.readString(done.resultsJson()).contains("\"attempts\" : 4"));
        }
    }
}
