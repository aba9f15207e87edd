package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.Tolerance;

/**
 * Counting formulas checked against the full likelihood machinery: Z_A is √q_0 on Asimov data of a
 * one-bin model, and Cowan's formula with background uncertainty is √q_0 when the background is
 * constrained by an auxiliary Poisson measurement with τ = b/σ_b², which is exactly a shapesys
 * modifier with σ = σ_b (arXiv:1007.1727 eq. 97; Cowan 2012).
 */
class CountingFormulasTest {
    private static double sqrtQ0OnAsimov(double s, double b, double sigmaB) {
        WorkspaceBuilder wb =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {s + b})
                        .addSample("SR", "signal", new double[] {s})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {b});
        if (sigmaB > 0) {
            wb.optShapeSys("bkg_unc", new double[] {sigmaB});
        }
        Workspace ws = wb.build();
        Model m = Model.compile(ws);
        return Math.sqrt(
                TestStatistics.evaluate(TestStatistic.Q0, 0, m.observedData(), Fitter.of(m))
                        .value());
    }

    @Test
    void asimovSignificanceEqualsSqrtQ0OfTheOneBinModel() {
        for (double[] sb : new double[][] {{10, 100}, {5, 1}, {50, 2000}}) {
            Tolerance.assertRelative(
                    sqrtQ0OnAsimov(sb[0], sb[1], 0),
                    CountingFormulas.asimovSignificance(sb[0], sb[1]),
                    1e-6,
                    "Z_A");
        }
        // s ≪ b: Z_A → s/√b.
        Tolerance.assertRelative(
                CountingFormulas.simpleSignificance(1, 1e6),
                CountingFormulas.asimovSignificance(1, 1e6),
                1e-6,
                "limit");
    }

    @Test
    void backgroundUncertaintyFormulaEqualsTheShapesysModel() {
        for (double[] sbs : new double[][] {{10, 100, 10}, {20, 50, 5}, {5, 10, 3}}) {
            Tolerance.assertRelative(
                    sqrtQ0OnAsimov(sbs[0], sbs[1], sbs[2]),
                    CountingFormulas.asimovSignificance(sbs[0], sbs[1], sbs[2]),
                    1e-5,
                    "Z with sigma_b");
        }
        Tolerance.assertRelative(
                CountingFormulas.asimovSignificance(10, 100),
                CountingFormulas.asimovSignificance(10, 100, 1e-6),
                1e-6,
                "sigma->0");
        assertThrows(
                IllegalArgumentException.class, () -> CountingFormulas.asimovSignificance(1, 0));
    }

    @Test
    void binnedCriterionIsTheLikelihoodRatioOfBackgroundOnlyData() {
        double[] s = {3, 8, 1.5};
        double[] b = {20, 15, 4};
        // t_μ at μ = 1 on data n = b with a free signal strength bounded at 0: μ̂ = 0, so
        // t = 2(−ln L(1) + ln L(0)) = 2 Σ [s − b ln(1 + s/b)].
        WorkspaceBuilder wb =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", b)
                        .addSample("SR", "signal", s)
                        .optNormFactor("mu")
                        .addSample("SR", "background", b);
        Model m = Model.compile(wb.build());
        double t =
                TestStatistics.evaluate(TestStatistic.TMU, 1.0, m.observedData(), Fitter.of(m))
                        .value();
        Tolerance.assertRelative(t, BinnedExclusion.q(s, b), 1e-7, "q");
        double k = BinnedExclusion.limitScale(s, b, BinnedExclusion.Q95);
        double[] ks = {k * s[0], k * s[1], k * s[2]};
        Tolerance.assertClose(
                BinnedExclusion.Q95, BinnedExclusion.q(ks, b), 0, 1e-9, "q at the limit");
    }

    @Test
    void significanceAndPValueConvertByTheNormalTail() {
        // Standard normal tables: one-sided p = 0.05 at Z = 1.6448536269514722, and the
        // discovery convention Z = 5 at p = 2.866515718791939e-7.
        Tolerance.assertClose(
                0.05, DiscoveryResult.pFromZ(1.6448536269514722), 1e-12, 0, "p(1.645)");
        Tolerance.assertClose(2.866515718791939e-7, DiscoveryResult.pFromZ(5), 1e-10, 0, "p(5)");
        Tolerance.assertClose(5, DiscoveryResult.zFromP(2.866515718791939e-7), 1e-10, 0, "Z(p)");
    }
}
