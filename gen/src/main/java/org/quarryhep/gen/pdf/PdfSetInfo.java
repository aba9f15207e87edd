package org.quarryhep.gen.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of an LHAPDF6 set: the {@code Key: value} lines of its {@code .info} file.
 *
 * <p>The file is YAML, but LHAPDF's sets use only flat keys with scalar or {@code [a, b]} list
 * values, which is what this reads; {@code #} comment lines (used by rebuilt files) are skipped.
 */
public final class PdfSetInfo {
    private final String source;
    private final Map<String, String> values;
    private final Map<String, Integer> lines;

    private PdfSetInfo(String source, Map<String, String> values, Map<String, Integer> lines) {
        this.source = source;
        this.values = Collections.unmodifiableMap(values);
        this.lines = lines;
    }

    /**
     * Reads an {@code .info} file.
     *
     * @param file the file
     * @return the parsed metadata
     * @throws PdfFormatException when a line is not {@code Key: value}
     * @throws IOException when the file cannot be read
     */
    public static PdfSetInfo read(Path file) throws IOException {
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new PdfFormatException(
                        "expected 'Key: value', found '" + trimmed + "'", file.toString(), i + 1);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(key, value);
            lines.put(key, i + 1);
        }
        return new PdfSetInfo(file.toString(), values, lines);
    }

    /** The file this was read from. */
    public String source() {
        return source;
    }

    /** All keys and raw values, in file order. */
    public Map<String, String> values() {
        return values;
    }

    /** True when the key is present. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw string value, or {@code fallback} when absent. */
    public String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * A numeric value.
     *
     * @param key the key
     * @param fallback the value when the key is absent
     * @return the number
     * @throws PdfFormatException when the value is not a number
     */
    public double number(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new PdfFormatException(
                    key + ": expected a number, found '" + v + "'", source, lines.get(key));
        }
    }

    /**
     * A required numeric value.
     *
     * @param key the key
     * @return the number
     * @throws PdfFormatException when absent or not a number
     */
    public double requireNumber(String key) {
        if (!values.containsKey(key)) {
            throw new PdfFormatException("missing required key '" + key + "'", source, -1);
        }
        return number(key, Double.NaN);
    }

    /**
     * A list of numbers written {@code [a, b, c]}.
     *
     * @param key the key
     * @return the numbers (empty when absent)
     * @throws PdfFormatException when an element is not a number
     */
    public double[] numbers(String key) {
        String v = values.get(key);
        if (v == null) {
            return new double[0];
        }
        String body = v.strip();
        if (body.startsWith("[")) {
            body = body.substring(1);
        }
        if (body.endsWith("]")) {
            body = body.substring(0, body.length() - 1);
        }
        List<Double> out = new ArrayList<>();
        for (String part : body.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new PdfFormatException(
                        key + ": expected a list of numbers, found '" + part.strip() + "'",
                        source,
                        lines.get(key));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
