package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.quarryhep.config.ConfigNode;

/**
 * The categories where each variable exists: its own list (or all) intersected with those of every
 * variable it reads, a dependency cycle being an error; and the checks that a cut, feature set or
 * histogram reads a variable only where it exists.
 */
final class VariableCategories {
    private final List<VariableDefinition> variables;
    private final List<ConfigNode> variableNodes;
    private final List<String> categoryNames;
    private final BitSet[] where;

    /**
     * Resolves where each variable exists.
     *
     * @param variables the variables, in index order
     * @param variableNodes their configuration nodes, for messages
     * @param categoryNames the selection's categories
     * @param deps the variables each variable reads
     */
    VariableCategories(
            List<VariableDefinition> variables,
            List<ConfigNode> variableNodes,
            List<String> categoryNames,
            BitSet[] deps) {
        this.variables = variables;
        this.variableNodes = variableNodes;
        this.categoryNames = categoryNames;
        int n = variables.size();
        where = new BitSet[n];
        int[] state = new int[n];
        for (int i = 0; i < n; i++) {
            resolve(i, deps, where, state, new ArrayList<>());
        }
    }

    private void resolve(int i, BitSet[] deps, BitSet[] where, int[] state, List<String> chain) {
        if (state[i] == 2) {
            return;
        }
        chain.add(variables.get(i).name());
        if (state[i] == 1) {
            throw variableNodes
                    .get(i)
                    .error(
                            "variables depend on each other in a cycle: "
                                    + String.join(" -> ", chain));
        }
        state[i] = 1;
        BitSet w = new BitSet();
        List<String> own = variables.get(i).categories();
        if (own.isEmpty()) {
            w.set(0, categoryNames.size());
        } else {
            for (String c : own) {
                w.set(categoryNames.indexOf(c));
            }
        }
        for (int d = deps[i].nextSetBit(0); d >= 0; d = deps[i].nextSetBit(d + 1)) {
            resolve(d, deps, where, state, chain);
            w.and(where[d]);
        }
        chain.remove(chain.size() - 1);
        where[i] = w;
        state[i] = 2;
    }

    void checkExists(BitSet deps, int category, ConfigNode at, String what) {
        for (int d = deps.nextSetBit(0); d >= 0; d = deps.nextSetBit(d + 1)) {
            BitSet w = where[d];
            boolean ok = category >= 0 ? w.get(category) : w.cardinality() == categoryNames.size();
            if (!ok) {
                throw at.error(
                        what
                                + " reads variable '"
                                + variables.get(d).name()
                                + "', which exists only in categories "
                                + names(w)
                                + (category >= 0
                                        ? ", not in '" + categoryNames.get(category) + "'"
                                        : "; common cuts and category requirements run in every category"));
            }
        }
    }

    void checkInCategories(int v, boolean[] mask, ConfigNode at, String what) {
        for (int k = 0; k < mask.length; k++) {
            if (mask[k] && !where[v].get(k)) {
                throw at.error(
                        what
                                + " uses variable '"
                                + variables.get(v).name()
                                + "' in category '"
                                + categoryNames.get(k)
                                + "', but it exists only in "
                                + names(where[v]));
            }
        }
    }

    private List<String> names(BitSet w) {
        List<String> out = new ArrayList<>();
        for (int k = w.nextSetBit(0); k >= 0; k = w.nextSetBit(k + 1)) {
            out.add(categoryNames.get(k));
        }
        return out;
    }
}
