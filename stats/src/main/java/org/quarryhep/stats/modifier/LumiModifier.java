package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/**
 * {@code lumi}: a luminosity scale λ with a Gaussian constraint whose auxiliary datum and width
 * come from the measurement's parameter configuration (pyhf requires {@code sigmas} there).
 */
public final class LumiModifier extends BuiltInModifier {
    /** The lumi type. */
    public LumiModifier() {
        super("lumi", Effect.MULTIPLICATIVE);
    }

    @Override
    public void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        ParameterSetBuilder set = declareSet(spec, pointer, registry, 1, 1.0, 0.0, 10.0);
        // The width is unknown until the measurement config is applied; NaN marks it as required.
        set.normal(0, 1.0, Double.NaN);
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
