package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ModifierSpec.HistoTemplates;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.modifier.Interpolation.Curve;

/**
 * {@code histosys}: a shape uncertainty; templates at α = ±1 interpolated per bin with the histosys
 * code and added to the nominal; α ~ Normal(0, 1), init 0, bounds [−5, 5].
 */
public final class HistoSysModifier extends AlphaModifier {
    /** The histosys type. */
    public HistoSysModifier() {
        super("histosys", Effect.ADDITIVE);
    }

    @Override
    public BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation) {
        HistoTemplates t = (HistoTemplates) spec.data();
        double[] nom = sample.data();
        double[] hi = t.hiData();
        double[] lo = t.loData();
        Curve[] curves = new Curve[nom.length];
        for (int b = 0; b < nom.length; b++) {
            curves[b] = interpolation.histosys().delta(lo[b], nom[b], hi[b]);
        }
        return Terms.curves(offset(spec, offsets), curves);
    }
}
