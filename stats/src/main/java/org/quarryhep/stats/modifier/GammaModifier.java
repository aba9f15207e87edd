package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/**
 * Base of shapesys and staterror: one constrained factor γ_b per bin, init 1, bounds [1e−10, 10].
 * Bins whose declaration left γ_b without a constraint are held at 1, so the term skips them.
 */
abstract class GammaModifier extends BuiltInModifier {
    /**
     * Fixes the type string of shapesys or staterror; both multiply the nominal.
     *
     * @param type the pyhf type string
     */
    GammaModifier(String type) {
        super(type, Effect.MULTIPLICATIVE);
    }

    /**
     * A new, not yet registered per-bin set for the channel, with the γ defaults.
     *
     * @param spec the modifier entry
     * @param channel the channel of the sample
     * @return the set
     */
    final ParameterSetBuilder newGammaSet(ModifierSpec spec, Workspace.Channel channel) {
        return newSet(spec, channel.bins(), 1.0, 1e-10, 10.0);
    }

    @Override
    public final BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation) {
        boolean[] active = new boolean[set.size()];
        for (int b = 0; b < active.length; b++) {
            active[b] = set.constraint(b) != Constraint.NONE;
        }
        return Terms.perBin(offset(spec, offsets), active);
    }
}
