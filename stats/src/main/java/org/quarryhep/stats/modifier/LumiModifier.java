package org.quarryhep.stats.modifier;

/**
 * {@code lumi}: a luminosity scale λ with a Gaussian constraint whose auxiliary datum and width
 * come from the measurement's parameter configuration (pyhf requires {@code sigmas} there).
 */
public final class LumiModifier extends ScalarFactorModifier {
    /** The lumi type. */
    public LumiModifier() {
        super("lumi");
    }

    @Override
    void constrain(ParameterSetBuilder set) {
        // The width is unknown until the measurement config is applied; NaN marks it as required.
        set.normal(0, 1.0, Double.NaN);
    }
}
