package org.quarryhep.ml.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads delimited text tables for {@link FeatureTables}: the delimiter (tab, comma, semicolon or
 * whitespace) and the header are detected from the first line, labels may be numbers or words, and
 * every error names the file, the line and the column.
 */
final class DelimitedTextReader {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private DelimitedTextReader() {}

    /**
     * Reads a text table.
     *
     * @param in the decompressed bytes
     * @param source the file, for errors
     * @param roles the label, weight, group and ignored columns
     * @return the table
     * @throws TableFormatException when the content is malformed (file:line in the message)
     * @throws IOException when the stream cannot be read
     */
    static FeatureTable read(InputStream in, String source, ColumnRoles roles) throws IOException {
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
     * (a corrupt gzip stream, caught by {@link FeatureTables#read}).
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
