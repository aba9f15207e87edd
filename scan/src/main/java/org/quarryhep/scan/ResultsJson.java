package org.quarryhep.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.Provenance;

/**
 * Writes {@code results.json}: the points ({@code {parameters, seed, results}}, in the stable
 * order), the failed points with their errors, the refinement counts, contours, curves, reaches and
 * provenance. Written atomically (temporary file, then move). Numbers are written in Java's
 * shortest round-trip form, so equal results give equal bytes; non-finite numbers (an infinite
 * limit where there is no sensitivity) are the strings {@code "Infinity"}, {@code "-Infinity"},
 * {@code "NaN"}.
 */
public final class ResultsJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultsJson() {}

    /**
     * Writes {@code dir/results.json}.
     *
     * @return the file written
     * @throws IOException when it cannot be written (a previous file is then left as it was)
     */
    public static Path write(Path dir, ScanResult result, Provenance provenance)
            throws IOException {
        Path file = dir.resolve("results.json");
        AtomicFile.write(
                file,
                temp -> {
                    try (OutputStream out = Files.newOutputStream(temp);
                            JsonGenerator g = FACTORY.createGenerator(out)) {
                        g.useDefaultPrettyPrinter();
                        write(g, result, provenance);
                    }
                });
        return file;
    }

    private static void write(JsonGenerator g, ScanResult r, Provenance provenance)
            throws IOException {
        ScanDefinition def = r.definition();
        g.writeStartObject();
        g.writeStringField("scan", def.name());
        g.writeNumberField("seed", def.seed());
        g.writeArrayFieldStart("parameters");
        for (ParameterAxis a : def.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeBooleanField("log", a.log());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("points");
        for (PointOutcome o : r.outcomes()) {
            if (o.ok()) {
                g.writeStartObject();
                writePoint(g, o);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("failed");
        for (PointOutcome o : r.failures()) {
            g.writeStartObject();
            numbers(g, "parameters", o.point().parameters());
            g.writeNumberField("seed", o.point().seed());
            g.writeStringField("error", o.error());
            g.writeNumberField("attempts", o.attempts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("refinement");
        g.writeNumberField("evaluated", r.evaluated());
        g.writeNumberField("full_grid", r.fullGrid());
        g.writeEndObject();
        g.writeArrayFieldStart("contours");
        for (ScanSummaries.ContourFamily c : r.contours()) {
            g.writeStartObject();
            g.writeStringField("name", c.spec().name());
            g.writeStringField("quantity", c.spec().quantity());
            number(g, "level", c.spec().level());
            g.writeBooleanField("log", c.spec().log());
            g.writeObjectFieldStart("lines");
            for (Map.Entry<String, List<ContourLine>> e : c.lines().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (ContourLine l : e.getValue()) {
                    g.writeStartObject();
                    list(g, "x", l.x());
                    list(g, "y", l.y());
                    g.writeBooleanField("closed", l.closed());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("curves");
        for (ScanSummaries.Curve c : r.curves()) {
            g.writeStartObject();
            g.writeStringField("quantity", c.spec().quantity());
            g.writeStringField("along", c.spec().along());
            numbers(g, "at", c.spec().at());
            list(g, "x", c.x());
            g.writeObjectFieldStart("series");
            for (Map.Entry<String, List<Double>> e : c.series().entrySet()) {
                list(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reach");
        for (ScanSummaries.Reach c : r.reaches()) {
            g.writeStartObject();
            g.writeStringField("quantity", c.spec().quantity());
            number(g, "level", c.spec().level());
            g.writeStringField("along", c.spec().along());
            numbers(g, "at", c.spec().at());
            numbers(g, "values", c.values());
            g.writeObjectFieldStart("at_edge");
            for (Map.Entry<String, Boolean> e : c.atEdge().entrySet()) {
                g.writeBooleanField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("provenance");
        g.writeRawValue(provenance.toJson());
        g.writeEndObject();
    }

    /** Writes a point's {@code parameters}, {@code seed} and {@code results} fields. */
    static void writePoint(JsonGenerator g, PointOutcome o) throws IOException {
        numbers(g, "parameters", o.point().parameters());
        g.writeNumberField("seed", o.point().seed());
        numbers(g, "results", o.results());
    }

    /** Reads a number written by this class (a JSON number or a non-finite string). */
    public static double readNumber(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        return switch (node.asText()) {
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> throw new IllegalArgumentException("not a number: " + node);
        };
    }

    private static void numbers(JsonGenerator g, String field, Map<String, Double> values)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void list(JsonGenerator g, String field, List<Double> values)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (double v : values) {
            value(g, v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        value(g, v);
    }

    private static void value(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeString(Double.toString(v));
        }
    }
}
