package org.quarryhep.ml.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.quarryhep.core.AtomicFile;

/**
 * Reading and writing feature tables: delimited text (plain or gzip, delimiter and header detected)
 * and Quarry's binary format ({@code .qft}).
 *
 * <p>Text: the delimiter is tab, comma, semicolon or whitespace, whichever the first line contains
 * (in that order). Tab, comma and semicolon tables are tokenised by FastCSV (RFC 4180 quoting);
 * whitespace-separated ones are split on runs of whitespace. The first line is a header when any of
 * its fields is not a number; without a header the columns are named {@code c0, c1, …}. Labels may
 * be numbers or the words {@code s}/{@code signal}/{@code true} (1) and {@code b}/{@code
 * background}/{@code false} (0), as the HiggsML files write them. Gzip is recognised by its magic
 * bytes, not the file name.
 *
 * <p>Binary: magic {@code QFT1}, then big-endian counts, names, float32 columns, labels, float64
 * weights and group columns. Writes go to a temporary file that is then moved into place.
 */
public final class FeatureTables {
    private static final int MAGIC = 0x51465431; // "QFT1"

    private FeatureTables() {}

    /**
     * Reads a table, choosing the format from the file's first bytes.
     *
     * @param file a text (plain or gzip) or binary table
     * @param roles the label, weight, group and ignored columns
     * @return the table
     * @throws TableFormatException when the content is malformed (file:line in the message)
     * @throws IOException when the file cannot be read
     */
    public static FeatureTable read(Path file, ColumnRoles roles) throws IOException {
        try (InputStream in = open(file)) {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (head.length == 4
                    && ((head[0] & 0xff) << 24
                                    | (head[1] & 0xff) << 16
                                    | (head[2] & 0xff) << 8
                                    | (head[3] & 0xff))
                            == MAGIC) {
                return readBinary(in, file.toString());
            }
            return DelimitedTextReader.read(in, file.toString(), roles);
        } catch (ZipException | EOFException e) {
            throw corrupt(e, file);
        } catch (UncheckedIOException e) {
            // Line and record iterators can only throw I/O errors unchecked.
            if (e.getCause() instanceof ZipException || e.getCause() instanceof EOFException) {
                throw corrupt(e.getCause(), file);
            }
            throw e.getCause();
        }
    }

    private static TableFormatException corrupt(IOException e, Path file) {
        return new TableFormatException(
                "corrupt or truncated gzip data: " + e.getMessage(), file.toString(), -1);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        }
        return raw;
    }

    /**
     * Writes a table as comma-separated text with a header ({@code label}, {@code weight}, the
     * groups, then the features); gzip-compressed when the name ends in {@code .gz}.
     *
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(FeatureTable t, Path file) throws IOException {
        AtomicFile.write(
                file,
                tmp -> {
                    OutputStream os = Files.newOutputStream(tmp);
                    if (file.getFileName().toString().endsWith(".gz")) {
                        os = new GZIPOutputStream(os, 1 << 16);
                    }
                    try (Writer w =
                            new BufferedWriter(
                                    new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                        List<String> head = new ArrayList<>(List.of("label", "weight"));
                        head.addAll(t.groupNames());
                        head.addAll(t.names());
                        w.write(String.join(",", head));
                        w.write('\n');
                        List<float[]> groups = new ArrayList<>();
                        for (String g : t.groupNames()) {
                            groups.add(t.group(g));
                        }
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < t.rows(); i++) {
                            sb.setLength(0);
                            sb.append(t.label(i)).append(',').append(t.weight(i));
                            for (float[] g : groups) {
                                sb.append(',').append(g[i]);
                            }
                            for (int j = 0; j < t.width(); j++) {
                                sb.append(',').append(t.get(i, j));
                            }
                            w.write(sb.append('\n').toString());
                        }
                    }
                });
    }

    /**
     * Writes a table in the binary format (exact: float32 features, float64 weights).
     *
     * @throws IOException when the file cannot be written
     */
    public static void writeBinary(FeatureTable t, Path file) throws IOException {
        AtomicFile.write(
                file,
                tmp -> {
                    try (DataOutputStream out =
                            new DataOutputStream(
                                    new BufferedOutputStream(
                                            Files.newOutputStream(tmp), 1 << 16))) {
                        out.writeInt(MAGIC);
                        out.writeInt(t.rows());
                        out.writeInt(t.width());
                        out.writeInt(t.groupNames().size());
                        out.writeBoolean(t.hasLabels());
                        for (String n : t.names()) {
                            out.writeUTF(n);
                        }
                        for (String n : t.groupNames()) {
                            out.writeUTF(n);
                        }
                        for (int j = 0; j < t.width(); j++) {
                            writeFloats(out, t.column(j));
                        }
                        writeFloats(out, t.labels());
                        for (double w : t.weights()) {
                            out.writeDouble(w);
                        }
                        for (String n : t.groupNames()) {
                            writeFloats(out, t.group(n));
                        }
                    }
                });
    }

    private static void writeFloats(DataOutputStream out, float[] v) throws IOException {
        for (float x : v) {
            out.writeFloat(x);
        }
    }

    private static FeatureTable readBinary(InputStream in, String source) throws IOException {
        DataInputStream d = new DataInputStream(in);
        try {
            d.readInt();
            int rows = d.readInt();
            int width = d.readInt();
            int nGroups = d.readInt();
            if (rows < 0 || width < 0 || nGroups < 0 || rows > Integer.MAX_VALUE / 8) {
                throw new TableFormatException(
                        "corrupt header: rows " + rows + ", width " + width + ", groups " + nGroups,
                        source,
                        -1);
            }
            boolean hasLabels = d.readBoolean();
            List<String> names = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                names.add(d.readUTF());
            }
            List<String> groupNames = new ArrayList<>();
            for (int j = 0; j < nGroups; j++) {
                groupNames.add(d.readUTF());
            }
            float[][] cols = new float[width][];
            for (int j = 0; j < width; j++) {
                cols[j] = readFloats(d, rows);
            }
            float[] labels = readFloats(d, rows);
            double[] w = new double[rows];
            for (int i = 0; i < rows; i++) {
                w[i] = d.readDouble();
            }
            Map<String, float[]> g = new LinkedHashMap<>();
            for (String n : groupNames) {
                g.put(n, readFloats(d, rows));
            }
            return FeatureTable.of(names, cols, hasLabels ? labels : null, w, g);
        } catch (EOFException e) {
            throw new TableFormatException("binary table truncated", source, -1);
        }
    }

    private static float[] readFloats(DataInputStream d, int n) throws IOException {
        byte[] b = d.readNBytes(n * 4);
        if (b.length != n * 4) {
            throw new EOFException();
        }
        float[] v = new float[n];
        java.nio.ByteBuffer.wrap(b).asFloatBuffer().get(v);
        return v;
    }
}
