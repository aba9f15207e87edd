package org.quarryhep.io;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens event files of any supported format: the compression is told from the magic bytes (gzip
 * {@code 1f 8b}, zstd {@code 28 b5 2f fd}) and the format from the first non-empty lines ({@code
 * <LesHouchesEvents}, {@code HepMC::Asciiv3}, {@code HepMC::IO_GenEvent}), never from the file
 * name.
 */
public final class EventReaders {
    private EventReaders() {}

    private static final int SNIFF_BYTES = 1 << 14;
    private static final int SNIFF_LINES = 8;

    /**
     * Opens a file strictly.
     *
     * @param path the file
     * @return a reader positioned before the first event
     * @throws EventFormatException when the file is empty or of no known format
     * @throws UncheckedIOException when the file cannot be read
     */
    public static EventReader open(Path path) {
        return open(path, ReadOptions.STRICT);
    }

    /**
     * Opens a file.
     *
     * @param path the file
     * @param options strict or lenient reading
     * @return a reader positioned before the first event
     * @throws EventFormatException when the file is empty, of no known format, or its header is
     *     malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public static EventReader open(Path path, ReadOptions options) {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(in, path.toString(), options);
    }

    /**
     * Opens a stream (for example stdin); the stream is closed with the reader.
     *
     * @param in the raw, possibly compressed bytes
     * @param source the name used in messages
     * @param options strict or lenient reading
     * @return a reader positioned before the first event
     * @throws EventFormatException when the input is empty, of no known format, or its header is
     *     malformed
     * @throws UncheckedIOException when the input cannot be read
     */
    public static EventReader open(InputStream in, String source, ReadOptions options) {
        boolean ok = false;
        try {
            Sniffed s = sniff(in, source);
            EventReader reader =
                    EventCodecs.of(s.type.format())
                            .reader(s.text, source, s.type.compression(), options);
            ok = true;
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                closeQuietly(in);
            }
        }
    }

    /**
     * Tells a file's format and compression without reading its events.
     *
     * @param path the file
     * @return format and compression
     * @throws EventFormatException when the file is empty or of no known format
     * @throws UncheckedIOException when the file cannot be read
     */
    public static FileType detect(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return sniff(in, path.toString()).type;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    private record Sniffed(FileType type, InputStream text) {}

    private static Sniffed sniff(InputStream raw, String source) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(4);
        byte[] magic = b.readNBytes(4);
        b.reset();
        Compression compression = Compression.fromMagic(magic, magic.length);
        InputStream decompressed;
        try {
            decompressed =
                    switch (compression) {
                        case GZIP -> new GZIPInputStream(b, 1 << 16);
                        case ZSTD -> new ZstdInputStream(b);
                        case NONE -> b;
                    };
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new EventFormatException(
                    "corrupt " + compression + " header (" + describe(e) + ")", source, 1, e);
        }
        BufferedInputStream text = new BufferedInputStream(decompressed, 1 << 16);
        text.mark(SNIFF_BYTES);
        byte[] head;
        try {
            head = text.readNBytes(SNIFF_BYTES);
        } catch (java.util.zip.ZipException
                | java.io.EOFException
                | com.github.luben.zstd.ZstdIOException e) {
            throw new EventFormatException(
                    "compressed data is corrupt or truncated (" + describe(e) + ")", source, 1, e);
        }
        text.reset();
        return new Sniffed(new FileType(formatOf(head, source), compression), text);
    }

    private static EventFormat formatOf(byte[] head, String source) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = s.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < SNIFF_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.contains("<LesHouchesEvents")) {
                return EventFormat.LHE;
            }
            if (line.startsWith("HepMC::Asciiv3")) {
                return EventFormat.HEPMC3;
            }
            if (line.startsWith("HepMC::IO_GenEvent")) {
                return EventFormat.HEPMC2;
            }
            if (line.startsWith("HepMC::Version")
                    || line.startsWith("<?xml")
                    || line.startsWith("<!--")) {
                continue;
            }
            String shown = line.length() > 60 ? line.substring(0, 60) + "..." : line;
            throw new EventFormatException(
                    "unknown event format: line '"
                            + shown
                            + "' is none of '<LesHouchesEvents', 'HepMC::Asciiv3',"
                            + " 'HepMC::IO_GenEvent'",
                    source,
                    i + 1);
        }
        if (seen == 0) {
            throw new EventFormatException("empty file: no events and no format header", source, 1);
        }
        throw new EventFormatException(
                "unknown event format: no '<LesHouchesEvents', 'HepMC::Asciiv3' or"
                        + " 'HepMC::IO_GenEvent' line near the start",
                source,
                1);
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Already failing; the original exception is the one to report.
        }
    }
}
