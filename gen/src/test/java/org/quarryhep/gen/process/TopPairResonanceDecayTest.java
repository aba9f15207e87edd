package org.quarryhep.gen.process;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * The decays written by {@link TopPairResonanceProcess} (dilepton mode): the signal and the
 * interference samples carry the J = 0 t t̄ spin state of S → t t̄ ({@link
 * TopPairInterferenceSpinTest}), the total sample the mixture of that state with the QCD spin
 * correlation. The expected opening-angle means ⟨l̂₁·l̂₂⟩ (ℓ⁺ in the t frame, ℓ⁻ in the t̄ frame)
 * are derived in {@link TopPairScalarSpinTest}: −1/9 for ³P₀ (H), +1/3 for ¹S₀ (A).
 */
class TopPairResonanceDecayTest {
    @ParameterizedTest
    @CsvSource({"false, 1, -0.1111", "true, 1, 0.3333", "false, 2, -0.1111", "true, 2, 0.3333"})
    void signalAndInterferenceDecaysCarryTheSpinState(
            boolean cpOdd, int component, double expected) {
        // Statistical error 1/sqrt(3n) = 0.004; the b-quark mass of the process (4.7 GeV,
        // massless in the spinor algebra) shifts the mean by less than 0.01; tolerance 0.02.
        Tolerance.assertClose(
                expected, meanCosPhi(cpOdd, component, 520, 20), 0, 0.02, "<cos phi>");
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void totalSampleMixesTheQcdAndJ0SpinStatesByTheirRates(boolean cpOdd) {
        // At this point |M|^2 = Q + (S + I); QCD decays with its own correlation (measured from
        // the background sample at the same point), S and I with the J = 0 state's.
        Collider c = Fixtures.lhc13(500, Map.of());
        double mt = c.sm().mTop();
        // On the peak of a narrow S (m = 500, Γ = 5 GeV) S + I is comparable to Q.
        double rootS = 500;
        double width = 5;
        TopPairResonanceProcess p =
                new TopPairResonanceProcess(
                        500,
                        1,
                        cpOdd,
                        width,
                        TopPairResonanceProcess.TOTAL,
                        TopPairProcess.DILEPTON);
        double shat = rootS * rootS;
        double beta = Math.sqrt(1 - 4 * mt * mt / shat);
        double t = mt * mt - shat / 2 * (1 - beta * COS);
        double gs2 = 4 * Math.PI * ALPHA_S;
        double q = gs2 * gs2 * TopPairProcess.gluonMatrixElement(shat, t, mt);
        double[] d = p.differential(shat, COS, ALPHA_S, mt, c.sm().gF(), width);
        double sPlusI = 32 * Math.PI * shat / beta * (d[0] + d[1]);
        double j0 = cpOdd ? 1.0 / 3 : -1.0 / 9;
        double expected = (q * meanCosPhi(cpOdd, 0, rootS, width) + sPlusI * j0) / (q + sPlusI);
        Tolerance.assertClose(
                expected, meanCosPhi(cpOdd, 3, rootS, width), 0, 0.015, "<cos phi> total");
    }

    private static final double COS = 0.4;
    private static final double ALPHA_S = 0.1;

    private static double meanCosPhi(boolean cpOdd, int component, double rootS, double width) {
        Collider c = Fixtures.lhc13(500, Map.of());
        TopPairResonanceProcess p =
                new TopPairResonanceProcess(
                        500, 1, cpOdd, width, component, TopPairProcess.DILEPTON);
        double mt = c.sm().mTop();
        double pt = Math.sqrt(rootS * rootS / 4 - mt * mt);
        double cos = COS;
        double sin = Math.sqrt(1 - cos * cos);
        // Partons and tops in the t tbar rest frame.
        FourMomentum[] momenta = {
            new FourMomentum(0, 0, rootS / 2, rootS / 2),
            new FourMomentum(0, 0, -rootS / 2, rootS / 2),
            new FourMomentum(pt * sin, 0, pt * cos, rootS / 2),
            new FourMomentum(-pt * sin, 0, -pt * cos, rootS / 2)
        };
        SplittableRandom rng = new SplittableRandom(5);
        PartonEvent ev = new PartonEvent();
        int n = 20_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            ev.clear();
            ev.setPdf(0.1, 0.1, 1, 1, 500, ALPHA_S);
            p.record(ev, new TwoToTwoProcess.Channel(21, 21), momenta, c, rng);
            FourMomentum lp = null;
            FourMomentum lm = null;
            for (PartonEvent.Entry e : ev.entries()) {
                if (e.pdgId() == -11 || e.pdgId() == -13) {
                    lp = e.momentum();
                } else if (e.pdgId() == 11 || e.pdgId() == 13) {
                    lm = e.momentum();
                }
            }
            FourMomentum l1 = lp.inRestFrameOf(momenta[2]);
            FourMomentum l2 = lm.inRestFrameOf(momenta[3]);
            sum += (l1.px() * l2.px() + l1.py() * l2.py() + l1.pz() * l2.pz()) / (l1.p() * l2.p());
        }
        return sum / n;
    }
}
