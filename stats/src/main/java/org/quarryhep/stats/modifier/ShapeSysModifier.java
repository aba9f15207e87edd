package org.quarryhep.stats.modifier;

import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ModifierSpec.BinValues;
import org.quarryhep.stats.Workspace;

/**
 * {@code shapesys}: an uncorrelated per-bin factor γ_b with a Poisson constraint aux_b ~
 * Poisson(γ_b·τ_b), τ_b = (nominal_b/σ_b)² (Barlow–Beeston-style). Bins with zero nominal or zero
 * uncertainty get no parameter effect: γ_b is held at 1 and unconstrained. Init 1, bounds [1e−10,
 * 10].
 */
public final class ShapeSysModifier extends GammaModifier {
    /** The shapesys type. */
    public ShapeSysModifier() {
        super("shapesys");
    }

    @Override
    public void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        int bins = channel.bins();
        ParameterSetBuilder fresh = newGammaSet(spec, channel);
        ParameterSetBuilder set = registry.declare(pointer, fresh);
        if (set != fresh) {
            return;
        }
        double[] nom = sample.data();
        double[] sigma = ((BinValues) spec.data()).values();
        for (int b = 0; b < bins; b++) {
            if (nom[b] > 0 && sigma[b] > 0) {
                double r = nom[b] / sigma[b];
                set.poisson(b, r * r);
            } else {
                set.mask(b);
            }
        }
    }
}
