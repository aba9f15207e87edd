package org.quarryhep.analyses.diphunting;

import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.model.Model;

/**
 * The binned m_tt̄ baseline at one θ as a HistFactory (pyhf JSON) workspace, built and evaluated
 * through {@code stats}.
 *
 * <p>Expected counts per bin: ν_b = B_b + κ⁴ S_b + κ² I_b, with B the Standard Model (q q̄ + QCD g
 * g), S the pure signal and I the signed interference, both at κ = 1 couplings and at θ's width.
 * HistFactory samples must have non-negative yields ({@code stats} rejects negative ones, as
 * HistFactory's ROOT implementation does for the Poisson means), so the interference is split per
 * bin into I⁺ = max(I, 0) and I⁻ = max(−I, 0), the latter carrying a normfactor {@code minus_one}
 * fixed at −1.
 *
 * <p>The powers of κ are two normfactors, {@code kappa4} on S and {@code kappa2} on I⁺ and I⁻,
 * fixed at κ⁴ and κ² by the measurement. Listing one normfactor {@code kappa} four times would be
 * shorter but is not portable: pyhf keys a sample's modifiers by type and name (its {@code
 * _nominal_and_modifiers_from_spec} builds a dictionary {@code "normfactor/kappa" → modifier}), so
 * a repeated modifier counts once there and pyhf would read κ instead of κ⁴. With the powers as
 * separate fixed parameters the same file means the same model in pyhf and in {@code stats}; the
 * price is that κ is not a free parameter of the file: a fit at another κ sets {@code kappa2} = κ²
 * and {@code kappa4} = κ⁴ together (and, with a derived width, the templates of that θ).
 */
final class BinnedWorkspace {
    /** The channel's name. */
    static final String CHANNEL = "mtt";

    private final Model model;
    private final Workspace workspace;
    private final double[] pars;

    /**
     * Builds the workspace.
     *
     * @param background B per bin, events
     * @param signal S per bin at κ = 1, events
     * @param interference I per bin at κ = 1 (signed), events
     * @param observed the observed counts per bin
     * @param kappa κ
     */
    BinnedWorkspace(
            double[] background,
            double[] signal,
            double[] interference,
            double[] observed,
            double kappa) {
        int n = background.length;
        double[] positive = new double[n];
        double[] negative = new double[n];
        for (int b = 0; b < n; b++) {
            positive[b] = Math.max(interference[b], 0);
            negative[b] = Math.max(-interference[b], 0);
        }
        double k2 = kappa * kappa;
        double k4 = k2 * k2;
        workspace =
                new WorkspaceBuilder()
                        .setPoi("kappa2")
                        .optMeasurementName("dip-hunting binned m_tt")
                        .setObservation(CHANNEL, observed)
                        .addSample(CHANNEL, "standard_model", background)
                        .addSample(CHANNEL, "signal", signal)
                        .optNormFactor("kappa4")
                        .addSample(CHANNEL, "interference_positive", positive)
                        .optNormFactor("kappa2")
                        .addSample(CHANNEL, "interference_negative", negative)
                        .optNormFactor("kappa2")
                        .optNormFactor("minus_one")
                        .optParameter(fixed("kappa4", k4))
                        .optParameter(fixed("kappa2", k2))
                        .optParameter(fixed("minus_one", -1))
                        .build();
        model = Model.compile(workspace);
        pars = model.inits();
    }

    private static Workspace.ParameterConfig fixed(String name, double value) {
        double[][] bounds = {{Math.min(value, 0), Math.max(10, value)}};
        return new Workspace.ParameterConfig(name, new double[] {value}, bounds, true, null, null);
    }

    /** The workspace (pyhf JSON through {@code stats.WorkspaceWriter}). */
    Workspace workspace() {
        return workspace;
    }

    /** The expected counts per bin at the workspace's θ. */
    double[] expected() {
        return model.expectedMain(pars);
    }

    /**
     * −2 ln L of counts per bin at the workspace's θ (Poisson; no constrained parameters).
     *
     * @param counts the counts per bin
     * @return −2 ln L (+∞ where a bin's expectation is negative)
     */
    double twiceNll(double[] counts) {
        return 2 * model.nll(pars, new ObservedData(counts, new double[0]));
    }
}
