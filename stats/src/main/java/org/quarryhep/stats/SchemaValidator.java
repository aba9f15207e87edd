package org.quarryhep.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a JSON document against one of Quarry's versioned JSON Schemas (resources under {@code
 * org/quarryhep/stats/schemas/VERSION/}). Supports the draft-06 keywords those schemas use: {@code
 * type}, {@code required}, {@code properties}, {@code additionalProperties: false}, {@code items},
 * {@code minItems}, {@code maxItems}, {@code enum}, {@code minimum} and local {@code $ref}s. The
 * first violation is reported with its JSON pointer and the offending value.
 */
public final class SchemaValidator {
    private final JsonNode schema;

    private SchemaValidator(JsonNode schema) {
        this.schema = schema;
    }

    /**
     * Loads a bundled schema.
     *
     * @param version the schema version, e.g. "1.0.0"
     * @param name the schema file, e.g. "workspace.json"
     * @return the validator
     * @throws IllegalArgumentException when no such schema is bundled
     */
    public static SchemaValidator of(String version, String name) {
        String resource = "schemas/" + version + "/" + name;
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled schema " + resource);
            }
            return new SchemaValidator(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + resource, e);
        }
    }

    /**
     * Validates a document.
     *
     * @param document the JSON document
     * @throws InvalidSpecificationException at the first violation, naming its JSON pointer
     */
    public void validate(JsonNode document) {
        check(document, schema, "");
    }

    private JsonNode resolve(JsonNode s) {
        JsonNode ref = s.get("$ref");
        if (ref == null) {
            return s;
        }
        JsonNode target = schema.at(ref.asText().substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException(
                    "schema reference " + ref.asText() + " does not resolve");
        }
        return resolve(target);
    }

    private void check(JsonNode value, JsonNode s, String pointer) {
        s = resolve(s);
        JsonNode type = s.get("type");
        if (type != null && !typeMatches(value, type)) {
            throw new InvalidSpecificationException(
                    pointer,
                    "expected "
                            + (type.isArray() ? "one of " + type : type.asText())
                            + ", got "
                            + shortText(value));
        }
        JsonNode en = s.get("enum");
        if (en != null) {
            boolean found = false;
            for (JsonNode e : en) {
                found |= e.equals(value);
            }
            if (!found) {
                throw new InvalidSpecificationException(
                        pointer, "value " + shortText(value) + " is not one of " + en);
            }
        }
        if (value.isNumber()
                && s.has("minimum")
                && value.asDouble() < s.get("minimum").asDouble()) {
            throw new InvalidSpecificationException(
                    pointer,
                    "value "
                            + value.asDouble()
                            + " is below the minimum "
                            + s.get("minimum").asDouble());
        }
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
            throw new InvalidSpecificationException(
                    pointer, "expected a finite number, got " + value);
        }
        if (value.isObject()) {
            for (JsonNode r : s.path("required")) {
                if (!value.has(r.asText())) {
                    throw new InvalidSpecificationException(
                            pointer + "/" + r.asText(), "missing required field");
                }
            }
            JsonNode props = s.path("properties");
            boolean closed =
                    s.has("additionalProperties") && !s.get("additionalProperties").asBoolean();
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                JsonNode ps = props.get(f.getKey());
                if (ps != null) {
                    check(f.getValue(), ps, p);
                } else if (closed) {
                    throw new InvalidSpecificationException(
                            p,
                            "unexpected field '"
                                    + f.getKey()
                                    + "'; allowed are "
                                    + fieldNames(props));
                }
            }
        }
        if (value.isArray()) {
            if (s.has("minItems") && value.size() < s.get("minItems").asInt()) {
                throw new InvalidSpecificationException(
                        pointer,
                        "needs at least "
                                + s.get("minItems").asInt()
                                + " item(s), has "
                                + value.size());
            }
            if (s.has("maxItems") && value.size() > s.get("maxItems").asInt()) {
                throw new InvalidSpecificationException(
                        pointer,
                        "allows at most "
                                + s.get("maxItems").asInt()
                                + " items, has "
                                + value.size());
            }
            JsonNode items = s.get("items");
            if (items != null) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), items, pointer + "/" + i);
                }
            }
        }
    }

    private static String fieldNames(JsonNode props) {
        StringBuilder sb = new StringBuilder("[");
        Iterator<String> it = props.fieldNames();
        while (it.hasNext()) {
            sb.append(it.next()).append(it.hasNext() ? ", " : "");
        }
        return sb.append(']').toString();
    }

    private static boolean typeMatches(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(v, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }

    private static String shortText(JsonNode v) {
        String t = v.toString();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
