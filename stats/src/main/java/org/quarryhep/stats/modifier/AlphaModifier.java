package org.quarryhep.stats.modifier;

import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/**
 * Base of normsys and histosys: one α per entry, α ~ Normal(0, 1), init 0, bounds [−5, 5]. The two
 * types share the parameter kind (see {@link ParameterRegistry}), so their declarations must stay
 * identical; only the per-bin term differs.
 */
abstract class AlphaModifier extends BuiltInModifier {
    /**
     * Fixes the type string and effect of normsys or histosys.
     *
     * @param type the pyhf type string
     * @param effect whether the term adds to or multiplies the nominal
     */
    AlphaModifier(String type, Effect effect) {
        super(type, effect);
    }

    @Override
    public final void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        ParameterSetBuilder set = declareSet(spec, pointer, registry, 1, 0.0, -5.0, 5.0);
        set.normal(0, 0.0, 1.0);
    }
}
