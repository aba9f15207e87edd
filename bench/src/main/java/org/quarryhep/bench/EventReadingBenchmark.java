package org.quarryhep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quarryhep.core.Event;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;

/**
 * Streaming reads of a file of 200 events with 500 final-state particles each, written by Quarry in
 * each format, plain and gzip. The score is the time to read the whole file; divide the file size
 * (printed at set-up) by it for MB/s. The HepMC3 C++ comparison is {@code quarry bench io}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventReadingBenchmark {
    private static final int EVENTS = 200;
    private static final int PARTICLES = 500;

    /** The file format. */
    @Param({"LHE", "HEPMC3", "HEPMC2"})
    public EventFormat format;

    /** The compression, by file suffix: "" (none) or ".gz". */
    @Param({"", ".gz"})
    public String compression;

    private Path dir;
    private Path file;

    /**
     * Writes the file.
     *
     * @throws IOException when the temporary folder cannot be made
     */
    @Setup
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("quarry-bench");
        file = dir.resolve("events." + format.extension() + compression);
        SplittableRandom rng = new SplittableRandom(20261124L);
        try (EventWriter w = EventWriters.open(file, format)) {
            for (int k = 0; k < EVENTS; k++) {
                w.write(SyntheticEvents.event(k + 1, PARTICLES, rng));
            }
        }
        System.out.printf(
                "%n%s: %.2f MB, %d events%n", file.getFileName(), Files.size(file) / 1e6, EVENTS);
    }

    /**
     * Deletes the file.
     *
     * @throws IOException when deleting fails
     */
    @TearDown
    public void deleteFile() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Reads every event of the file.
     *
     * @param sink keeps the events alive
     * @return the number of events read
     */
    @Benchmark
    public long readWholeFile(Blackhole sink) {
        long n = 0;
        try (EventReader r = EventReaders.open(file)) {
            while (r.hasNext()) {
                Event e = r.next();
                sink.consume(e);
                n++;
            }
        }
        return n;
    }
}
