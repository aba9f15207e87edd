package org.quarryhep.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of a YAML (or JSON) configuration document, with the place it came from: the source
 * file, its 1-based line and its JSON pointer. Every accessor validates, and every failure is a
 * {@link ConfigException} that names that place, so that a misspelt key or a wrong type never falls
 * back silently to a default.
 *
 * <p>Typical use: {@code root.allowOnly("samples", "chain")}, then {@code root.get("samples")} for
 * required keys and {@code root.opt("chain")} for optional ones. Numbers accept every form {@link
 * Double#parseDouble} does (YAML 1.1 would read {@code 1e3} as a string) and must be finite;
 * integers accept integral values such as {@code 1e6}.
 */
public final class ConfigNode {
    private final NodeSources document;
    private final Node node;
    private final String path;

    private ConfigNode(NodeSources document, Node node, String path) {
        this.document = document;
        this.node = node;
        this.path = path;
    }

    /**
     * Parses a YAML or JSON document.
     *
     * @param text the document
     * @param source the name used in error messages (a file name, "stdin", …)
     * @return the root node; an empty document gives a null node
     * @throws ConfigException on a syntax error or a duplicate key, naming the line
     */
    public static ConfigNode parse(String text, String source) {
        NodeSources doc = new NodeSources(source);
        return new ConfigNode(doc, compose(text, source, doc), "");
    }

    /**
     * Reads and parses a YAML or JSON file.
     *
     * @param file the file
     * @return the root node
     * @throws ConfigException when the file is missing, unreadable or malformed
     */
    public static ConfigNode load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), -1, "no such file", e);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), -1, "cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Returns a copy of this document with one value replaced or added, as a command line's {@code
     * --set key=value} does. Errors in the new value name {@code --set key=value} as their source.
     *
     * @param dottedKey the key, with dots between levels and list indices as numbers, e.g. {@code
     *     samples.0.events}
     * @param yamlValue the new value, parsed as YAML ({@code 1000}, {@code false}, {@code [1, 2]})
     * @return the new root node
     * @throws ConfigException when the key runs through a scalar, or a list index is out of range
     */
    public ConfigNode withOverride(String dottedKey, String yamlValue) {
        String setSource = "--set " + dottedKey + "=" + yamlValue;
        if (dottedKey.isEmpty() || dottedKey.startsWith(".") || dottedKey.endsWith(".")) {
            throw new ConfigException(setSource, -1, "", "the key must be a dotted path");
        }
        NodeSources doc = document.copy();
        Node value = compose(yamlValue, setSource, doc);
        if (value == null) {
            value = new ScalarNode(Tag.NULL, "null", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        doc.markOverride(value, setSource);
        String[] keys = dottedKey.split("\\.");
        return new ConfigNode(
                doc, OverrideTree.replace(doc, node, keys, 0, value, setSource), path);
    }

    /** The source file or stream name (or the {@code --set} that supplied this value). */
    public String source() {
        return document.sourceOf(node);
    }

    /** The 1-based line of this node in its source, or −1 for an empty document. */
    public int line() {
        return node == null || node.getStartMark() == null ? -1 : node.getStartMark().getLine() + 1;
    }

    /** The JSON pointer of this node, {@code ""} for the root. */
    public String path() {
        return path;
    }

    /** Whether this node is a mapping. */
    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** Whether this node is a list. */
    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** Whether this node is a scalar other than null. */
    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    /** Whether this node is YAML's null (an empty value, {@code ~} or {@code null}). */
    public boolean isNull() {
        return node == null || Tag.NULL.equals(node.getTag());
    }

    /**
     * Creates an exception located at this node.
     *
     * @param message what is wrong and what was expected
     * @return the exception, to be thrown by the caller
     */
    public ConfigException error(String message) {
        return new ConfigException(source(), line(), path, message);
    }

    /**
     * Checks that this mapping has no keys beyond the allowed ones.
     *
     * @param allowed the allowed keys
     * @return this node
     * @throws ConfigException at the first unknown key, listing the allowed names and the nearest
     *     one
     */
    public ConfigNode allowOnly(String... allowed) {
        List<String> ok = List.of(allowed);
        for (NodeTuple t : mapping().getValue()) {
            String key = keyText(t);
            if (!ok.contains(key)) {
                Optional<String> hint =
                        Suggestions.nearest(key, ok).map(s -> "; did you mean '" + s + "'?");
                throw new ConfigException(
                        document.sourceOf(t.getKeyNode()),
                        t.getKeyNode().getStartMark().getLine() + 1,
                        child(path, key),
                        "unknown key '"
                                + key
                                + "' (allowed: "
                                + String.join(", ", ok)
                                + ")"
                                + hint.orElse(""));
            }
        }
        return this;
    }

    /**
     * The value of a required key of this mapping.
     *
     * @param key the key
     * @return its node
     * @throws ConfigException when this is not a mapping or the key is absent
     */
    public ConfigNode get(String key) {
        return opt(key).orElseThrow(() -> error("missing required key '" + key + "'" + present()));
    }

    /**
     * The value of an optional key of this mapping; an explicit null counts as absent.
     *
     * @param key the key
     * @return its node, or empty
     * @throws ConfigException when this is not a mapping
     */
    public Optional<ConfigNode> opt(String key) {
        for (NodeTuple t : mapping().getValue()) {
            if (keyText(t).equals(key)) {
                ConfigNode value = new ConfigNode(document, t.getValueNode(), child(path, key));
                return value.isNull() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Whether this mapping has the key with a non-null value. */
    public boolean has(String key) {
        return opt(key).isPresent();
    }

    /**
     * The keys of this mapping, in document order.
     *
     * @return the keys
     * @throws ConfigException when this is not a mapping
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : mapping().getValue()) {
            keys.add(keyText(t));
        }
        return keys;
    }

    /**
     * The entries of this mapping, in document order.
     *
     * @return key → node
     * @throws ConfigException when this is not a mapping
     */
    public Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping().getValue()) {
            String key = keyText(t);
            out.put(key, new ConfigNode(document, t.getValueNode(), child(path, key)));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The elements of this list.
     *
     * @return the elements
     * @throws ConfigException when this is not a list
     */
    public List<ConfigNode> asList() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("must be a list, got " + kind());
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            out.add(new ConfigNode(document, seq.getValue().get(i), path + "/" + i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * This scalar as text.
     *
     * @return the text
     * @throws ConfigException when this is a mapping, a list or null
     */
    public String asString() {
        return scalar("a string");
    }

    /**
     * This scalar as one of a fixed set of words.
     *
     * @param allowed the allowed values
     * @return the value
     * @throws ConfigException when the value is not allowed, naming the nearest allowed one
     */
    public String asChoice(String... allowed) {
        String v = asString();
        List<String> ok = List.of(allowed);
        if (!ok.contains(v)) {
            String hint =
                    Suggestions.nearest(v, ok).map(s -> "; did you mean '" + s + "'?").orElse("");
            throw error("must be one of " + String.join(", ", ok) + ", got '" + v + "'" + hint);
        }
        return v;
    }

    /**
     * This scalar as a finite number.
     *
     * @return the value
     * @throws ConfigException when it is not a number, or is NaN or infinite
     */
    public double asDouble() {
        String text = scalar("a number").replace("_", "");
        double v;
        switch (text.toLowerCase(Locale.ROOT)) {
            case ".nan", "nan" ->
                    throw error("must be a number, got 'not a number' (" + text + ")");
            case ".inf", "+.inf", "-.inf", "inf", "+inf", "-inf", "infinity", "-infinity" ->
                    throw error("must be a finite number, got " + text);
            default -> {
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw error("must be a number, got '" + text + "'");
                }
            }
        }
        if (!Double.isFinite(v)) {
            throw error("must be a finite number, got " + text);
        }
        return v;
    }

    /**
     * This scalar as a 64-bit integer; integral values written as decimals ({@code 1e6}) are
     * accepted.
     *
     * @return the value
     * @throws ConfigException when it is not an integer or out of range
     */
    public long asLong() {
        String text = scalar("an integer").replace("_", "");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notPlain) {
            double v = asDouble();
            if (v != Math.rint(v) || Math.abs(v) >= 0x1p63) {
                throw error("must be an integer, got " + text);
            }
            return (long) v;
        }
    }

    /**
     * This scalar as a 32-bit integer.
     *
     * @return the value
     * @throws ConfigException when it is not an integer or out of the int range
     */
    public int asInt() {
        long v = asLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(
                    "must be an integer between "
                            + Integer.MIN_VALUE
                            + " and "
                            + Integer.MAX_VALUE
                            + ", got "
                            + v);
        }
        return (int) v;
    }

    /**
     * This scalar as a boolean ({@code true}/{@code false}; YAML's {@code yes}/{@code no} too).
     *
     * @return the value
     * @throws ConfigException when it is not a boolean
     */
    public boolean asBoolean() {
        String text = scalar("true or false");
        if (!Tag.BOOL.equals(node.getTag())) {
            throw error("must be true or false, got '" + text + "'");
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    /**
     * A canonical text of this subtree: JSON with mapping keys sorted and numbers normalised, so
     * that two documents that mean the same thing give the same text (for content hashes).
     *
     * @return the canonical JSON text
     */
    public String canonical() {
        StringBuilder sb = new StringBuilder();
        CanonicalJson.write(node, sb);
        return sb.toString();
    }

    @Override
    public String toString() {
        return source() + ":" + line() + " " + (path.isEmpty() ? "/" : path);
    }

    private String scalar(String expected) {
        if (!(node instanceof ScalarNode s) || isNull()) {
            throw error("must be " + expected + ", got " + kind());
        }
        return s.getValue();
    }

    private MappingNode mapping() {
        if (!(node instanceof MappingNode m)) {
            throw error("must be a mapping, got " + kind());
        }
        return m;
    }

    private String present() {
        List<String> keys = keys();
        return keys.isEmpty() ? "" : " (present: " + String.join(", ", keys) + ")";
    }

    private String kind() {
        if (isNull()) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private String keyText(NodeTuple t) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
            throw new ConfigException(
                    document.sourceOf(t.getKeyNode()),
                    t.getKeyNode().getStartMark().getLine() + 1,
                    path,
                    "keys must be plain words, not mappings or lists");
        }
        return k.getValue();
    }

    private static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private static Node compose(String text, String source, NodeSources doc) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigException(
                    source, m == null ? -1 : m.getLine() + 1, "not valid YAML: " + problem, e);
        } catch (YAMLException e) {
            throw new ConfigException(source, -1, "not valid YAML: " + e.getMessage(), e);
        }
        checkDuplicateKeys(root, source, "", doc);
        return root;
    }

    private static void checkDuplicateKeys(Node n, String source, String path, NodeSources doc) {
        if (n instanceof MappingNode m) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    if (!seen.add(k.getValue())) {
                        throw new ConfigException(
                                source,
                                k.getStartMark().getLine() + 1,
                                child(path, k.getValue()),
                                "duplicate key '" + k.getValue() + "'");
                    }
                    checkDuplicateKeys(t.getValueNode(), source, child(path, k.getValue()), doc);
                }
            }
        } else if (n instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                checkDuplicateKeys(s.getValue().get(i), source, path + "/" + i, doc);
            }
        }
    }
}
