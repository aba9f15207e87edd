package org.quarryhep.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON document against one of Quarry's versioned JSON Schemas (resources under {@code
 * org/quarryhep/stats/schemas/VERSION/}) with networknt's {@code json-schema-validator}, a
 * maintained implementation of the whole of draft-06 (pyhf's dialect). The first violation is
 * reported as an {@link InvalidSpecificationException} with its JSON pointer, the offending value
 * and, for an unexpected field, the allowed ones. One check is Quarry's own: JSON Schema has no
 * keyword for finite numbers, and a literal such as {@code 1e999} parses as infinity.
 */
public final class SchemaValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Schema schema;
    private final JsonNode schemaJson;

    private SchemaValidator(Schema schema, JsonNode schemaJson) {
        this.schema = schema;
        this.schemaJson = schemaJson;
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
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            SchemaRegistry registry =
                    SchemaRegistry.withDefaultDialect(
                            SpecificationVersion.DRAFT_6,
                            b ->
                                    b.schemaRegistryConfig(
                                            SchemaRegistryConfig.builder()
                                                    .pathType(PathType.JSON_POINTER)
                                                    .build()));
            return new SchemaValidator(
                    registry.getSchema(text, InputFormat.JSON), MAPPER.readTree(text));
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
        checkFinite(document, "");
        String text;
        try {
            text = MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<com.networknt.schema.Error> errors = schema.validate(text, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw describe(errors.get(0), document);
        }
    }

    /** Turns the validator's error into Quarry's message, with the value from the document. */
    private InvalidSpecificationException describe(com.networknt.schema.Error e, JsonNode doc) {
        String at = e.getInstanceLocation().toString();
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        JsonNode value = doc.at(at);
        switch (e.getKeyword()) {
            case "required":
                return new InvalidSpecificationException(
                        at + "/" + escape(e.getProperty()), "missing required field");
            case "additionalProperties":
                return new InvalidSpecificationException(
                        at + "/" + escape(e.getProperty()),
                        "unexpected field '"
                                + e.getProperty()
                                + "'; allowed are "
                                + fieldNames(allowedAt(e)));
            case "type":
                return new InvalidSpecificationException(
                        at, "expected " + args[args.length - 1] + ", got " + shortText(value));
            case "enum":
                return new InvalidSpecificationException(
                        at, "value " + shortText(value) + " is not one of " + args[0]);
            case "minimum":
                return new InvalidSpecificationException(
                        at,
                        "value "
                                + value.asDouble()
                                + " is below the minimum "
                                + Double.parseDouble(String.valueOf(args[0])));
            case "minItems":
                return new InvalidSpecificationException(
                        at, "needs at least " + args[0] + " item(s), has " + value.size());
            case "maxItems":
                return new InvalidSpecificationException(
                        at, "allows at most " + args[0] + " items, has " + value.size());
            default:
                return new InvalidSpecificationException(at, e.getMessage());
        }
    }

    /** The {@code properties} of the schema object whose {@code additionalProperties} failed. */
    private JsonNode allowedAt(com.networknt.schema.Error e) {
        String location = e.getSchemaLocation().toString();
        String fragment = location.substring(location.indexOf('#') + 1);
        String parent = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
        return schemaJson.at(parent).path("properties");
    }

    private static void checkFinite(JsonNode value, String pointer) {
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
            throw new InvalidSpecificationException(
                    pointer, "expected a finite number, got " + value);
        }
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                checkFinite(f.getValue(), pointer + "/" + escape(f.getKey()));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkFinite(value.get(i), pointer + "/" + i);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String fieldNames(JsonNode props) {
        StringBuilder sb = new StringBuilder("[");
        Iterator<String> it = props.fieldNames();
        while (it.hasNext()) {
            sb.append(it.next()).append(it.hasNext() ? ", " : "");
        }
        return sb.append(']').toString();
    }

    private static String shortText(JsonNode v) {
        String t = v.toString();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
