package org.quarryhep.gen.process;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.testkit.Tolerance;

/**
 * The spin-correlated W⁺W⁻ decay amplitude against the closed-form production matrix element:
 * averaged over both decay solid angles, Σ|M|² = (g²M_W²/3)² Σ|M_prod|² (on-shell polarisation
 * sum). At 3 TeV the gauge cancellation makes this fail for a wrong relative sign.
 */
class WPairAmplitudeTest {
    private static final StandardModel SM = StandardModel.madgraphDefaults();

    @ParameterizedTest
    @CsvSource({"2, 300, 0.3", "1, 300, -0.6", "2, 1000, 0.9", "1, 3000, 0.95", "2, 3000, -0.2"})
    void decayAveragedAmplitudeEqualsTheProductionMatrixElement(int q, double rootS, double cos) {
        double s = rootS * rootS;
        double mw = SM.mW();
        double p = Math.sqrt(s / 4 - mw * mw);
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum pa = new FourMomentum(0, 0, rootS / 2, rootS / 2);
        FourMomentum pb = new FourMomentum(0, 0, -rootS / 2, rootS / 2);
        FourMomentum wm = new FourMomentum(p * sin, 0, p * cos, rootS / 2);
        FourMomentum wp = new FourMomentum(-p * sin, 0, -p * cos, rootS / 2);
        double prod = WPairProcess.matrixElement(SM, q, s, pa.minus(wm).m2());
        double norm = Math.pow(SM.g() * SM.g() * mw * mw / 3, 2);
        SplittableRandom rng = new SplittableRandom(q * 1000L + (long) rootS);
        int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            FourMomentum[] d1 = Decays.isotropic(wm, 0, 0, rng);
            FourMomentum[] d2 = Decays.isotropic(wp, 0, 0, rng);
            double r = WPairAmplitude.squared(SM, q, pa, pb, d1[0], d1[1], d2[0], d2[1])
                    / (norm * prod);
            sum += r;
            sum2 += r * r;
            max = Math.max(max, r);
        }
        // The accept-reject bound used by WPairProcess: each W's decay density is at most 3
        // times its average (|d^1_{m,+-1}|^2 <= (3/2)/(1/2)), so R <= 9.
        org.junit.jupiter.api.Assertions.assertTrue(max <= WPairProcess.DECAY_WEIGHT_BOUND,
                "max R " + max);
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        Tolerance.assertClose(1.0, mean, 0, 5 * err + 1e-3, "<R>");
    }
}
