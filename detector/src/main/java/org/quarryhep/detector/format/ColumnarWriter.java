package org.quarryhep.detector.format;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.Provenance;
import org.quarryhep.detector.DetectorSimulation;
import org.quarryhep.detector.ReconstructedEvent;

/**
 * Streams reconstructed events into a columnar file ({@link ColumnarFormat}). Events are written to
 * a temporary file beside the target, which replaces the target only on {@link #close()}, so a
 * failed run never leaves half a file.
 */
public final class ColumnarWriter implements DetectorSimulation.EventSink, AutoCloseable {
    private final AtomicFile file;
    private final DataOutputStream out;
    private final MessageDigest digest;
    private final List<ReconstructedEvent> block = new ArrayList<>();
    private long events;
    private boolean closed;
    private String dataSha256;

    private ColumnarWriter(Path target, Provenance provenance) throws IOException {
        this.file = AtomicFile.create(target);
        OutputStream raw = new BufferedOutputStream(file.newOutputStream(), 1 << 16);
        if (target.getFileName().toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        this.out = new DataOutputStream(raw);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        out.write(ColumnarFormat.MAGIC.getBytes(StandardCharsets.US_ASCII));
        out.writeInt(ColumnarFormat.VERSION);
        byte[] header = header(provenance).getBytes(StandardCharsets.UTF_8);
        out.writeInt(header.length);
        out.write(header);
    }

    /**
     * Opens a writer.
     *
     * @param target the file to create (gzip-compressed when the name ends in {@code .gz})
     * @param provenance recorded in the header
     * @return the writer
     * @throws IOException when the temporary file cannot be created
     */
    public static ColumnarWriter open(Path target, Provenance provenance) throws IOException {
        return new ColumnarWriter(target, provenance);
    }

    private static String header(Provenance provenance) {
        StringBuilder sb = new StringBuilder("{\"format\":\"quarry-reco-columnar\",\"version\":");
        sb.append(ColumnarFormat.VERSION).append(",\"collections\":[");
        for (int i = 0; i < ColumnarFormat.SCHEMA.size(); i++) {
            ColumnarFormat.Collection c = ColumnarFormat.SCHEMA.get(i);
            sb.append(i > 0 ? "," : "")
                    .append("{\"name\":")
                    .append(Provenance.quote(c.name()))
                    .append(",\"per_event\":")
                    .append(c.perEvent())
                    .append(",\"columns\":[");
            for (int k = 0; k < c.columns().size(); k++) {
                sb.append(k > 0 ? "," : "").append(Provenance.quote(c.columns().get(k)));
            }
            sb.append("]}");
        }
        return sb.append("],\"provenance\":").append(provenance.toJson()).append('}').toString();
    }

    @Override
    public void accept(ReconstructedEvent event) throws IOException {
        block.add(event);
        if (block.size() == ColumnarFormat.BLOCK_EVENTS) {
            flushBlock();
        }
    }

    private void flushBlock() throws IOException {
        if (block.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(block.size());
        for (int c = 0; c < ColumnarFormat.SCHEMA.size(); c++) {
            ColumnarFormat.Collection col = ColumnarFormat.SCHEMA.get(c);
            List<double[]> rows = new ArrayList<>();
            for (ReconstructedEvent e : block) {
                List<double[]> r = Rows.of(e, c);
                if (!col.perEvent()) {
                    d.writeInt(r.size());
                }
                rows.addAll(r);
            }
            for (int k = 0; k < col.columns().size(); k++) {
                for (double[] row : rows) {
                    d.writeDouble(row[k]);
                }
            }
        }
        d.flush();
        byte[] b = bytes.toByteArray();
        digest.update(b);
        out.write(b);
        events += block.size();
        block.clear();
    }

    /** The number of events written so far (complete blocks and the pending one). */
    public long events() {
        return events + block.size();
    }

    /**
     * SHA-256 of the event blocks (header excluded, so it does not see the provenance time stamp);
     * available after {@link #close()}. Equal seeds and inputs give equal digests.
     */
    public String dataSha256() {
        if (!closed) {
            throw new IllegalStateException("the digest is known once the writer is closed");
        }
        return dataSha256;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flushBlock();
            out.writeInt(0);
            out.writeLong(events);
            out.close();
            dataSha256 = HexFormat.of().formatHex(digest.digest());
            file.commit();
        } finally {
            closed = true;
            file.discard();
        }
    }

    /** Discards everything written: the target is left untouched. */
    public void abort() throws IOException {
        closed = true;
        try {
            out.close();
        } finally {
            file.discard();
        }
    }
}
