package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.Requirements;
import org.quarryhep.testkit.Tolerance;

/** Asymptotic CLs for the two-sided t_μ against closed forms and against toys. */
class TwoSidedAsymptoticsTest {

    private static Workspace.ParameterConfig unboundedPoi() {
        return new Workspace.ParameterConfig(
                "mu", new double[] {1}, new double[][] {{-10, 10}}, false, null, null);
    }

    @Test
    void oneBinModelWithoutNuisancesMatchesTheClosedForm() {
        // n = 130, s = 20, b = 100, μ = 2, no nuisance parameters: μ̂ = 1.5 and
        // t = 2[(μs + b) − n + n ln(n/(μs + b))]; on the Asimov data n = b,
        // Λ = 2[μs + b ln(b/(μs + b))]. CLs+b = 2Φ(−√t), CLb = Φ(−(√t + √Λ)) + Φ(−(√t − √Λ))
        // (arXiv:1007.1727 eqs. 36 and 41), evaluated with Python's math.erfc; the band at
        // √t = |√Λ + n_σ|.
        Model m =
                Model.compile(
                        new WorkspaceBuilder()
                                .setPoi("mu")
                                .setObservation("SR", new double[] {130})
                                .addSample("SR", "signal", new double[] {20})
                                .optNormFactor("mu")
                                .addSample("SR", "background", new double[] {100})
                                .optParameter(unboundedPoi())
                                .build());
        HypoTestResult r =
                new AsymptoticCalculator(Fitter.of(m), TestStatistic.TMU)
                        .hypotest(2.0, m.observedData());
        Tolerance.assertRelative(0.73192724003232, r.testStatisticValue(), 1e-7, "t_mu");
        Tolerance.assertRelative(0.3922592074185207, r.clsbObserved(), 1e-7, "CLs+b");
        Tolerance.assertRelative(0.996630184973541, r.clbObserved(), 1e-7, "CLb");
        Tolerance.assertRelative(0.39358551781063567, r.clsObserved(), 1e-7, "CLs");
        double[] band = {
            1.1557202339274935e-06,
            3.1560392785527224e-05,
            0.0007291428464342223,
            0.012281418843382628,
            0.12044382941837171
        };
        for (int k = 0; k < band.length; k++) {
            Tolerance.assertRelative(band[k], r.clsExpected()[k], 1e-6, "band " + k);
        }
    }

    private static void compareWithToys(int toys) {
        // The high-count model of ToyCalculatorTest with the POI free to go negative.
        Model model =
                Model.compile(
                        ToyCalculatorTest.highCountWorkspace()
                                .optParameter(unboundedPoi())
                                .build());
        HypoTestResult[] both =
                ToyCalculatorTest.asymptoticAndToys(model, TestStatistic.TMU, toys, 11);
        HypoTestResult asym = both[0];
        HypoTestResult toy = both[1];
        // Binomial errors of the two tail fractions.
        double clsb = toy.clsbObserved();
        double clb = toy.clbObserved();
        double errSb = Math.sqrt(clsb * (1 - clsb) / toys);
        double errB = Math.sqrt(clb * (1 - clb) / toys);
        System.out.printf(
                "TMU TOYS n=%d CLs+b %.4f +- %.4f vs %.4f, CLb %.4f +- %.4f vs %.4f%n",
                toys, clsb, errSb, asym.clsbObserved(), clb, errB, asym.clbObserved());
        assertTrue(
                Math.abs(clsb - asym.clsbObserved()) < 3 * errSb,
                "CLs+b toys " + clsb + " +- " + errSb + " vs asymptotic " + asym.clsbObserved());
        // The 1e-3 allows for the asymptotic formula's own error on this model (2 % normsys, POI
        // near 0.5), which 10 000 toys resolve as a 2σ offset in CLb.
        assertTrue(
                Math.abs(clb - asym.clbObserved()) < 3 * errB + 1e-3,
                "CLb toys " + clb + " +- " + errB + " vs asymptotic " + asym.clbObserved());
    }

    @Test
    void toysAgreeWithTheAsymptoticTailsWithinStatisticalError() {
        compareWithToys(1000);
    }

    @Test
    void tenThousandToysAgreeWithTheAsymptoticTails() {
        Requirements.validationProfile();
        compareWithToys(10_000);
    }
}
