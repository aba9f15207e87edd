package org.quarryhep.io;

import java.io.InputStream;
import java.nio.file.Path;
import org.quarryhep.core.RunInfo;

/**
 * Reads and writes one {@link EventFormat}. {@link EventReaders} and {@link EventWriters} find the
 * codecs with {@link java.util.ServiceLoader} (each format package registers its own in {@code
 * META-INF/services}), so that this package, which the format packages implement, does not depend
 * back on them: no package cycle.
 */
public interface EventCodec {
    /**
     * The format this codec handles.
     *
     * @return the format
     */
    EventFormat format();

    /**
     * Opens a reader on decompressed text positioned at the start of the file.
     *
     * @param text the decompressed bytes
     * @param source the name used in messages
     * @param compression the compression the bytes came in, reported by the reader
     * @param options strict or lenient reading
     * @return a reader positioned before the first event
     * @throws EventFormatException when the header is malformed
     */
    EventReader reader(
            InputStream text, String source, Compression compression, ReadOptions options);

    /**
     * Opens a writer.
     *
     * @param target the file to write
     * @param compression the compression to write with
     * @param run the run information written in the header
     * @return the writer
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    EventWriter writer(Path target, Compression compression, RunInfo run);
}
