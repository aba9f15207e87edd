package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ModifierSpec.NormFactors;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.modifier.Interpolation.Curve;

/**
 * {@code normsys}: a normalisation uncertainty; factor hi at α = +1 and lo at α = −1,
 * interpolated with the normsys code; α ~ Normal(0, 1), init 0, bounds [−5, 5].
 */
public final class NormSysModifier implements Modifier {
    @Override
    public String type() {
        return "normsys";
    }

    @Override
    public Effect effect() {
        return Effect.MULTIPLICATIVE;
    }

    @Override
    public void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        ParameterSetBuilder set =
                registry.declare(pointer, new ParameterSetBuilder(spec.name(), type(), 1, 0.0, -5.0, 5.0));
        set.normal(0, 0.0, 1.0);
    }

    @Override
    public BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation) {
        NormFactors f = (NormFactors) spec.data();
        Curve c = interpolation.normsys().factor(f.lo(), f.hi());
        Curve[] curves = new Curve[sample.data().length];
        java.util.Arrays.fill(curves, c);
        return Terms.curves(offsets.get(spec.name()), curves);
    }
}
