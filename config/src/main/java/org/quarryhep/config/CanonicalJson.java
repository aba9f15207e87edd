package org.quarryhep.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a node tree as canonical JSON: mapping keys sorted and numbers normalised, for {@link
 * ConfigNode#canonical()}.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    static void write(Node n, StringBuilder sb) {
        if (n == null || Tag.NULL.equals(n.getTag())) {
            sb.append("null");
        } else if (n instanceof MappingNode m) {
            Map<String, Node> sorted = new TreeMap<>();
            for (NodeTuple t : m.getValue()) {
                String key =
                        t.getKeyNode() instanceof ScalarNode k
                                ? k.getValue()
                                : String.valueOf(t.getKeyNode());
                sorted.put(key, t.getValueNode());
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> e : sorted.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(e.getKey(), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (n instanceof SequenceNode s) {
            sb.append('[');
            for (int i = 0; i < s.getValue().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(s.getValue().get(i), sb);
            }
            sb.append(']');
        } else {
            scalar((ScalarNode) n, sb);
        }
    }

    private static void scalar(ScalarNode s, StringBuilder sb) {
        String v = s.getValue();
        if (Tag.BOOL.equals(s.getTag())) {
            String l = v.toLowerCase(Locale.ROOT);
            sb.append(l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y"));
            return;
        }
        if (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()) || isNumber(v)) {
            try {
                double d = Double.parseDouble(v.replace("_", ""));
                if (Double.isFinite(d)) {
                    sb.append(
                            d == Math.rint(d) && Math.abs(d) < 1e15
                                    ? Long.toString((long) d)
                                    : Double.toString(d));
                    return;
                }
            } catch (NumberFormatException e) {
                // Not a decimal number (e.g. a YAML 1.1 sexagesimal or hex int): keep the text.
            }
        }
        quote(v, sb);
    }

    private static boolean isNumber(String v) {
        return v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
