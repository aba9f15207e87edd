package org.quarryhep.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Patch (RFC 6902): add, remove, replace, move, copy and test operations on JSON pointers
 * (RFC 6901), as pyhf's signal patches use them. Applying never modifies its input; a failing
 * operation throws {@link InvalidSpecificationException} naming the operation and its path.
 */
public final class JsonPatch {
    private final List<Operation> operations;
    private final String source;

    /**
     * One operation.
     *
     * @param op add, remove, replace, move, copy or test
     * @param path the target pointer
     * @param from the source pointer of move and copy, else {@code null}
     * @param value the value of add, replace and test, else {@code null}
     */
    public record Operation(String op, String path, String from, JsonNode value) {}

    private JsonPatch(List<Operation> operations, String source) {
        this.operations = List.copyOf(operations);
        this.source = source;
    }

    /**
     * Parses a patch document (a JSON array of operations).
     *
     * @param node the JSON array
     * @param source where it came from (a file name), for errors
     * @return the patch
     * @throws InvalidSpecificationException when the document is not a valid JSON Patch
     */
    public static JsonPatch fromJson(JsonNode node, String source) {
        if (node == null || !node.isArray()) {
            throw new InvalidSpecificationException(
                    "", source + ": a JSON Patch must be an array of operations");
        }
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode o = node.get(i);
            String p = "/" + i;
            if (!o.isObject() || !o.path("op").isTextual() || !o.path("path").isTextual()) {
                throw new InvalidSpecificationException(
                        p, source + ": an operation needs \"op\" and \"path\" strings");
            }
            String op = o.get("op").asText();
            switch (op) {
                case "add", "replace", "test" -> {
                    if (!o.has("value")) {
                        throw new InvalidSpecificationException(
                                p + "/value", source + ": '" + op + "' needs a value");
                    }
                }
                case "move", "copy" -> {
                    if (!o.path("from").isTextual()) {
                        throw new InvalidSpecificationException(
                                p + "/from", source + ": '" + op + "' needs \"from\"");
                    }
                }
                case "remove" -> {
                    // needs only the path
                }
                default ->
                        throw new InvalidSpecificationException(
                                p + "/op", source + ": unknown operation '" + op + "'");
            }
            ops.add(
                    new Operation(
                            op,
                            o.get("path").asText(),
                            o.path("from").asText(null),
                            o.get("value")));
        }
        return new JsonPatch(ops, source);
    }

    /**
     * Applies the patch to a copy of a document.
     *
     * @param document the document (unchanged)
     * @return the patched copy
     * @throws InvalidSpecificationException when an operation cannot be applied
     */
    public JsonNode apply(JsonNode document) {
        JsonNode doc = document.deepCopy();
        for (int i = 0; i < operations.size(); i++) {
            Operation o = operations.get(i);
            try {
                doc = applyOne(doc, o);
            } catch (IllegalArgumentException e) {
                throw new InvalidSpecificationException(
                        o.path(),
                        source + ": operation " + i + " (" + o.op() + "): " + e.getMessage());
            }
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, Operation o) {
        switch (o.op()) {
            case "add":
                return add(doc, o.path(), o.value().deepCopy());
            case "remove":
                remove(doc, o.path());
                return doc;
            case "replace":
                get(doc, o.path());
                if (o.path().isEmpty()) {
                    return o.value().deepCopy();
                }
                remove(doc, o.path());
                return add(doc, o.path(), o.value().deepCopy());
            case "move":
                {
                    if (o.path().startsWith(o.from() + "/")) {
                        throw new IllegalArgumentException("cannot move a value into itself");
                    }
                    JsonNode v = get(doc, o.from());
                    remove(doc, o.from());
                    return add(doc, o.path(), v);
                }
            case "copy":
                return add(doc, o.path(), get(doc, o.from()).deepCopy());
            case "test":
                {
                    JsonNode v = get(doc, o.path());
                    if (!equalJson(v, o.value())) {
                        throw new IllegalArgumentException(
                                "test failed: value is " + v + ", expected " + o.value());
                    }
                    return doc;
                }
            default:
                throw new IllegalArgumentException("unknown operation " + o.op());
        }
    }

    /** Numbers compare by value (1 equals 1.0), as RFC 6902 requires. */
    private static boolean equalJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equalJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            var it = a.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!b.has(k) || !equalJson(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException(
                    "JSON pointer '" + pointer + "' must start with '/'");
        }
        List<String> out = new ArrayList<>();
        for (String t : pointer.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static JsonNode get(JsonNode doc, String pointer) {
        JsonNode cur = doc;
        for (String t : tokens(pointer)) {
            cur = child(cur, t, pointer);
        }
        return cur;
    }

    private static JsonNode child(JsonNode cur, String t, String pointer) {
        JsonNode next;
        if (cur.isObject()) {
            next = cur.get(t);
        } else if (cur.isArray()) {
            next = cur.get(index(t, cur.size() - 1, pointer));
        } else {
            next = null;
        }
        if (next == null) {
            throw new IllegalArgumentException("path " + pointer + " does not exist");
        }
        return next;
    }

    private static int index(String t, int max, String pointer) {
        if (!t.matches("0|[1-9][0-9]*")) {
            throw new IllegalArgumentException(
                    "'" + t + "' in " + pointer + " is not an array index");
        }
        int i = Integer.parseInt(t);
        if (i > max) {
            throw new IllegalArgumentException(
                    "index " + i + " in " + pointer + " is out of range");
        }
        return i;
    }

    private static JsonNode parentOf(JsonNode doc, List<String> toks, String pointer) {
        JsonNode cur = doc;
        for (int i = 0; i < toks.size() - 1; i++) {
            cur = child(cur, toks.get(i), pointer);
        }
        return cur;
    }

    private static JsonNode add(JsonNode doc, String pointer, JsonNode value) {
        List<String> toks = tokens(pointer);
        if (toks.isEmpty()) {
            return value;
        }
        JsonNode parent = parentOf(doc, toks, pointer);
        String last = toks.get(toks.size() - 1);
        if (parent instanceof ObjectNode obj) {
            obj.set(last, value);
        } else if (parent instanceof ArrayNode arr) {
            if (last.equals("-")) {
                arr.add(value);
            } else {
                arr.insert(index(last, arr.size(), pointer), value);
            }
        } else {
            throw new IllegalArgumentException("parent of " + pointer + " is not a container");
        }
        return doc;
    }

    private static void remove(JsonNode doc, String pointer) {
        List<String> toks = tokens(pointer);
        if (toks.isEmpty()) {
            throw new IllegalArgumentException("cannot remove the whole document");
        }
        JsonNode parent = parentOf(doc, toks, pointer);
        String last = toks.get(toks.size() - 1);
        if (parent instanceof ObjectNode obj) {
            if (obj.remove(last) == null) {
                throw new IllegalArgumentException("path " + pointer + " does not exist");
            }
        } else if (parent instanceof ArrayNode arr) {
            arr.remove(index(last, arr.size() - 1, pointer));
        } else {
            throw new IllegalArgumentException("parent of " + pointer + " is not a container");
        }
    }
}
