package org.quarryhep.config;

import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The sources of a configuration document's nodes: the document's file, or the {@code --set} that
 * replaced a subtree.
 */
final class NodeSources {
    private final String source;
    private final Map<Node, String> overrides;

    NodeSources(String source) {
        this(source, new IdentityHashMap<>());
    }

    private NodeSources(String source, Map<Node, String> overrides) {
        this.source = source;
        this.overrides = overrides;
    }

    NodeSources copy() {
        Map<Node, String> map = new IdentityHashMap<>();
        map.putAll(overrides);
        return new NodeSources(source, map);
    }

    void markOverride(Node n, String setSource) {
        overrides.put(n, setSource);
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                markOverride(t.getKeyNode(), setSource);
                markOverride(t.getValueNode(), setSource);
            }
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(c -> markOverride(c, setSource));
        }
    }

    String sourceOf(Node n) {
        return n == null ? source : overrides.getOrDefault(n, source);
    }
}
