package org.quarryhep.stats.modifier;

import java.util.Arrays;
import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/** {@code shapefactor}: an unconstrained factor per bin; init 1, bounds [0, 10]. */
public final class ShapeFactorModifier extends BuiltInModifier {
    /** The shapefactor type. */
    public ShapeFactorModifier() {
        super("shapefactor", Effect.MULTIPLICATIVE);
    }

    @Override
    public void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        declareSet(spec, pointer, registry, channel.bins(), 1.0, 0.0, 10.0);
    }

    @Override
    public BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation) {
        boolean[] active = new boolean[set.size()];
        Arrays.fill(active, true);
        return Terms.perBin(offset(spec, offsets), active);
    }
}
