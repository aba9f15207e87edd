package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/**
 * Base of normfactor and lumi: one multiplicative scale of the whole sample, init 1, bounds [0,
 * 10]. Subclasses only add the constraint, if any.
 */
abstract class ScalarFactorModifier extends BuiltInModifier {
    /**
     * Fixes the type string of normfactor or lumi; both multiply the nominal.
     *
     * @param type the pyhf type string
     */
    ScalarFactorModifier(String type) {
        super(type, Effect.MULTIPLICATIVE);
    }

    /**
     * Adds the constraint of the scale to its (registered) set.
     *
     * @param set the set holding the scale
     */
    abstract void constrain(ParameterSetBuilder set);

    @Override
    public final void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        constrain(declareSet(spec, pointer, registry, 1, 1.0, 0.0, 10.0));
    }

    @Override
    public final BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation) {
        return Terms.scalar(offset(spec, offsets));
    }
}
