package org.quarryhep.io;

import java.nio.file.Path;
import org.quarryhep.core.RunInfo;

/**
 * Opens event writers. The compression follows the file name ({@code .gz} gzip, {@code .zst} zstd,
 * else plain); writing is atomic (see {@link EventWriter}).
 */
public final class EventWriters {
    private EventWriters() {}

    /**
     * Opens a writer whose format is told from the file name ({@link
     * EventFormat#fromFileName(String)}).
     *
     * @param path the target file
     * @param run the run information written in the header
     * @return the writer
     * @throws IllegalArgumentException when the file name names no known format
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public static EventWriter open(Path path, RunInfo run) {
        return open(path, EventFormat.fromFileName(path.getFileName().toString()), run);
    }

    /**
     * Opens a writer for a run about which nothing is known ({@link RunInfo#EMPTY}).
     *
     * @param path the target file
     * @param format the format to write
     * @return the writer
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public static EventWriter open(Path path, EventFormat format) {
        return open(path, format, RunInfo.EMPTY);
    }

    /**
     * Opens a writer.
     *
     * @param path the target file
     * @param format the format to write
     * @param run the run information written in the header (LHE init block, HepMC3 run info)
     * @return the writer
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public static EventWriter open(Path path, EventFormat format, RunInfo run) {
        Compression c = Compression.fromFileName(path.getFileName().toString());
        return EventCodecs.of(format).writer(path, c, run);
    }
}
