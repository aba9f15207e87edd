package org.quarryhep.io.internal;

import java.nio.file.Path;
import org.quarryhep.core.Event;
import org.quarryhep.io.Compression;
import org.quarryhep.io.EventWriter;

/**
 * The atomic-file bookkeeping shared by the format writers: a subclass formats the header, each
 * event and the footer into {@link #out}; a failed write marks the writer failed so that {@link
 * #close()} discards the temporary file.
 */
public abstract class AbstractEventWriter implements EventWriter {
    /** Text of the event being written. */
    protected final TextOutput out;

    private final AtomicOutput file;
    private long written;
    private boolean failed;
    private boolean aborted;
    private boolean closed;

    /**
     * Opens the temporary file.
     *
     * @param target the file to create or replace on close
     * @param compression compression of the file
     */
    protected AbstractEventWriter(Path target, Compression compression) {
        this.file = AtomicOutput.open(target, compression);
        this.out = new TextOutput(file.writer(), target.toString());
    }

    /** Formats the file header into {@link #out}; called by subclasses' constructors. */
    protected final void start() {
        try {
            writeHeader();
            out.flush();
        } catch (RuntimeException e) {
            file.discard();
            closed = true;
            throw e;
        }
    }

    /** Formats the header. */
    protected abstract void writeHeader();

    /** Formats one event. */
    protected abstract void writeEvent(Event event);

    /** Formats the footer. */
    protected abstract void writeFooter();

    @Override
    public final void write(Event event) {
        if (closed || aborted) {
            throw new IllegalStateException("writer for " + file.target() + " is closed");
        }
        try {
            writeEvent(event);
            out.flush();
            written++;
        } catch (RuntimeException e) {
            failed = true;
            out.sb().setLength(0);
            throw e;
        }
    }

    @Override
    public final long eventsWritten() {
        return written;
    }

    @Override
    public final void abort() {
        aborted = true;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (aborted || failed) {
            file.discard();
            return;
        }
        try {
            writeFooter();
            out.flush();
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
        file.commit();
    }
}
