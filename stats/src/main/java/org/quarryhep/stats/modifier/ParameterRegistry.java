package org.quarryhep.stats.modifier;

import java.util.Map;
import java.util.TreeMap;
import org.quarryhep.stats.InvalidSpecificationException;

/**
 * The parameter sets declared while compiling a workspace, by name in pyhf's order (sorted by
 * name). A name declared by two incompatible modifier types, or with two sizes, is an error.
 */
public final class ParameterRegistry {
    private final Map<String, ParameterSetBuilder> sets = new TreeMap<>();

    /**
     * Returns the set with this name, creating it with the given defaults if it is new.
     *
     * @param pointer the JSON pointer of the declaring modifier, for errors
     * @param fresh the set to register when the name is new
     * @return the registered set
     * @throws InvalidSpecificationException when the name exists with another type or size
     */
    public ParameterSetBuilder declare(String pointer, ParameterSetBuilder fresh) {
        ParameterSetBuilder existing = sets.get(fresh.name());
        if (existing == null) {
            sets.put(fresh.name(), fresh);
            return fresh;
        }
        if (!kind(existing.type()).equals(kind(fresh.type()))) {
            throw new InvalidSpecificationException(
                    pointer,
                    "parameter '"
                            + fresh.name()
                            + "' is a "
                            + fresh.type()
                            + " here but a "
                            + existing.type()
                            + " elsewhere");
        }
        if (existing.size() != fresh.size()) {
            throw new InvalidSpecificationException(
                    pointer,
                    "parameter '"
                            + fresh.name()
                            + "' has "
                            + fresh.size()
                            + " components here but "
                            + existing.size()
                            + " elsewhere (shared across channels with different bin counts)");
        }
        return existing;
    }

    /**
     * normsys and histosys with the same name are one Gaussian-constrained α (HistFactory's
     * OverallSys and HistoSys of one systematic), so they share a kind.
     */
    private static String kind(String type) {
        return type.equals("normsys") || type.equals("histosys") ? "alpha" : type;
    }

    /** The set with a name, or {@code null}. */
    public ParameterSetBuilder get(String name) {
        return sets.get(name);
    }

    /** All sets, sorted by name. */
    public Map<String, ParameterSetBuilder> sets() {
        return java.util.Collections.unmodifiableMap(sets);
    }
}
