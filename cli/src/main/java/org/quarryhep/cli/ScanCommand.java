package org.quarryhep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.QuarryException;
import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.ScanExecutor;
import org.quarryhep.scan.ScanExecutors;
import org.quarryhep.scan.ScanFile;
import org.quarryhep.scan.ScanFiles;
import org.quarryhep.scan.ScanSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry scan}: runs a scan file's points, writes results.json with contours and curves. */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Runs a parameter scan (grid, refinement near the exclusion boundary, contours,"
                    + " curves, reach, projections) and writes DIR/results.json.",
            "Exit status 0, 1 on an error, 3 when some points failed every attempt (reported in"
                    + " results.json under 'failed')."
        })
final class ScanCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCAN.yaml", description = "the scan definition")
    Path scanFile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "output folder (default: scan-NAME in the current folder)")
    Path output;

    @Option(names = "--executor", defaultValue = "local", description = "local (threads) or spark")
    String executor;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master: local[N], spark://host:7077, yarn, k8s://... (spark only)")
    String master;

    @Option(names = "--threads", description = "threads of the local executor (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "take points already finished in DIR/points")
    boolean resume;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new QuarryException("--threads must be >= 1, got " + n);
        }
        if (master != null && !executor.equals("spark")) {
            throw new QuarryException("--master needs --executor spark");
        }
        Path dir = output;
        if (dir == null) {
            dir = Path.of("scan-" + ScanFile.read(scanFile).name());
        }
        long start = System.nanoTime();
        ScanFiles.Finished done;
        try (ScanExecutor ex =
                        ScanExecutors.create(
                                executor, ExecutorSettings.fromEnvironment(n, master));
                Progress bar = Progress.start("scan", -1, "points")) {
            done = ScanFiles.run(scanFile, dir, ex, resume, o -> bar.step(1));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var r = done.result();
        int points = r.outcomes().size();
        int failed = r.failures().size();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("results", done.resultsJson().toString());
            out.put("scan", r.definition().name());
            out.put("executor", executor);
            out.put("points", points);
            out.put("failed", failed);
            out.put("full_grid", r.fullGrid());
            out.put("seconds", seconds);
            out.put("points_per_minute", points / seconds * 60);
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            w.printf(
                    "scan %s: %d points (%d failed; full grid %d) on %s in %.1f s (%.0f points/min)"
                            + " -> %s%n",
                    r.definition().name(),
                    points,
                    failed,
                    r.fullGrid(),
                    executor,
                    seconds,
                    points / seconds * 60,
                    done.resultsJson());
            for (ScanSummaries.Reach reach : r.reaches()) {
                w.printf(
                        "reach in %s at %s (%s < %s): %s%n",
                        reach.spec().along(),
                        reach.spec().at(),
                        reach.spec().quantity(),
                        reach.spec().level(),
                        reach.values());
            }
            for (var f : r.failures()) {
                w.printf("failed %s: %s%n", f.point().parameters(), f.error());
            }
            w.flush();
        }
        return failed > 0 ? 3 : 0;
    }
}
