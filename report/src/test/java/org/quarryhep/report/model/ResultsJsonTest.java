package org.quarryhep.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quarryhep.report.Golden;

/** The golden {@code results.json} and the schema's and records' checks of bad input. */
class ResultsJsonTest {
    static Path golden() {
        return Golden.resultsJson();
    }

    @Test
    void goldenExampleHasEveryFigureAndTableType() throws IOException {
        Results r = ResultsJson.read(golden());
        Set<String> figureTypes = new TreeSet<>();
        r.figures().forEach(f -> figureTypes.add(f.getClass().getSimpleName()));
        // Every permitted subclass of the sealed interface must appear in the golden example.
        Set<String> all = new TreeSet<>();
        for (Class<?> c : Figure.class.getPermittedSubclasses()) {
            all.add(c.getSimpleName());
        }
        assertEquals(all, figureTypes);
        Set<String> tableTypes = new TreeSet<>();
        r.tables().forEach(t -> tableTypes.add(t.getClass().getSimpleName()));
        assertEquals(Set.of("Cutflow", "Numbers"), tableTypes);
        assertEquals("tutorial", r.analysis().name());
        assertEquals(7L, r.provenance().seeds().get("train"));
    }

    @Test
    void writingAndReadingBackGivesTheSameJson() throws IOException {
        Results r = ResultsJson.read(golden());
        String once = ResultsJson.toJson(r);
        String twice = ResultsJson.toJson(ResultsJson.parse(once, "once"));
        assertEquals(once, twice);
        // The written text follows the schema too.
        assertTrue(ResultsJson.validate(once, "once").isEmpty());
        // Nothing report-facing is lost: the written tree equals the golden tree without the
        // orchestration's own key.
        ObjectMapper m = new ObjectMapper();
        ObjectNode in = (ObjectNode) m.readTree(Files.readString(golden()));
        in.remove("pipeline");
        JsonNode out = m.readTree(once);
        assertTrue(
                normalise(in).equals(normalise(out)), "written JSON differs from the golden file");
    }

    /** Numbers as doubles (1 and 1.0 alike), false booleans dropped (the default when absent). */
    private static JsonNode normalise(JsonNode n) {
        if (n.isNumber()) {
            return DoubleNode.valueOf(n.asDouble());
        }
        if (n.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            n.forEach(e -> a.add(normalise(e)));
            return a;
        }
        if (n.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            n.properties()
                    .forEach(
                            e -> {
                                if (!(e.getValue().isBoolean() && !e.getValue().asBoolean())) {
                                    o.set(e.getKey(), normalise(e.getValue()));
                                }
                            });
            return o;
        }
        return n;
    }

    @Test
    void unknownKeyIsRejectedWithItsPointer() throws IOException {
        String text = Files.readString(golden()).replace("\"x_axis\"", "\"xaxis\"");
        ResultsException e =
                assertThrows(ResultsException.class, () -> ResultsJson.parse(text, "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        assertTrue(e.getMessage().contains("/figures/0"), e.getMessage());
        assertTrue(e.getMessage().contains("xaxis"), e.getMessage());
        // The message names the line of the unknown key (counted in the text) and of the object
        // that misses the required one (the line of its opening brace, just above "type").
        int key = lineOf(text, "\"xaxis\"");
        int object = lineOf(text, "\"type\": \"histogram\"") - 1;
        assertTrue(
                e.getMessage().contains("line " + key + ": /figures/0: property 'xaxis'"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("line " + object + ": /figures/0: required property 'x_axis'"),
                e.getMessage());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void inconsistentLengthsAreRejectedWithTheField() throws IOException {
        // Valid for the schema (arrays of numbers) but one bin short: the record's check names it.
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(Files.readString(golden()));
        ObjectNode hist = (ObjectNode) root.get("figures").get(0);
        ((ArrayNode) hist.get("data").get("values")).remove(0);
        ((ArrayNode) hist.get("data").get("errors")).remove(0);
        ResultsException e =
                assertThrows(
                        ResultsException.class,
                        () -> ResultsJson.parse(m.writeValueAsString(root), "short.json"));
        assertTrue(e.getMessage().contains("/figures/0"), e.getMessage());
        assertTrue(
                e.getMessage().contains("mcol-sr: data values has 13 entries, expected 14"),
                e.getMessage());
    }

    /**
     * A map cell without events is null in JSON: read as NaN (Jackson alone would read 0.0, a
     * value), written back as null, and still valid for the schema.
     */
    @Test
    void anEmptyMapCellIsNullInJsonAndNaNInJava() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(Files.readString(golden()));
        ObjectNode map = null;
        for (JsonNode f : root.get("figures")) {
            if (f.get("id").asText().equals("score-plane")) {
                map = (ObjectNode) f;
            }
        }
        ((ArrayNode) map.get("z").get(0)).set(1, JsonNodeFactory.instance.nullNode());
        Results r = ResultsJson.parse(m.writeValueAsString(root), "gap.json");
        Figure.Map2d read =
                (Figure.Map2d)
                        r.figures().stream()
                                .filter(
                                        f ->
                                                f instanceof Figure.Map2d g
                                                        && g.id().equals("score-plane"))
                                .findFirst()
                                .orElseThrow();
        assertTrue(Double.isNaN(read.z()[0][1]));
        assertEquals(map.get("z").get(0).get(0).asDouble(), read.z()[0][0]);
        String written = ResultsJson.toJson(r);
        assertTrue(ResultsJson.validate(written, "gap").isEmpty());
        JsonNode back = null;
        for (JsonNode f : m.readTree(written).get("figures")) {
            if (f.get("id").asText().equals("score-plane")) {
                back = f;
            }
        }
        assertTrue(back.get("z").get(0).get(1).isNull(), back.get("z").get(0).toString());
    }

    @Test
    void wrongSchemaVersionIsRejected() throws IOException {
        String text = Files.readString(golden()).replace("\"1.0.0\"", "\"2.0.0\"");
        ResultsException e =
                assertThrows(ResultsException.class, () -> ResultsJson.parse(text, "v2.json"));
        assertTrue(e.getMessage().contains("/schema_version"), e.getMessage());
    }

    @Test
    void notJsonIsAClearError() {
        ResultsException e =
                assertThrows(
                        ResultsException.class, () -> ResultsJson.parse("{\"a\":", "cut.json"));
        assertTrue(e.getMessage().startsWith("cut.json: not valid JSON"), e.getMessage());
    }
}
