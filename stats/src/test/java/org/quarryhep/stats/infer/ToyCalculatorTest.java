package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.Requirements;

/** Toys against asymptotics on a high-count model, and reproducibility. */
class ToyCalculatorTest {

    /** Two bins with O(1000) counts and a 2 % normalisation systematic: the asymptotic regime. */
    static WorkspaceBuilder highCountWorkspace() {
        return new WorkspaceBuilder()
                .setPoi("mu")
                .setObservation("SR", new double[] {1040, 1010})
                .addSample("SR", "signal", new double[] {60, 40})
                .optNormFactor("mu")
                .addSample("SR", "background", new double[] {1000, 1000})
                .optNormSys("bkg_norm", 1.02, 0.98);
    }

    static Model highCountModel() {
        return Model.compile(highCountWorkspace().build());
    }

    /**
     * Tests μ = 1 asymptotically and with toys (two threads).
     *
     * @return {asymptotic, toys}
     */
    static HypoTestResult[] asymptoticAndToys(
            Model model, TestStatistic stat, int toys, long seed) {
        Fitter fitter = Fitter.of(model);
        return new HypoTestResult[] {
            new AsymptoticCalculator(fitter, stat).hypotest(1.0, model.observedData()),
            new ToyCalculator(fitter, stat, toys, new RandomStreams(seed), 2)
                    .hypotest(1.0, model.observedData(), null)
        };
    }

    private static void compareWithAsymptotics(int toys) {
        HypoTestResult[] both = asymptoticAndToys(highCountModel(), TestStatistic.QTILDE, toys, 7);
        HypoTestResult asym = both[0];
        HypoTestResult toy = both[1];
        // Statistical error of a toy CLs: binomial errors of CLs+b and CLb propagated to the ratio.
        double clsb = toy.clsbObserved();
        double clb = toy.clbObserved();
        double err =
                toy.clsObserved()
                        * Math.sqrt(
                                (1 - clsb) / Math.max(clsb * toys, 1)
                                        + (1 - clb) / Math.max(clb * toys, 1));
        double diff = Math.abs(toy.clsObserved() - asym.clsObserved());
        System.out.printf(
                "TOYS n=%d CLs toys %.5f +- %.5f, asymptotic %.5f (%.2f sigma)%n",
                toys, toy.clsObserved(), err, asym.clsObserved(), diff / err);
        assertTrue(
                diff < 3 * err,
                "toys "
                        + toy.clsObserved()
                        + " +- "
                        + err
                        + " vs asymptotic "
                        + asym.clsObserved());
        double[] band = toy.clsExpected();
        for (int k = 0; k + 1 < 5; k++) {
            assertTrue(band[k] <= band[k + 1], "expected band ascends: " + Arrays.toString(band));
        }
    }

    @Test
    void smallToyEnsembleAgreesWithAsymptoticsWithinStatisticalError() {
        compareWithAsymptotics(300);
    }

    @Test
    void tenThousandToysAgreeWithAsymptotics() {
        Requirements.validationProfile();
        compareWithAsymptotics(10_000);
    }

    @Test
    void sameSeedGivesIdenticalEnsemblesForAnyThreadCountAndNewSeedDiffers() {
        Model model = highCountModel();
        Fitter fitter = Fitter.of(model);
        ToyCalculator.Ensembles one =
                new ToyCalculator(fitter, TestStatistic.QTILDE, 40, new RandomStreams(11), 1)
                        .ensembles(1.0, model.observedData(), null);
        ToyCalculator.Ensembles two =
                new ToyCalculator(fitter, TestStatistic.QTILDE, 40, new RandomStreams(11), 3)
                        .ensembles(1.0, model.observedData(), null);
        ToyCalculator.Ensembles other =
                new ToyCalculator(fitter, TestStatistic.QTILDE, 40, new RandomStreams(12), 2)
                        .ensembles(1.0, model.observedData(), null);
        assertArrayEquals(one.signalPlusBackground(), two.signalPlusBackground(), 0.0);
        assertArrayEquals(one.backgroundOnly(), two.backgroundOnly(), 0.0);
        assertFalse(Arrays.equals(one.backgroundOnly(), other.backgroundOnly()));
    }

    @Test
    void percentileAndTailFollowNumpyConventions() {
        double[] v = {1, 2, 3, 4};
        // numpy.percentile([1,2,3,4], 50) = 2.5 (linear); fraction of values >= 3 is 0.5.
        org.quarryhep.testkit.Tolerance.assertClose(
                2.5, ToyCalculator.percentile(v, 0.5), 0, 1e-15);
        org.quarryhep.testkit.Tolerance.assertClose(0.5, ToyCalculator.tail(v, 3), 0, 0);
        org.quarryhep.testkit.Tolerance.assertClose(1.0, ToyCalculator.tail(v, -1), 0, 0);
    }
}
