package org.quarryhep.ml.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
            return readText(in, file.toString(), roles);
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

    private static FeatureTable readText(InputStream in, String source, ColumnRoles roles)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = r.readLine();
        long lineNo = 1;
        while (first != null && first.isBlank()) {
            first = r.readLine();
            lineNo++;
        }
        if (first == null) {
            throw new TableFormatException("empty table", source, -1);
        }
        Pattern delim = detectDelimiter(first);
        String[] firstFields = fields(first, delim, source, lineNo);
        boolean header = false;
        for (String f : firstFields) {
            if (!isNumber(f)) {
                header = true;
                break;
            }
        }
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < firstFields.length; j++) {
            columns.add(header ? firstFields[j].trim() : "c" + j);
        }
        int labelIdx = roleIndex(columns, roles.label(), "label", source);
        int weightIdx = roleIndex(columns, roles.weight(), "weight", source);
        int[] groupIdx = new int[roles.groups().size()];
        for (int g = 0; g < groupIdx.length; g++) {
            groupIdx[g] = roleIndex(columns, roles.groups().get(g), "group", source);
        }
        for (String d : roles.drop()) {
            roleIndex(columns, d, "drop", source);
        }
        List<Integer> featureIdx = new ArrayList<>();
        List<String> featureNames = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            String c = columns.get(j);
            if (j != labelIdx
                    && j != weightIdx
                    && !roles.groups().contains(c)
                    && !roles.drop().contains(c)) {
                featureIdx.add(j);
                featureNames.add(c);
            }
        }
        FloatColumns feats = new FloatColumns(featureIdx.size());
        FloatColumns groups = new FloatColumns(groupIdx.length);
        FloatColumns labels = new FloatColumns(1);
        List<Double> weights = new ArrayList<>();
        for (Row row : rows(r, delim, header ? null : first, lineNo, source)) {
            String[] f = row.fields();
            long at = row.line();
            if (f.length == 1 && f[0].isBlank()) {
                continue;
            }
            if (f.length != columns.size()) {
                throw new TableFormatException(
                        "expected " + columns.size() + " fields, found " + f.length, source, at);
            }
            for (int k = 0; k < featureIdx.size(); k++) {
                feats.add(k, parseFloat(f, featureIdx.get(k), columns, source, at));
            }
            for (int g = 0; g < groupIdx.length; g++) {
                groups.add(g, parseFloat(f, groupIdx[g], columns, source, at));
            }
            if (labelIdx >= 0) {
                labels.add(0, parseLabel(f[labelIdx].trim(), columns.get(labelIdx), source, at));
            }
            if (weightIdx >= 0) {
                weights.add(parseDouble(f, weightIdx, columns, source, at));
            }
        }
        double[] w = null;
        if (weightIdx >= 0) {
            w = new double[weights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i);
            }
        }
        Map<String, float[]> g = new LinkedHashMap<>();
        for (int k = 0; k < groupIdx.length; k++) {
            g.put(roles.groups().get(k), groups.get(k));
        }
        float[][] cols = new float[featureIdx.size()][];
        for (int k = 0; k < cols.length; k++) {
            cols[k] = feats.get(k);
        }
        if (cols.length == 0) {
            throw new TableFormatException("no feature columns left", source, -1);
        }
        return FeatureTable.of(featureNames, cols, labelIdx >= 0 ? labels.get(0) : null, w, g);
    }

    /** One data line's fields and its 1-based line number in the file. */
    private record Row(String[] fields, long line) {}

    /**
     * The data rows after the first line (which is {@code firstLineNo}), preceded by {@code
     * pending} when the first line holds data. Tab, comma and semicolon tables are tokenised by
     * FastCSV (RFC 4180 quoting included), whitespace-separated ones by a split on runs of
     * whitespace, which CSV readers do not offer.
     */
    private static Iterable<Row> rows(
            BufferedReader r, Pattern delim, String pending, long firstLineNo, String source) {
        List<Row> first = new ArrayList<>();
        if (pending != null) {
            first.add(new Row(fields(pending, delim, source, firstLineNo), firstLineNo));
        }
        if (delim == WHITESPACE) {
            Iterator<String> lines = r.lines().iterator();
            return () ->
                    new Iterator<>() {
                        private final Iterator<Row> head = first.iterator();
                        private long lineNo = firstLineNo;

                        @Override
                        public boolean hasNext() {
                            return head.hasNext() || unchecked(lines::hasNext, source);
                        }

                        @Override
                        public Row next() {
                            if (head.hasNext()) {
                                return head.next();
                            }
                            lineNo++;
                            return new Row(split(unchecked(lines::next, source), delim), lineNo);
                        }
                    };
        }
        CsvReader<CsvRecord> csv =
                CsvReader.builder()
                        .fieldSeparator(delim.pattern().charAt(0))
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .ofCsvRecord(r);
        Iterator<CsvRecord> records = csv.iterator();
        return () ->
                new Iterator<>() {
                    private final Iterator<Row> head = first.iterator();

                    @Override
                    public boolean hasNext() {
                        return head.hasNext() || unchecked(records::hasNext, source);
                    }

                    @Override
                    public Row next() {
                        if (head.hasNext()) {
                            return head.next();
                        }
                        CsvRecord rec = unchecked(records::next, source);
                        return new Row(
                                rec.getFields().toArray(new String[0]),
                                firstLineNo + rec.getStartingLineNumber());
                    }
                };
    }

    /**
     * Runs a step of a line or record iterator, turning FastCSV's parse errors into a {@link
     * TableFormatException} and unwrapping the I/O errors that iterators can only throw unchecked
     * (a corrupt gzip stream, caught by {@link #read}).
     */
    private static <T> T unchecked(Supplier<T> step, String source) {
        try {
            return step.get();
        } catch (CsvParseException e) {
            throw new TableFormatException(e.getMessage(), source, -1);
        }
    }

    private static int roleIndex(List<String> columns, String name, String role, String source) {
        if (name == null) {
            return -1;
        }
        int j = columns.indexOf(name);
        if (j < 0) {
            throw new TableFormatException(
                    role + " column '" + name + "' not found; columns are " + columns, source, 1);
        }
        return j;
    }

    private static float parseFloat(
            String[] f, int j, List<String> columns, String source, long line) {
        String s = f[j].trim();
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw new TableFormatException(
                    "column '" + columns.get(j) + "': '" + s + "' is not a number", source, line);
        }
    }

    /** Weights keep double precision: sums over many small weights are compared with references. */
    private static double parseDouble(
            String[] f, int j, List<String> columns, String source, long line) {
        String s = f[j].trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new TableFormatException(
                    "column '" + columns.get(j) + "': '" + s + "' is not a number", source, line);
        }
    }

    private static float parseLabel(String s, String column, String source, long line) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "s", "signal", "true" -> {
                return 1f;
            }
            case "b", "background", "false" -> {
                return 0f;
            }
            default -> {
                try {
                    return Float.parseFloat(s);
                } catch (NumberFormatException e) {
                    throw new TableFormatException(
                            "label column '"
                                    + column
                                    + "': '"
                                    + s
                                    + "' is neither a number nor s/b/signal/background",
                            source,
                            line);
                }
            }
        }
    }

    private static Pattern detectDelimiter(String line) {
        if (line.indexOf('\t') >= 0) {
            return Pattern.compile("\t");
        }
        if (line.indexOf(',') >= 0) {
            return Pattern.compile(",");
        }
        if (line.indexOf(';') >= 0) {
            return Pattern.compile(";");
        }
        return WHITESPACE;
    }

    /** The fields of one line, tokenised as {@link #rows} tokenises the rest of the file. */
    private static String[] fields(String line, Pattern delim, String source, long lineNo) {
        if (delim == WHITESPACE) {
            return split(line, delim);
        }
        try {
            return CsvReader.builder()
                    .fieldSeparator(delim.pattern().charAt(0))
                    .ofSingleCsvRecord(line)
                    .getFields()
                    .toArray(new String[0]);
        } catch (CsvParseException e) {
            throw new TableFormatException(e.getMessage(), source, lineNo);
        }
    }

    private static String[] split(String line, Pattern delim) {
        String l = delim == WHITESPACE ? line.trim() : line;
        return delim.split(l, -1);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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

    /** Growable float columns. */
    private static final class FloatColumns {
        private final float[][] data;
        private int size;

        FloatColumns(int n) {
            data = new float[n][1024];
        }

        void add(int col, float v) {
            if (col == 0 && size == data[0].length) {
                for (int j = 0; j < data.length; j++) {
                    data[j] = java.util.Arrays.copyOf(data[j], size * 2);
                }
            }
            data[col][col == 0 ? size++ : size - 1] = v;
        }

        float[] get(int col) {
            return java.util.Arrays.copyOf(data[col], size);
        }
    }
}
