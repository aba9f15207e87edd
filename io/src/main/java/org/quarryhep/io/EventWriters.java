package org.quarryhep.io;

import java.nio.file.Path;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.hepmc.HepMc2Writer;
import org.quarryhep.io.hepmc.HepMc3Writer;
import org.quarryhep.io.lhe.LheWriter;

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
        return switch (format) {
            case LHE -> new LheWriter(path, c, run);
            case HEPMC3 -> new HepMc3Writer(path, c, run);
            case HEPMC2 -> new HepMc2Writer(path, c, run);
        };
    }
}
