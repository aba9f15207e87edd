package org.quarryhep.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Replaces or adds one value in a node tree for {@link ConfigNode#withOverride}, copying the
 * mappings and lists on the way down so that the original document is unchanged.
 */
final class OverrideTree {
    private OverrideTree() {}

    /**
     * The node {@code at} with the value at {@code keys[depth…]} replaced or added, new nodes
     * marked as coming from {@code setSource}; the original tree is left as it was.
     */
    static Node replace(
            NodeSources sources, Node at, String[] keys, int depth, Node value, String setSource) {
        if (depth == keys.length) {
            return value;
        }
        String key = keys[depth];
        if (at == null || Tag.NULL.equals(at.getTag())) {
            // A mapping only the override creates: the copy returned below is all --set's.
            Node created =
                    replace(
                            sources,
                            new MappingNode(
                                    Tag.MAP,
                                    true,
                                    new ArrayList<>(),
                                    value.getStartMark(),
                                    value.getEndMark(),
                                    DumperOptions.FlowStyle.BLOCK),
                            keys,
                            depth,
                            value,
                            setSource);
            sources.markOverride(created, setSource);
            return created;
        }
        if (at instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>(m.getValue());
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple t = tuples.get(i);
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    Node child =
                            replace(sources, t.getValueNode(), keys, depth + 1, value, setSource);
                    tuples.set(i, new NodeTuple(t.getKeyNode(), child));
                    return copyMapping(m, tuples);
                }
            }
            ScalarNode keyNode =
                    new ScalarNode(
                            Tag.STR,
                            key,
                            value.getStartMark(),
                            null,
                            DumperOptions.ScalarStyle.PLAIN);
            sources.markOverride(keyNode, setSource);
            tuples.add(
                    new NodeTuple(
                            keyNode, replace(sources, null, keys, depth + 1, value, setSource)));
            return copyMapping(m, tuples);
        }
        if (at instanceof SequenceNode s) {
            int index;
            try {
                index = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                throw new ConfigException(
                        setSource, -1, "", "'" + key + "' must be a list index at that level");
            }
            if (index < 0 || index >= s.getValue().size()) {
                throw new ConfigException(
                        setSource,
                        -1,
                        "",
                        "list index "
                                + index
                                + " out of range (the list has "
                                + s.getValue().size()
                                + " elements)");
            }
            List<Node> items = new ArrayList<>(s.getValue());
            items.set(index, replace(sources, items.get(index), keys, depth + 1, value, setSource));
            return new SequenceNode(
                    s.getTag(), true, items, s.getStartMark(), s.getEndMark(), s.getFlowStyle());
        }
        throw new ConfigException(
                setSource,
                -1,
                "",
                "'"
                        + String.join(".", Arrays.copyOf(keys, depth))
                        + "' is a single value, so it has no key '"
                        + key
                        + "'");
    }

    private static MappingNode copyMapping(MappingNode m, List<NodeTuple> tuples) {
        return new MappingNode(
                m.getTag(), true, tuples, m.getStartMark(), m.getEndMark(), m.getFlowStyle());
    }
}
