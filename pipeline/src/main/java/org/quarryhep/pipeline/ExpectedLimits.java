package org.quarryhep.pipeline;

import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.BinnedExclusion;
import org.quarryhep.stats.infer.LimitResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.infer.UpperLimit;
import org.quarryhep.stats.model.Model;

/**
 * Expected CLs upper limits on the signal strength μ (asymptotic, q̃_μ) for the statistics stage.
 */
final class ExpectedLimits {
    private ExpectedLimits() {}

    /**
     * The expected CLs limits on μ (ascending: −2σ, −1σ, median, +1σ, +2σ) for counting bins with a
     * relative background uncertainty per bin, from background-only Asimov data.
     */
    static double[] countingLimit(double[] s, double[] b, double relUnc, double cl) {
        // Scale the signal so that the limit lands near μ = 1, inside the POI's default bounds.
        double k = BinnedExclusion.limitScale(s, b, BinnedExclusion.Q95);
        double[] sk = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            sk[i] = s[i] * k;
        }
        WorkspaceBuilder wb =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("counting", b)
                        .addSample("counting", "signal", sk)
                        .optNormFactor("mu")
                        .addSample("counting", "background", b);
        if (relUnc > 0) {
            // A Poisson-constrained background (pyhf shapesys, the on/off problem), the model
            // behind Cowan's significance with σ_b that the significance entry uses.
            double[] sigmas = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                sigmas[i] = relUnc * b[i];
            }
            wb.optShapeSys("background_uncertainty", sigmas);
        }
        wb.optParameter(
                new Workspace.ParameterConfig(
                        "mu", null, new double[][] {{0, 50}}, false, null, null));
        double[] band = limitBand(Model.compile(wb.build()), cl);
        for (int i = 0; i < band.length; i++) {
            band[i] *= k;
        }
        return band;
    }

    static double[] limitBand(Model model, double cl) {
        AsymptoticCalculator calc =
                new AsymptoticCalculator(Fitter.of(model), TestStatistic.QTILDE);
        UpperLimit ul = UpperLimit.asymptotic(calc, model.observedData(), 1 - cl);
        int poi = model.poiIndex();
        LimitResult lr =
                ul.rootFinding(model.lowerBounds()[poi], model.upperBounds()[poi], 1e-6, 300, null);
        return lr.expected();
    }
}
