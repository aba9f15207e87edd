package org.quarryhep.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import org.quarryhep.core.Event;
import org.quarryhep.io.Compression;
import org.quarryhep.io.EventFormatException;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.ReadOptions;

/**
 * The iteration, lenient skipping and bookkeeping shared by the format readers. A subclass parses
 * one event per {@link #readEvent()} call and says which lines start an event and which mark the
 * listing, so that lenient reading can skip to the next event after a malformed one.
 */
public abstract class AbstractEventReader implements EventReader {
    /** The line source. */
    protected final LineReader lines;

    /** The field parser over {@link #lines}. */
    protected final LineCursor cursor;

    private final ReadOptions options;
    private final Compression compression;
    private final List<String> warnings = new ArrayList<>();
    private Event pending;
    private boolean finished;
    private boolean closed;
    private long skipped;
    private long eventStartLine;

    /**
     * Creates the reader.
     *
     * @param lines the decompressed lines
     * @param compression the file's compression (reported only)
     * @param options strict or lenient
     */
    protected AbstractEventReader(LineReader lines, Compression compression, ReadOptions options) {
        this.lines = lines;
        this.cursor = new LineCursor(lines);
        this.compression = compression;
        this.options = options;
    }

    /**
     * Parses the next event.
     *
     * @return the event, or {@code null} at the end of the events
     * @throws EventFormatException when the event is malformed
     */
    protected abstract Event readEvent();

    /** Whether the current line starts an event ({@code E}, {@code <event>}). */
    protected abstract boolean atEventStart();

    /**
     * Whether the current line closes the events or starts a new listing, where skipping after a
     * malformed event must stop so that {@link #readEvent()} sees it.
     */
    protected abstract boolean atListingMarker();

    /** Records the current line as the first line of the event being parsed. */
    protected final void markEventStart() {
        eventStartLine = lines.lineNumber();
    }

    /** The first line of the event being parsed, for errors found after its lines were read. */
    protected final long eventStartLine() {
        return eventStartLine;
    }

    /**
     * After a malformed event, advances so that the next {@link #readEvent()} starts at the next
     * event (or at a listing marker, or the end). An event start on the current line is kept unless
     * it is the malformed event's own first line, which would loop forever.
     */
    private void resync() {
        if (lines.lineNumber() != eventStartLine && atEventStart()) {
            lines.unread();
            return;
        }
        while (lines.next()) {
            if (atEventStart() || atListingMarker()) {
                lines.unread();
                return;
            }
        }
    }

    @Override
    public final boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (finished || closed) {
            return false;
        }
        while (true) {
            try {
                pending = readEvent();
                if (pending == null) {
                    finished = true;
                    return false;
                }
                return true;
            } catch (EventFormatException e) {
                if (!options.lenient()) {
                    finished = true;
                    throw e;
                }
                skipped++;
                if (warnings.size() < options.maxWarnings()) {
                    warnings.add(e.getMessage());
                }
                resync();
            }
        }
    }

    @Override
    public final Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more events in " + source());
        }
        Event e = pending;
        pending = null;
        return e;
    }

    @Override
    public final Compression compression() {
        return compression;
    }

    @Override
    public final String source() {
        return lines.source();
    }

    @Override
    public final long skippedEvents() {
        return skipped;
    }

    @Override
    public final List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    @Override
    public final long bytesRead() {
        return lines.bytesConsumed();
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            lines.close();
        }
    }

    /** Records a warning about the file that does not stop reading (see {@link #warnings()}). */
    protected final void warn(String message) {
        if (warnings.size() < Math.max(1, options.maxWarnings())) {
            warnings.add(lines.source() + ":" + lines.lineNumber() + ": " + message);
        }
    }

    /** An error at the current line. */
    protected final EventFormatException error(String message) {
        return new EventFormatException(message, lines.source(), lines.lineNumber());
    }

    /**
     * A line or field shortened for an error message, so that a garbage line of any length keeps
     * the message on one readable line.
     *
     * @param s the text
     * @return at most 60 characters of it, with "..." when cut
     */
    public static String clip(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    /** An error at a given line. */
    protected final EventFormatException errorAt(String message, long line) {
        return new EventFormatException(message, lines.source(), line);
    }
}
