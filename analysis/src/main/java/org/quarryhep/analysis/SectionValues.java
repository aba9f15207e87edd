package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quarryhep.config.ConfigNode;

/** Small readers shared by the section readers: names and string lists. */
final class SectionValues {
    private SectionValues() {}

    static void checkName(String name, ConfigNode at, String what) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw at.error(
                    what
                            + " name '"
                            + name
                            + "' must be letters, digits and _ (not starting with a digit)");
        }
    }

    static List<String> stringList(Optional<ConfigNode> n) {
        if (n.isEmpty()) {
            return List.of();
        }
        ConfigNode node = n.get();
        if (node.isScalar()) {
            return List.of(node.asString());
        }
        List<String> out = new ArrayList<>();
        for (ConfigNode c : node.asList()) {
            out.add(c.asString());
        }
        return out;
    }
}
