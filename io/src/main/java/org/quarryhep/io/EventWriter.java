package org.quarryhep.io;

import java.io.Closeable;
import org.quarryhep.core.Event;

/**
 * Writes events to one file, atomically: events go to a temporary file beside the target, which
 * {@link #close()} moves into place. After {@link #abort()}, or when a write has failed, {@code
 * close()} deletes the temporary file instead, so no half-written file ever appears under the
 * target name.
 *
 * <pre>{@code
 * try (EventWriter w = EventWriters.open(path, EventFormat.LHE, runInfo)) {
 *     for (Event e : events) {
 *         w.write(e);
 *     }
 * }
 * }</pre>
 */
public interface EventWriter extends Closeable {
    /**
     * Appends one event.
     *
     * @param event the event
     * @throws IllegalArgumentException when the format cannot hold the event (the message says why)
     * @throws java.io.UncheckedIOException when writing fails
     * @throws IllegalStateException when the writer is closed or aborted
     */
    void write(Event event);

    /** How many events were written. */
    long eventsWritten();

    /** Gives up: {@link #close()} will delete the temporary file and leave the target untouched. */
    void abort();

    /**
     * Finishes the file and moves it to the target, unless aborted or failed.
     *
     * @throws java.io.UncheckedIOException when finishing or moving fails
     */
    @Override
    void close();
}
