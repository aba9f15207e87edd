package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ModifierSpec.NormFactors;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.modifier.Interpolation.Curve;

/**
 * {@code normsys}: a normalisation uncertainty; factor hi at α = +1 and lo at α = −1, interpolated
 * with the normsys code; α ~ Normal(0, 1), init 0, bounds [−5, 5].
 */
public final class NormSysModifier extends AlphaModifier {
    /** The normsys type. */
    public NormSysModifier() {
        super("normsys", Effect.MULTIPLICATIVE);
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
        return Terms.curves(offset(spec, offsets), curves);
    }
}
