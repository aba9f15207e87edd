package org.quarryhep.stats.fit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.ClosedFormShapeSysCls;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.Tolerance;

/**
 * Regression for a deficit far below the background (1 and 9 events observed over 109.7 and 219.4
 * expected, 50 % shapesys), found by {@code HypoTestPropertyTest}: BFGS updates made the inverse
 * Hessian nearly singular along the gradient, the fit stopped 1.5 units of −ln L above the minimum
 * on the data and ran out of iterations on the Asimov data. Later, with the closed-form reference
 * below, the conditional fits at 0 &lt; μ ≤ 0.3 were found stopping 0.13 units above the minimum
 * with a gradient of 20 (the near-singular inverse Hessian predicted no decrease): q̃ came out
 * 0.640 instead of 0.378 and CLs 0.636 instead of 0.827.
 */
class DeficitFitRegressionTest {
    private static final double B = 109.72;
    private static final double[] OBSERVED = {1, 9};
    private static final double SIGMA = 0.5;

    private static Model model() {
        return Model.compile(
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", OBSERVED)
                        .addSample("SR", "signal", new double[] {1, 0.5})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {B, 2 * B})
                        .optShapeSys("unc", new double[] {SIGMA * B, SIGMA * 2 * B})
                        .build());
    }

    @ParameterizedTest(name = "mu = {0}")
    @ValueSource(doubles = {0.0, 0.1, 0.2, 0.3})
    void conditionalFitReachesTheClosedFormGammas(double mu) {
        // Each bin is Poisson(n | mu s + g b) Poisson(tau | g tau) with tau = (b/sigma_b)^2 =
        // 1/sigma^2 = 4, so d(-ln L)/dg = 0 is the quadratic (b + tau) b g^2 + ((b + tau) mu s - n
        // b
        // - tau b) g - tau mu s = 0, independently of the minimiser; at mu = 0 its root is
        // g = (n + tau)/(b + tau).
        Model m = model();
        FitResult fit = Fitter.of(m).fixedPoiFit(mu, m.observedData());
        double tau = 1 / (SIGMA * SIGMA);
        double[] gamma = fit.bestFit();
        double[] b = {B, 2 * B};
        double[] s = {1, 0.5};
        for (int bin = 0; bin < 2; bin++) {
            double qa = (b[bin] + tau) * b[bin];
            double qb = (b[bin] + tau) * mu * s[bin] - OBSERVED[bin] * b[bin] - tau * b[bin];
            double qc = -tau * mu * s[bin];
            double expected = (-qb + Math.sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
            // The minimiser stops when its predicted decrease is below 1e-11 |-ln L| (5e-10
            // here); with curvature d2(-ln L)/dg2 of about 2600 that leaves g uncertain by up to
            // sqrt(2 * 5e-10 / 2600) = 6e-7, 1.4e-5 relative: allow 2e-5. The bug this guards
            // against was 20% off.
            Tolerance.assertClose(expected, gamma[1 + bin], 2e-5, 0, "gamma[" + bin + "]");
        }
    }

    @Test
    void freeFitAndHypotestConverge() {
        Model m = model();
        Fitter fitter = Fitter.of(m);
        // The deficit pulls μ to its lower bound 0, so the free fit equals the conditional one.
        FitResult free = fitter.fit(m.observedData());
        FitResult atZero = fitter.fixedPoiFit(0.0, m.observedData());
        Tolerance.assertClose(atZero.nll(), free.nll(), 1e-9, 1e-9, "-ln L free vs mu = 0");
        HypoTestResult r =
                new AsymptoticCalculator(fitter, TestStatistic.QTILDE)
                        .hypotest(0.2, m.observedData());
        // Reference: the same model profiled in closed form (ClosedFormShapeSysCls). 1e-6 is the
        // accuracy HistFactoryMinimumPeerTest measures for Quarry's minimiser (1.6e-6 in CLs at
        // worst on the validation workspaces; this small model is easier).
        double[] ref =
                new ClosedFormShapeSysCls(new double[] {1, 0.5}, new double[] {B, 2 * B}, SIGMA)
                        .cls(OBSERVED, 0.2);
        Tolerance.assertClose(ref[0], r.clsObserved(), 0, 1e-6, "CLs observed");
        Tolerance.assertClose(ref[1], r.clsExpected()[2], 0, 1e-6, "CLs expected median");
    }
}
