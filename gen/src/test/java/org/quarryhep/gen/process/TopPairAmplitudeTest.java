package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * The spin-correlated t t̄ amplitude against the closed-form production matrix elements of
 * physics-formulas.md §4: averaged over V−A top decays, the correlation weight is 1 (narrow-width
 * factorisation), and it never exceeds the accept–reject bound.
 */
class TopPairAmplitudeTest {
    @ParameterizedTest
    @CsvSource({"true, 400, 0.2", "true, 800, -0.8", "false, 400, 0.5", "false, 1000, -0.3"})
    void correlationWeightHasUnitMean(boolean gluons, double rootS, double cos) {
        double mt = 173;
        double mw = 80.419;
        double s = rootS * rootS;
        double p = Math.sqrt(s / 4 - mt * mt);
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum pa = new FourMomentum(0, 0, rootS / 2, rootS / 2);
        FourMomentum pb = new FourMomentum(0, 0, -rootS / 2, rootS / 2);
        FourMomentum t = new FourMomentum(p * sin, 0, p * cos, rootS / 2);
        FourMomentum tb = new FourMomentum(-p * sin, 0, -p * cos, rootS / 2);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 20_000;
        double sum = 0;
        double sum2 = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            // Massless b in the spinor algebra: decay with m_b = 0.
            FourMomentum[] d1 = Decays.top(t, mw, 0, rng);
            FourMomentum[] d2 = Decays.top(tb, mw, 0, rng);
            double r =
                    TopPairAmplitude.correlationWeight(
                            gluons, mt, pa, pb, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
            sum += r;
            sum2 += r * r;
            max = Math.max(max, r);
        }
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        Tolerance.assertClose(1.0, mean, 0, 5 * err + 1e-3, "<R>");
        assertTrue(max <= TopPairAmplitude.BOUND, "max " + max);
    }

    @ParameterizedTest
    @CsvSource({"false, -0.111", "true, 0.111"})
    void thresholdSpinCorrelationMatchesTheSpinState(boolean gluons, double expected) {
        // Near threshold q qbar -> t tbar is 3S1 with spins along the beam (C = +1) and g g ->
        // t tbar is the 1S0 singlet (C = -1); with (1/sigma) dsigma/dc1 dc2 = (1 - C c1 c2)/4
        // (c1: l+ in the t frame, c2: l- in the tbar frame, beam axis; analysing powers +1, -1)
        // <c1 c2> = -C/9 (Bernreuther et al., hep-ph/0403035; beta^2 corrections ~ 0.015 at
        // sqrt(shat) = 350 GeV, beta = 0.12).
        double mt = 173;
        double rootS = 350;
        double p = Math.sqrt(rootS * rootS / 4 - mt * mt);
        FourMomentum pa = new FourMomentum(0, 0, rootS / 2, rootS / 2);
        FourMomentum pb = new FourMomentum(0, 0, -rootS / 2, rootS / 2);
        FourMomentum t = new FourMomentum(p * 0.6, 0, p * 0.8, rootS / 2);
        FourMomentum tb = new FourMomentum(-p * 0.6, 0, -p * 0.8, rootS / 2);
        SplittableRandom rng = new SplittableRandom(11);
        double num = 0;
        double den = 0;
        for (int i = 0; i < 40_000; i++) {
            FourMomentum[] d1 = Decays.top(t, 80.419, 0, rng);
            FourMomentum[] d2 = Decays.top(tb, 80.419, 0, rng);
            double r =
                    TopPairAmplitude.correlationWeight(
                            gluons, mt, pa, pb, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
            FourMomentum l1 = d1[2].inRestFrameOf(t);
            FourMomentum l2 = d2[2].inRestFrameOf(tb);
            num += r * (l1.pz() / l1.p()) * (l2.pz() / l2.p());
            den += r;
        }
        // Statistical error ~ 1/(3 sqrt(n)) = 0.002; tolerance 0.025 covers beta^2 terms.
        Tolerance.assertClose(expected, num / den, 0, 0.025, "<c1 c2>");
    }
}
