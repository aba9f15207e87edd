package org.quarryhep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The {@code --json} output of every command: one JSON document on stdout, keys sorted, every key
 * snake_case (records such as provenance are written with snake_case property names too).
 */
final class Json {
    private Json() {}

    static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Writes a value (maps, lists, records, numbers) as JSON followed by a newline. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise command output to JSON", e);
        }
        out.flush();
    }

    /** Writes the error document {@code {"error": message}} of a failed command. */
    static void printError(PrintWriter out, String message) {
        print(out, Map.of("error", message));
    }

    /** A string as a JSON string literal. */
    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
