package org.quarryhep.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;

/**
 * Streams the events of one file with constant memory: only the current event is held.
 *
 * <p>End of input is {@code hasNext() == false}; a malformed event throws {@link
 * EventFormatException} naming file and line, or, with {@link ReadOptions#LENIENT}, is skipped and
 * counted. Close it with try-with-resources.
 *
 * <pre>{@code
 * try (EventReader r = EventReaders.open(path)) {
 *     while (r.hasNext()) {
 *         Event e = r.next();
 *     }
 * }
 * }</pre>
 */
public interface EventReader extends Iterator<Event>, Closeable {
    /** The run information from the file's header (LHE init block, HepMC3 run info). */
    RunInfo runInfo();

    /**
     * True when another event follows.
     *
     * @throws EventFormatException when the next event is malformed (strict mode)
     * @throws java.io.UncheckedIOException when reading fails
     */
    @Override
    boolean hasNext();

    /**
     * The next event.
     *
     * @throws java.util.NoSuchElementException when there is none
     * @throws EventFormatException when the event is malformed (strict mode)
     * @throws java.io.UncheckedIOException when reading fails
     */
    @Override
    Event next();

    /** The file's format. */
    EventFormat format();

    /** The file's compression. */
    Compression compression();

    /** The name used in messages (the file path, or "stdin"). */
    String source();

    /** How many malformed events were skipped (always 0 in strict mode). */
    long skippedEvents();

    /**
     * Warnings: the messages of the first skipped events (at most {@link
     * ReadOptions#maxWarnings()}) and notes such as a missing end-of-listing line.
     */
    List<String> warnings();

    /** Bytes of decompressed text consumed so far (for throughput figures and progress). */
    long bytesRead();

    /** Closes the underlying file; never throws for an already-closed reader. */
    @Override
    void close();
}
