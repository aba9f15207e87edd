package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * The t t̄ spin correlation of the (pseudo)scalar signal g g → S → t t̄ ({@link
 * TopPairAmplitude#scalarWeight}) against the spin state of a J = 0 t t̄ pair.
 *
 * <p>Expected values (derived here; the spin states are those of Bernreuther, Brandenburg and
 * Flesch, hep-ph/9701347, §2): S couples only to equal t, t̄ helicities, so the total spin
 * projection on the top direction k̂ (t t̄ rest frame) is 0 at every β; CP-odd ū γ⁵ v gives the
 * singlet ¹S₀ with ⟨σ₁ⁱσ₂ʲ⟩ = −δⁱʲ, CP-even ū v the triplet ³P₀ (m = 0 along k̂) with ⟨σ₁ⁱσ₂ʲ⟩ =
 * δⁱʲ − 2k̂ⁱk̂ʲ, and neither top is polarised. With analysing powers +1 (ℓ⁺ from t) and −1 (ℓ⁻ from
 * t̄), the lepton directions l̂₁ (t frame) and l̂₂ (t̄ frame) are distributed as (1 − l̂₁ⁱ l̂₂ʲ
 * ⟨σ₁ⁱσ₂ʲ⟩)/(4π)², so ⟨l̂₁ⁱ l̂₂ʲ⟩ = −⟨σ₁ⁱσ₂ʲ⟩/9: the opening angle gives ⟨cos φ⟩ = ⟨l̂₁·l̂₂⟩ = +1/3
 * (¹S₀; dσ/dcos φ ∝ 1 − D cos φ with D = −1) and −1/9 (³P₀; D = +1/3), and in the helicity basis
 * (c₁ = l̂₁·k̂, c₂ = −l̂₂·k̂) ⟨c₁c₂⟩ = −1/9 for both (C_hel = 1 in 1 − C c₁c₂), ⟨c₁⟩ = 0.
 */
class TopPairScalarSpinTest {
    @ParameterizedTest
    @CsvSource({"false, 400, 0.3", "false, 900, -0.7", "true, 360, 0.1", "true, 700, 0.9"})
    void decayAnglesFollowTheJ0SpinState(boolean cpOdd, double rootS, double cos) {
        double mt = 173;
        double mw = 80.419;
        double p = Math.sqrt(rootS * rootS / 4 - mt * mt);
        double sin = Math.sqrt(1 - cos * cos);
        // The tops in the t tbar rest frame, so that inRestFrameOf(t) is the t rest frame
        // reached from it.
        FourMomentum t = new FourMomentum(p * sin, 0, p * cos, rootS / 2);
        FourMomentum tb = new FourMomentum(-p * sin, 0, -p * cos, rootS / 2);
        double[] k = {sin, 0, cos};
        SplittableRandom rng = new SplittableRandom(17);
        int n = 100_000;
        double sw = 0;
        double sw2 = 0;
        double max = 0;
        double sPhi = 0;
        double sC12 = 0;
        double sC1 = 0;
        for (int i = 0; i < n; i++) {
            // Massless b in the spinor algebra: decay with m_b = 0.
            FourMomentum[] d1 = Decays.top(t, mw, 0, rng);
            FourMomentum[] d2 = Decays.top(tb, mw, 0, rng);
            double w =
                    TopPairAmplitude.scalarWeight(
                            cpOdd, mt, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
            double[] l1 = unit(d1[2].inRestFrameOf(t));
            double[] l2 = unit(d2[2].inRestFrameOf(tb));
            double c1 = dot(l1, k);
            double c2 = -dot(l2, k);
            sw += w;
            sw2 += w * w;
            max = Math.max(max, w);
            sPhi += w * dot(l1, l2);
            sC12 += w * c1 * c2;
            sC1 += w * c1;
        }
        double mean = sw / n;
        double err = Math.sqrt((sw2 / n - mean * mean) / n);
        // Unit mean: integrated over decay angles the decayed |M|^2 is the undecayed
        // Tr[(pt + mt) G (ptb - mt) G-bar] = 2 shat beta^2 (H) or 2 shat (A), the beta^3 and
        // beta^1 of Dicus-Stange-Willenbrock's dsigma_S/dcos (hep-ph/9404359) times beta/shat.
        Tolerance.assertClose(1.0, mean, 0, 5 * err + 1e-3, "<w>");
        assertTrue(max <= TopPairAmplitude.BOUND, "max weight " + max);
        // Statistical errors: |w| <= 4 and each product <= 1 in size give sqrt(<w^2 x^2>/n)
        // below 0.004 for n = 1e5 (measured spread ~0.002); tolerance 0.012.
        Tolerance.assertClose(cpOdd ? 1.0 / 3 : -1.0 / 9, sPhi / sw, 0, 0.012, "<cos phi>");
        Tolerance.assertClose(-1.0 / 9, sC12 / sw, 0, 0.012, "<c1 c2> helicity basis");
        Tolerance.assertClose(0.0, sC1 / sw, 0, 0.012, "<c1>");
    }

    private static double[] unit(FourMomentum p) {
        double n = p.p();
        return new double[] {p.px() / n, p.py() / n, p.pz() / n};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
