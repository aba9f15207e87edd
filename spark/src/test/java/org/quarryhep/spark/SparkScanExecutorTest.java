package org.quarryhep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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

    private static final Path PIPELINE_EXAMPLE =
            Path.of(System.getProperty("user.dir"))
                    .resolve("../analyses/examples/zprime-mass/scan.yaml")
                    .normalize();

    /** results.json up to the provenance (which names the executor and the time). */
    private static String numbers(Path resultsJson) throws Exception {
        String s = Files.readString(resultsJson);
        return s.substring(0, s.indexOf("\"provenance\""));
    }

    /**
     * The three runs of item 7: local, Spark local[2], and Spark local[2] with task 1's first
     * attempt failing; {@code scanFor} gives each run's scan file, results go to {@code out/NAME}.
     */
    private static List<ScanFiles.Finished> threeWays(Function<String, Path> scanFor, Path out)
            throws Exception {
        ScanFiles.Finished local;
        try (ScanExecutor ex = new LocalScanExecutor(2)) {
            local = ScanFiles.run(scanFor.apply("local"), out.resolve("local"), ex, false, o -> {});
        }
        ScanFiles.Finished spark;
        try (SparkScanExecutor ex =
                new SparkScanExecutor(new ExecutorSettings(1, "local[2]", OptionalInt.empty()))) {
            assertEquals("local[2,4]", ex.master());
            spark = ScanFiles.run(scanFor.apply("spark"), out.resolve("spark"), ex, false, o -> {});
        }
        AtomicInteger retried = new AtomicInteger();
        ScanFiles.Finished hook;
        try (SparkScanExecutor ex =
                new SparkScanExecutor(new ExecutorSettings(1, "local[2]", OptionalInt.of(1)))) {
            hook =
                    ScanFiles.run(
                            scanFor.apply("hook"),
                            out.resolve("hook"),
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
        return List.of(local, spark, hook);
    }

    @Test
    void analyticExampleGivesIdenticalResultsOnAllThreeExecutors(@TempDir Path tmp)
            throws Exception {
        List<ScanFiles.Finished> runs = threeWays(name -> EXAMPLE, tmp);
        assertTrue(runs.get(0).result().outcomes().size() > 50);
        String expected = numbers(runs.get(0).resultsJson());
        assertEquals(expected, numbers(runs.get(1).resultsJson()));
        assertEquals(expected, numbers(runs.get(2).resultsJson()));
        assertTrue(expected.contains("\"exclusion\""));
    }

    @Test
    void pipelineExampleGivesIdenticalResultsOnAllThreeExecutors(@TempDir Path tmp)
            throws Exception {
        // The example runs the z-mumu analysis at each point. Each run gets its own pipeline work
        // folder, so no point comes from another run's pipeline cache: every number is computed
        // three times, once per executor.
        String text = Files.readString(PIPELINE_EXAMPLE);
        Path analysis = PIPELINE_EXAMPLE.resolveSibling("../z-mumu/analysis.yaml").normalize();
        List<ScanFiles.Finished> runs =
                threeWays(
                        name -> {
                            Path scan = tmp.resolve("scan-" + name + ".yaml");
                            try {
                                Files.writeString(
                                        scan,
                                        text.replace("../z-mumu/analysis.yaml", analysis.toString())
                                                .replace(
                                                        "type: pipeline",
                                                        "type: pipeline\n  work_dir: "
                                                                + tmp.resolve("work-" + name)));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            return scan;
                        },
                        tmp);
        assertEquals(2, runs.get(0).result().outcomes().size());
        String expected = numbers(runs.get(0).resultsJson());
        assertTrue(expected.contains("asimov-mmumu.mu_limit"), expected);
        assertEquals(expected, numbers(runs.get(1).resultsJson()));
        assertEquals(expected, numbers(runs.get(2).resultsJson()));
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
