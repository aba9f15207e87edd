package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Provenance;

class ScanRunTest {
    private static String resultsWithout(Path file) throws Exception {
        String s = Files.readString(file);
        return s.substring(0, s.indexOf("\"provenance\""));
    }

    private static Path runExample(Path dir, int threads, boolean resume) throws Exception {
        ScanJob job =
                ScanJob.fromText(Files.readString(AnalyticSmuonRunnerTest.EXAMPLE), "scan.yaml");
        try (ScanExecutor ex = new LocalScanExecutor(threads)) {
            ScanResult r =
                    new ScanRun(
                                    ex,
                                    new PointCache(dir.resolve("points"), job.definition()),
                                    resume,
                                    o -> {})
                            .run(job);
            return ResultsJson.write(
                    dir, r, Provenance.of("test", Map.of(), 1, java.util.List.of()));
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount(@TempDir Path tmp) throws Exception {
        String one = resultsWithout(runExample(tmp.resolve("a"), 1, false));
        String four = resultsWithout(runExample(tmp.resolve("b"), 4, false));
        assertEquals(one, four);
        assertTrue(one.contains("\"exclusion\""));
    }

    @Test
    void resumeTakesCachedPointsWithTheSameBytes(@TempDir Path tmp) throws Exception {
        String first = resultsWithout(runExample(tmp, 2, false));
        String resumed = resultsWithout(runExample(tmp, 2, true));
        assertEquals(first, resumed);
    }

    @Test
    void resumeRunsOnlyMissingPoints(@TempDir Path tmp) {
        ScanDefinition def =
                ScanFile.parse(
                        "name: line\nseed: 3\nparameters:\n  m: {range: [1, 10, 1]}\n"
                                + "runner: {type: function}\n",
                        "line.yaml");
        AtomicInteger calls = new AtomicInteger();
        PointRunner r =
                p -> {
                    calls.incrementAndGet();
                    return Map.of("q", p.get("m") * 2);
                };
        PointCache cache = new PointCache(tmp, def);
        try (ScanExecutor ex = new LocalScanExecutor(2)) {
            new ScanRun(ex, cache, false, o -> {}).run(ScanJob.withRunner(def, r));
            assertEquals(10, calls.get());
            new ScanRun(ex, cache, true, o -> {}).run(ScanJob.withRunner(def, r));
            assertEquals(10, calls.get());
        }
    }

    @Test
    void aFailingPointIsReportedAndTheOthersRun() {
        ScanDefinition def =
                ScanFile.parse(
                        "name: line\nseed: 3\nparameters:\n  m: {range: [1, 5, 1]}\n"
                                + "runner: {type: function}\n"
                                + "reach: [{quantity: q, level: 5, along: m}]\n",
                        "line.yaml");
        PointRunner r =
                p -> {
                    if (p.get("m") == 3) {
                        throw new ScanException("no convergence at m=3");
                    }
                    return Map.of("q", p.get("m") * 2);
                };
        try (ScanExecutor ex = new LocalScanExecutor(2)) {
            ScanResult res = new ScanRun(ex, null, false, o -> {}).run(ScanJob.withRunner(def, r));
            assertEquals(1, res.failures().size());
            assertTrue(res.failures().get(0).error().contains("no convergence at m=3"));
            assertEquals(4, res.outcomes().stream().filter(PointOutcome::ok).count());
            // q = 2m < 5 holds at m = 1, 2; the failed m = 3 is skipped, so the crossing is
            // interpolated between m = 2 (q = 4) and m = 4 (q = 8): m = 2.5.
            assertEquals(2.5, res.reaches().get(0).values().get("value"), 1e-12);
        }
    }
}
