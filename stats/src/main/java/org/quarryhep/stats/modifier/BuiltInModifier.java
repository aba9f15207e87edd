package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;

/**
 * Base of the built-in modifier types: each has a fixed pyhf type string and effect, and names its
 * parameter set after the modifier entry.
 */
abstract class BuiltInModifier implements Modifier {
    private final String type;
    private final Effect effect;

    /**
     * Fixes the type string and effect of a built-in type.
     *
     * @param type the pyhf type string
     * @param effect whether the term adds to or multiplies the nominal
     */
    BuiltInModifier(String type, Effect effect) {
        this.type = type;
        this.effect = effect;
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final Effect effect() {
        return effect;
    }

    /**
     * A new, not yet registered parameter set of this type named after the entry.
     *
     * @param spec the modifier entry
     * @param size the number of parameters
     * @param init the initial value of each parameter
     * @param lo the lower bound of each parameter
     * @param hi the upper bound of each parameter
     * @return the set
     */
    final ParameterSetBuilder newSet(
            ModifierSpec spec, int size, double init, double lo, double hi) {
        return new ParameterSetBuilder(spec.name(), type, size, init, lo, hi);
    }

    /**
     * Registers a parameter set of this type named after the entry, or returns the one already
     * registered under that name.
     *
     * @param spec the modifier entry
     * @param pointer JSON pointer of the entry, for errors
     * @param registry where parameter sets are collected
     * @param size the number of parameters
     * @param init the initial value of each parameter
     * @param lo the lower bound of each parameter
     * @param hi the upper bound of each parameter
     * @return the registered set
     */
    final ParameterSetBuilder declareSet(
            ModifierSpec spec,
            String pointer,
            ParameterRegistry registry,
            int size,
            double init,
            double lo,
            double hi) {
        return registry.declare(pointer, newSet(spec, size, init, lo, hi));
    }

    /**
     * The offset of the entry's parameter set in the flat parameter vector.
     *
     * @param spec the modifier entry
     * @param offsets the offset of every parameter set
     * @return the offset
     */
    static int offset(ModifierSpec spec, Map<String, Integer> offsets) {
        return offsets.get(spec.name());
    }
}
