package org.quarryhep.stats.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.Tolerance;

/** Fits against closed-form maximum-likelihood results. */
class FitterTest {
    @Test
    void singleBinFitHasAnalyticEstimateAndUncertainty() {
        // n = 1200, b = 1000, s = 100·μ: μ̂ = (n − b)/s = 2, σ_μ = √n/s (Poisson Fisher
        // information).
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {1200})
                        .addSample("SR", "signal", new double[] {100})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {1000})
                        .build();
        Model m = Model.compile(ws);
        FitResult r = Fitter.of(m).fitWithUncertainties(m.observedData());
        Tolerance.assertClose(2.0, r.value("mu"), 0, 1e-6, "mu hat");
        Tolerance.assertRelative(
                Math.sqrt(1200) / 100, r.uncertainties()[m.poiIndex()], 1e-4, "sigma mu");
        Tolerance.assertClose(1.0, r.correlation()[0][0], 0, 1e-12, "diagonal");
    }

    @Test
    void gaussianConstrainedNuisanceGivesTheTextbookPullAndCorrelation() {
        // One bin, background b·(1 + 0.1α) (code 0 normsys = linear), α ~ N(0, 1), no signal
        // freedom:
        // with data n the likelihood in α is Poisson(n | b(1+0.1α))·N(0|α,1). Data = b leaves α̂ =
        // 0,
        // pull 0, and the post-fit width 1/√(1 + (0.1 b)²/b) relative to the prior.
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {400})
                        .addSample("SR", "signal", new double[] {10})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {400})
                        .optNormSys("bkg", 1.1, 0.9)
                        .optParameter(
                                new Workspace.ParameterConfig(
                                        "mu", new double[] {0}, null, true, null, null))
                        .build();
        Model m =
                Model.compile(
                        ws,
                        null,
                        new org.quarryhep.stats.modifier.InterpolationSettings(
                                org.quarryhep.stats.modifier.Interpolation.CODE0,
                                org.quarryhep.stats.modifier.Interpolation.CODE0));
        Fitter f = Fitter.of(m);
        FitResult r = f.fitWithUncertainties(m.observedData());
        List<Pull> pulls = f.pulls(r);
        assertEquals(1, pulls.size());
        Tolerance.assertClose(0, pulls.get(0).pull(), 0, 1e-6, "pull");
        double fisher = 1 + 40.0 * 40.0 / 400; // prior + Poisson information (dλ/dα)²/λ
        Tolerance.assertRelative(
                1 / Math.sqrt(fisher), pulls.get(0).constraint(), 1e-4, "constraint");
    }

    @Test
    void profileScanIsZeroAtTheBestFitAndQuadraticNearIt() {
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {1200})
                        .addSample("SR", "signal", new double[] {100})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {1000})
                        .build();
        Model m = Model.compile(ws);
        double[] scan =
                Fitter.of(m)
                        .profileScan(
                                m.observedData(), new double[] {2.0, 2.0 + Math.sqrt(1200) / 100});
        Tolerance.assertClose(0, scan[0], 0, 1e-8, "at mu hat");
        // One σ away −2Δln L ≈ 1 (Poisson asymmetry makes it 1 to about 1 %).
        Tolerance.assertClose(1, scan[1], 0.02, 0, "one sigma");
    }
}
