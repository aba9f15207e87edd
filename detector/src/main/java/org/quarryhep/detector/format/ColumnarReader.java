package org.quarryhep.detector.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.quarryhep.detector.ReconstructedEvent;

/**
 * Reads a columnar reconstructed-event file ({@link ColumnarFormat}) block by block, as an iterator
 * of events. Plain and gzip files are told apart by their first bytes.
 */
public final class ColumnarReader implements Iterator<ReconstructedEvent>, AutoCloseable {
    private static final int MAX_HEADER = 1 << 24;

    /** Largest plausible block: guards against corrupt counts asking for huge allocations. */
    private static final int MAX_BLOCK_EVENTS = 1 << 20;

    private static final long MAX_BLOCK_VALUES = 1L << 24;

    private final String source;
    private final DataInputStream in;
    private final JsonNode header;
    private final Deque<ReconstructedEvent> pending = new ArrayDeque<>();
    private long read;
    private int blocks;
    private boolean finished;

    private ColumnarReader(Path path) throws IOException {
        this.source = path.toString();
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            raw = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        }
        this.in = new DataInputStream(raw);
        try {
            byte[] magic = new byte[ColumnarFormat.MAGIC.length()];
            in.readFully(magic);
            if (!ColumnarFormat.MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new ColumnarFormatException(
                        source,
                        "not a Quarry columnar file (no " + ColumnarFormat.MAGIC + " magic)");
            }
            int version = in.readInt();
            if (version == 1) {
                throw new ColumnarFormatException(
                        source,
                        "format version 1 has no vertex four-momenta (version "
                                + ColumnarFormat.VERSION
                                + " added them for m(l, SV)); re-run quarry simulate to write"
                                + " this file again (quarry run --fresh for a cached one)");
            }
            if (version != ColumnarFormat.VERSION) {
                throw new ColumnarFormatException(
                        source,
                        "unsupported format version "
                                + version
                                + " (this reader understands "
                                + ColumnarFormat.VERSION
                                + ")");
            }
            int len = in.readInt();
            if (len <= 0 || len > MAX_HEADER) {
                throw new ColumnarFormatException(source, "header length " + len + " out of range");
            }
            byte[] h = new byte[len];
            in.readFully(h);
            try {
                this.header = new ObjectMapper().readTree(new String(h, StandardCharsets.UTF_8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ColumnarFormatException(
                        source, "header is not valid JSON: " + e.getOriginalMessage(), e);
            }
            if (header == null || !header.isObject()) {
                throw new ColumnarFormatException(source, "header is not a JSON object");
            }
            checkSchema();
        } catch (EOFException e) {
            in.close();
            throw new ColumnarFormatException(source, "truncated header", e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a file.
     *
     * @param path the file
     * @return the reader, positioned before the first event
     * @throws IOException when the file cannot be read
     * @throws ColumnarFormatException when it is not a columnar file of a known version
     */
    public static ColumnarReader open(Path path) throws IOException {
        return new ColumnarReader(path);
    }

    /**
     * Reads a whole file.
     *
     * @param path the file
     * @return all its events
     * @throws IOException when the file cannot be read
     */
    public static List<ReconstructedEvent> readAll(Path path) throws IOException {
        List<ReconstructedEvent> out = new ArrayList<>();
        try (ColumnarReader r = open(path)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    private void checkSchema() {
        JsonNode cols = header.get("collections");
        if (cols == null || cols.size() != ColumnarFormat.SCHEMA.size()) {
            throw new ColumnarFormatException(
                    source, "header: collections do not match version " + ColumnarFormat.VERSION);
        }
        for (int i = 0; i < cols.size(); i++) {
            ColumnarFormat.Collection c = ColumnarFormat.SCHEMA.get(i);
            JsonNode n = cols.get(i);
            List<String> names = new ArrayList<>();
            n.path("columns").forEach(x -> names.add(x.asText()));
            if (!c.name().equals(n.path("name").asText()) || !c.columns().equals(names)) {
                throw new ColumnarFormatException(
                        source,
                        "header: collection "
                                + i
                                + " is "
                                + n.path("name").asText()
                                + names
                                + ", expected "
                                + c.name()
                                + c.columns());
            }
        }
    }

    /** The provenance recorded by the writer, as JSON. */
    public String provenanceJson() {
        return header.path("provenance").toString();
    }

    /** The provenance's config entry {@code key}, or null. */
    public String provenanceConfig(String key) {
        JsonNode v = header.path("provenance").path("config").get(key);
        return v == null ? null : v.asText();
    }

    @Override
    public boolean hasNext() {
        if (pending.isEmpty() && !finished) {
            try {
                readBlock();
            } catch (EOFException e) {
                throw new ColumnarFormatException(source, "truncated in block " + blocks, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return !pending.isEmpty();
    }

    @Override
    public ReconstructedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more events in " + source);
        }
        return pending.poll();
    }

    private void readBlock() throws IOException {
        int n = in.readInt();
        if (n == 0) {
            long total = in.readLong();
            if (total != read) {
                throw new ColumnarFormatException(
                        source, "trailer says " + total + " events, read " + read);
            }
            finished = true;
            return;
        }
        if (n < 0 || n > MAX_BLOCK_EVENTS) {
            throw new ColumnarFormatException(
                    source, "block " + blocks + ": event count " + n + " out of range");
        }
        List<List<List<double[]>>> perEvent = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            perEvent.add(new ArrayList<>());
        }
        for (ColumnarFormat.Collection c : ColumnarFormat.SCHEMA) {
            int[] counts = new int[n];
            long total = 0;
            for (int e = 0; e < n; e++) {
                counts[e] = c.perEvent() ? 1 : in.readInt();
                if (counts[e] < 0) {
                    throw new ColumnarFormatException(
                            source,
                            "block " + blocks + ", " + c.name() + ": negative count " + counts[e]);
                }
                total += counts[e];
            }
            int width = c.columns().size();
            if (total * width > MAX_BLOCK_VALUES) {
                throw new ColumnarFormatException(
                        source,
                        "block "
                                + blocks
                                + ", "
                                + c.name()
                                + ": "
                                + total
                                + " rows is implausibly many (corrupt counts?)");
            }
            double[][] rows = new double[(int) total][width];
            for (int k = 0; k < width; k++) {
                for (int r = 0; r < total; r++) {
                    rows[r][k] = in.readDouble();
                }
            }
            int r = 0;
            for (int e = 0; e < n; e++) {
                List<double[]> mine = new ArrayList<>(counts[e]);
                for (int j = 0; j < counts[e]; j++) {
                    mine.add(rows[r++]);
                }
                perEvent.get(e).add(mine);
            }
        }
        for (List<List<double[]>> rows : perEvent) {
            pending.add(Rows.event(rows));
        }
        read += n;
        blocks++;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
