package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/** {@code normfactor}: an unconstrained scale μ of the whole sample; init 1, bounds [0, 10]. */
public final class NormFactorModifier extends BuiltInModifier {
    /** The normfactor type. */
    public NormFactorModifier() {
        super("normfactor", Effect.MULTIPLICATIVE);
    }

    @Override
    public void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        declareSet(spec, pointer, registry, 1, 1.0, 0.0, 10.0);
    }

    @Override
    public BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation) {
        return Terms.scalar(offset(spec, offsets));
    }
}
