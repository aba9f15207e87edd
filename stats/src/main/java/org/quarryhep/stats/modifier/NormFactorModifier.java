package org.quarryhep.stats.modifier;

/** {@code normfactor}: an unconstrained scale μ of the whole sample; init 1, bounds [0, 10]. */
public final class NormFactorModifier extends ScalarFactorModifier {
    /** The normfactor type. */
    public NormFactorModifier() {
        super("normfactor");
    }

    @Override
    void constrain(ParameterSetBuilder set) {
        // μ is a free parameter of interest or nuisance: no constraint term.
    }
}
