package org.quarryhep.stats.modifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.stats.ModifierSpec;

/** The registry from pyhf type strings to modifier implementations. */
public final class ModifierTypes {
    private static final Map<String, Modifier> BY_TYPE = new LinkedHashMap<>();

    static {
        for (Modifier m :
                List.of(
                        new NormFactorModifier(),
                        new NormSysModifier(),
                        new HistoSysModifier(),
                        new ShapeSysModifier(),
                        new StatErrorModifier(),
                        new ShapeFactorModifier(),
                        new LumiModifier())) {
            BY_TYPE.put(m.type(), m);
        }
    }

    static {
        if (!List.copyOf(BY_TYPE.keySet()).equals(ModifierSpec.TYPES)) {
            throw new IllegalStateException(
                    "modifier implementations " + BY_TYPE.keySet() + " != " + ModifierSpec.TYPES);
        }
    }

    private ModifierTypes() {}

    /**
     * The implementation of a type.
     *
     * @param type the pyhf type string
     * @return the modifier
     * @throws IllegalArgumentException for an unknown type (the reader rejects those first)
     */
    public static Modifier forType(String type) {
        Modifier m = BY_TYPE.get(type);
        if (m == null) {
            throw new IllegalArgumentException("unknown modifier type '" + type + "'");
        }
        return m;
    }
}
