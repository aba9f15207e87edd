package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quarry bench io FILE}: reads a file completely several times (building every event) and
 * reports MB/s of decompressed text and events/s per repetition.
 */
@Command(
        name = "io",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Read an event file completely --repeat times and report MB/s (decompressed bytes,"
                    + " 1 MB = 10^6 bytes) and events/s. Compare with a peer by timing it on the"
                    + " same file in the same session."
        })
final class BenchIoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "event file")
    Path file;

    @Option(names = "--repeat", defaultValue = "3", description = "repetitions")
    int repeat;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--repeat must be at least 1, got " + repeat);
        }
        List<Map<String, Object>> runs = new ArrayList<>();
        long particles = 0;
        try (Progress progress =
                Progress.start("bench io " + file.getFileName(), repeat, "passes")) {
            for (int i = 0; i < repeat; i++) {
                long events = 0;
                long count = 0;
                long start = System.nanoTime();
                long bytes;
                try (EventReader r = EventReaders.open(file, ReadOptions.STRICT)) {
                    while (r.hasNext()) {
                        count += r.next().particles().size();
                        events++;
                    }
                    bytes = r.bytesRead();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                particles = count;
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("seconds", seconds);
                run.put("events", events);
                run.put("bytes", bytes);
                run.put("mb_per_s", bytes / 1e6 / seconds);
                run.put("events_per_s", events / seconds);
                runs.add(run);
                progress.step(1);
            }
        }
        Map<String, Object> best = runs.get(0);
        for (Map<String, Object> r : runs) {
            if ((Double) r.get("seconds") < (Double) best.get("seconds")) {
                best = r;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("particles", particles);
        result.put("runs", runs);
        result.put("best_mb_per_s", best.get("mb_per_s"));
        result.put("best_events_per_s", best.get("events_per_s"));
        result.put(
                "java",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, result);
        } else {
            out.printf(
                    "%s: %,d events, %,d particles, %,d bytes decompressed%n",
                    file, (Long) best.get("events"), particles, (Long) best.get("bytes"));
            for (int i = 0; i < runs.size(); i++) {
                Map<String, Object> r = runs.get(i);
                out.printf(
                        Locale.ROOT,
                        "  pass %d: %.3f s, %.1f MB/s, %.0f events/s%n",
                        i + 1,
                        r.get("seconds"),
                        r.get("mb_per_s"),
                        r.get("events_per_s"));
            }
            out.printf(
                    Locale.ROOT,
                    "  best:   %.1f MB/s, %.0f events/s%n",
                    result.get("best_mb_per_s"),
                    result.get("best_events_per_s"));
            out.flush();
        }
        return 0;
    }
}
