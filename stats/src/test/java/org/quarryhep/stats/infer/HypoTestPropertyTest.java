package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.Tolerance;

/**
 * Properties of asymptotic CLs on random one- and two-bin models (jqwik prints the seed on
 * failure).
 */
class HypoTestPropertyTest {
    private static Model model(double s, double b, double sigma, double n1, double n2) {
        return Model.compile(
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {n1, n2})
                        .addSample("SR", "signal", new double[] {s, 0.5 * s})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {b, 2 * b})
                        .optShapeSys("unc", new double[] {sigma * b, sigma * 2 * b})
                        .build());
    }

    @Property(tries = 40)
    void clsMatchesTheClosedFormProfileAndTheBandAscends(
            @ForAll @DoubleRange(min = 1, max = 50) double s,
            @ForAll @DoubleRange(min = 5, max = 200) double b,
            @ForAll @DoubleRange(min = 0.02, max = 0.5) double sigma,
            @ForAll @DoubleRange(min = 0, max = 3) double k1,
            @ForAll @DoubleRange(min = 0, max = 3) double k2,
            @ForAll @DoubleRange(min = 0.2, max = 3) double mu) {
        double[] n = {Math.round(k1 * b), Math.round(k2 * 2 * b)};
        Model m = model(s, b, sigma, n[0], n[1]);
        HypoTestResult r =
                new AsymptoticCalculator(Fitter.of(m), TestStatistic.QTILDE)
                        .hypotest(mu, m.observedData());
        // Reference: the same model profiled in closed form, only mu fitted numerically
        // (ClosedFormShapeSysCls). 1e-5 allows for the minimiser's stopping rule on the hardest
        // random models (HistFactoryMinimumPeerTest measures 1.6e-6 on the validation set).
        double[] ref =
                new ClosedFormShapeSysCls(new double[] {s, 0.5 * s}, new double[] {b, 2 * b}, sigma)
                        .cls(n, mu);
        Tolerance.assertClose(ref[0], r.clsObserved(), 0, 1e-5, "CLs observed");
        Tolerance.assertClose(ref[1], r.clsExpected()[2], 0, 1e-5, "CLs expected median");
        double[] band = r.clsExpected();
        for (int i = 0; i < 4; i++) {
            assertTrue(
                    band[i] <= band[i + 1] + 1e-12,
                    "band ascends: " + java.util.Arrays.toString(band));
        }
        assertTrue(band[0] >= 0 && band[4] <= 1);
    }

    @Property(tries = 25)
    void backgroundOnlyAsimovDataGiveTheMedianExpectedCls(
            @ForAll @DoubleRange(min = 1, max = 50) double s,
            @ForAll @DoubleRange(min = 5, max = 200) double b,
            @ForAll @DoubleRange(min = 0.02, max = 0.5) double sigma,
            @ForAll @DoubleRange(min = 0.2, max = 3) double mu) {
        Model m = model(s, b, sigma, b, 2 * b);
        AsymptoticCalculator calc = new AsymptoticCalculator(Fitter.of(m), TestStatistic.QTILDE);
        ObservedData asimov = calc.asimovData(m.observedData());
        HypoTestResult r = calc.hypotest(mu, asimov);
        // On the μ = 0 Asimov data the observed statistic equals q_A, so CLs_obs is the median.
        Tolerance.assertClose(r.clsExpected()[2], r.clsObserved(), 1e-6, 1e-9, "median");
    }
}
