package org.quarryhep.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.AtomicFile;

/**
 * Reads and writes the report-facing entries of {@code results.json}: the text is first checked
 * against the shipped JSON Schema ({@value #SCHEMA_RESOURCE}, networknt validator), so that a bad
 * file is reported with the JSON pointer of every offending field, and then bound to {@link
 * Results}.
 */
public final class ResultsJson {
    /** The classpath resource holding the schema. */
    public static final String SCHEMA_RESOURCE =
            "/org/quarryhep/report/model/results-" + Results.SCHEMA_VERSION + ".schema.json";

    private static final int MAX_REPORTED_ERRORS = 10;

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                    .enable(SerializationFeature.INDENT_OUTPUT);

    private static final Schema SCHEMA = loadSchema();

    private ResultsJson() {}

    private static Schema loadSchema() {
        try (InputStream in = ResultsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks a {@code results.json}.
     *
     * @param file the file
     * @return the report-facing results
     * @throws ResultsException when the file breaks the schema or a consistency rule, naming the
     *     file and the field
     * @throws IOException when the file cannot be read
     */
    public static Results read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses and checks results from text.
     *
     * @param json the JSON text
     * @param source the file name for messages
     * @return the results
     * @throws ResultsException when the text breaks the schema or a consistency rule
     */
    public static Results parse(String json, String source) {
        List<String> problems = validate(json, source);
        if (!problems.isEmpty()) {
            throw new ResultsException(
                    "does not follow the report schema "
                            + Results.SCHEMA_VERSION
                            + ":\n  "
                            + String.join("\n  ", problems),
                    source);
        }
        try {
            return MAPPER.readValue(json, Results.class);
        } catch (JsonMappingException e) {
            Throwable root = e;
            while (root.getCause() != null && !(root instanceof ResultsException)) {
                root = root.getCause();
            }
            String where = pointer(e.getPath());
            String what =
                    root instanceof ResultsException ? root.getMessage() : e.getOriginalMessage();
            throw new ResultsException("at " + where + ": " + what, source, e);
        } catch (JsonProcessingException e) {
            throw new ResultsException("not valid JSON: " + e.getOriginalMessage(), source, e);
        }
    }

    /**
     * Checks JSON text against the schema.
     *
     * @param json the text
     * @param source the file name for messages
     * @return one message per violation (at most {@value #MAX_REPORTED_ERRORS}, then a count), each
     *     starting with the JSON pointer; empty when the text follows the schema
     * @throws ResultsException when the text is not JSON
     */
    public static List<String> validate(String json, String source) {
        List<Error> errors;
        try {
            errors = SCHEMA.validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            throw new ResultsException("not valid JSON: " + e.getMessage(), source, e);
        }
        ConfigNode tree = errors.isEmpty() ? null : tree(json, source);
        List<String> out =
                errors.stream()
                        .limit(MAX_REPORTED_ERRORS)
                        .map(
                                er ->
                                        located(tree, pointerOf(er), er.getProperty())
                                                + ": "
                                                + er.getMessage())
                        .collect(Collectors.toList());
        if (errors.size() > MAX_REPORTED_ERRORS) {
            out.add("... and " + (errors.size() - MAX_REPORTED_ERRORS) + " more");
        }
        return out;
    }

    // The shared strict reader keeps each node's line: schema errors then name the line too.
    private static ConfigNode tree(String json, String source) {
        try {
            return ConfigNode.parse(json, source);
        } catch (ConfigException e) {
            return null;
        }
    }

    /**
     * "line N: /pointer" with the line of the deepest node of the pointer that exists, or of the
     * offending key itself when the error names one that is present (an unknown key).
     */
    private static String located(ConfigNode root, String pointer, String property) {
        if (root == null) {
            return pointer;
        }
        ConfigNode n = root;
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            String key = seg.replace("~1", "/").replace("~0", "~");
            if (n.isMapping() && n.has(key)) {
                n = n.get(key);
            } else if (n.isList()
                    && key.matches("\\d+")
                    && Integer.parseInt(key) < n.asList().size()) {
                n = n.asList().get(Integer.parseInt(key));
            } else {
                return "line " + n.line() + ": " + pointer;
            }
        }
        if (property != null && n.isMapping() && n.has(property)) {
            n = n.get(property);
        }
        return "line " + n.line() + ": " + pointer;
    }

    private static String pointerOf(Error e) {
        String p = e.getInstanceLocation().toString();
        return p.isEmpty() ? "/" : p;
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /**
     * The results as JSON text (snake_case keys, nulls and empty lists left out).
     *
     * @param results the results
     * @return indented JSON
     */
    public static String toJson(Results results) {
        try {
            return MAPPER.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise results", e);
        }
    }

    /**
     * Writes results atomically.
     *
     * @param results the results
     * @param file the target
     * @throws IOException when the file cannot be written
     */
    public static void write(Results results, Path file) throws IOException {
        String text = toJson(results);
        AtomicFile.write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }
}
