package org.quarryhep.stats.modifier;

import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ModifierSpec.BinValues;
import org.quarryhep.stats.Workspace;

/**
 * {@code staterror}: the Monte Carlo statistical uncertainty as one factor γ_b per bin shared by
 * every sample carrying the modifier, Gaussian-constrained around 1 with relative width σ_b = √(Σ_s
 * σ_{s,b}²) / Σ_s nominal_{s,b} over those samples. Bins with σ_b = 0 are held at 1. Init 1, bounds
 * [1e−10, 10].
 */
public final class StatErrorModifier extends GammaModifier {
    /** The staterror type. */
    public StatErrorModifier() {
        super("staterror");
    }

    @Override
    public void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry) {
        int bins = channel.bins();
        ParameterSetBuilder set = registry.declare(pointer, newGammaSet(spec, channel));
        double[] nom = sample.data();
        double[] sigma = ((BinValues) spec.data()).values();
        for (int b = 0; b < bins; b++) {
            set.sumSigma2[b] += sigma[b] * sigma[b];
            set.sumNominal[b] += nom[b];
            double width =
                    set.sumNominal[b] > 0 ? Math.sqrt(set.sumSigma2[b]) / set.sumNominal[b] : 0;
            if (width > 0) {
                set.fixed[b] = false;
                set.normal(b, 1.0, width);
            } else {
                set.mask(b);
            }
        }
    }
}
