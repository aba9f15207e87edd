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
        int n = 80_000;
        double sum = 0;
        double sum2 = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            FourMomentum[] d1 = Decays.isotropic(wm, 0, 0, rng);
            FourMomentum[] d2 = Decays.isotropic(wp, 0, 0, rng);
            double r =
                    WPairAmplitude.squared(SM, q, pa, pb, d1[0], d1[1], d2[0], d2[1])
                            / (norm * prod);
            sum += r;
            sum2 += r * r;
            max = Math.max(max, r);
        }
        // The accept-reject bound used by WPairProcess: each W's decay density is at most 3
        // times its average (|d^1_{m,+-1}|^2 <= (3/2)/(1/2)), so R <= 9.
        org.junit.jupiter.api.Assertions.assertTrue(
                max <= BosonPairProcess.DECAY_WEIGHT_BOUND, "max R " + max);
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        Tolerance.assertClose(1.0, mean, 0, 5 * err + 1e-3, "<R>");
    }

    @ParameterizedTest
    @CsvSource({
        "2, 11, 13, 300, 0.3",
        "1, 13, 14, 500, -0.7",
        "2, 12, 11, 1000, 0.95",
        "1, 11, 11, 3000, 0.1"
    })
    void zzDecayAveragedAmplitudeEqualsTheProductionMatrixElement(
            int q, int f1, int f2, double rootS, double cos) {
        double s = rootS * rootS;
        double mz = SM.mZ();
        double p = Math.sqrt(s / 4 - mz * mz);
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum pa = new FourMomentum(0, 0, rootS / 2, rootS / 2);
        FourMomentum pb = new FourMomentum(0, 0, -rootS / 2, rootS / 2);
        FourMomentum z1 = new FourMomentum(p * sin, 0, p * cos, rootS / 2);
        FourMomentum z2 = new FourMomentum(-p * sin, 0, -p * cos, rootS / 2);
        double norm =
                ZPairAmplitude.decayNorm(SM, f1, f2)
                        * ZPairProcess.matrixElement(SM, q, s, pa.minus(z1).m2());
        SplittableRandom rng = new SplittableRandom(q * 7L + f1 + (long) rootS);
        int n = 50_000;
        double sum = 0;
        double sum2 = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            FourMomentum[] d1 = Decays.isotropic(z1, 0, 0, rng);
            FourMomentum[] d2 = Decays.isotropic(z2, 0, 0, rng);
            double r =
                    ZPairAmplitude.squared(SM, q, pa, pb, f1, d1[0], d1[1], f2, d2[0], d2[1])
                            / norm;
            sum += r;
            sum2 += r * r;
            max = Math.max(max, r);
        }
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        Tolerance.assertClose(1.0, mean, 0, 5 * err + 1e-3, "<R> ZZ");
        org.junit.jupiter.api.Assertions.assertTrue(
                max <= BosonPairProcess.DECAY_WEIGHT_BOUND, "max R " + max);
    }
}
