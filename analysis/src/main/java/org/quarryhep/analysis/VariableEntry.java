package org.quarryhep.analysis;

import java.util.List;
import org.quarryhep.config.ConfigNode;

/**
 * Reads one entry of the variables section: a bare expression, or a map with exactly one of {@code
 * expr}, {@code score} (with {@code features}) or {@code parameter}, and its categories.
 */
final class VariableEntry {
    private VariableEntry() {}

    /**
     * The definition of one variable.
     *
     * @param name the variable's name (already checked)
     * @param n its node
     * @param categoryNames the selection's categories, which its own list must name
     * @return its definition
     */
    static VariableDefinition read(String name, ConfigNode n, List<String> categoryNames) {
        VariableDefinition v;
        if (n.isScalar()) {
            v =
                    new VariableDefinition(
                            name, VariableDefinition.Kind.EXPRESSION, n.asString(), "", List.of());
        } else {
            n.allowOnly("expr", "score", "features", "parameter", "optional", "categories");
            if (n.has("optional") && !n.has("parameter")) {
                throw n.get("optional")
                        .error(
                                "'optional' belongs to parameter variables (NaN where a sample lacks it)");
            }
            int kinds =
                    (n.has("expr") ? 1 : 0)
                            + (n.has("score") ? 1 : 0)
                            + (n.has("parameter") ? 1 : 0);
            if (kinds != 1) {
                throw n.error(
                        "a variable has exactly one of 'expr', 'score' (with 'features') or 'parameter'");
            }
            List<String> cats = SectionValues.stringList(n.opt("categories"));
            for (ConfigNode cn : n.opt("categories").map(ConfigNode::asList).orElse(List.of())) {
                if (!categoryNames.contains(cn.asString())) {
                    throw cn.error(
                            "unknown category '"
                                    + cn.asString()
                                    + "'; the selection defines "
                                    + categoryNames);
                }
            }
            if (n.has("expr")) {
                v =
                        new VariableDefinition(
                                name,
                                VariableDefinition.Kind.EXPRESSION,
                                n.get("expr").asString(),
                                "",
                                cats);
            } else if (n.has("score")) {
                v =
                        new VariableDefinition(
                                name,
                                VariableDefinition.Kind.SCORE,
                                n.get("score").asString(),
                                n.get("features").asString(),
                                cats);
            } else {
                if (n.has("features")) {
                    throw n.get("features").error("'features' belongs to score variables");
                }
                v =
                        new VariableDefinition(
                                name,
                                VariableDefinition.Kind.PARAMETER,
                                n.get("parameter").asString(),
                                "",
                                cats);
            }
        }
        return v;
    }
}
