package org.quarryhep.gen.process;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * The decays written by {@link TopPairResonanceProcess} (dilepton mode): the signal sample
 * carries the J = 0 t t̄ spin state of S → t t̄, the interference sample unpolarised tops. The
 * expected opening-angle means ⟨l̂₁·l̂₂⟩ (ℓ⁺ in the t frame, ℓ⁻ in the t̄ frame) are derived in
 * {@link TopPairScalarSpinTest}: −1/9 for ³P₀ (H), +1/3 for ¹S₀ (A), 0 for unpolarised tops.
 */
class TopPairResonanceDecayTest {
    @ParameterizedTest
    @CsvSource({"false, 1, -0.1111", "true, 1, 0.3333", "false, 2, 0", "true, 2, 0"})
    void signalDecaysCarryTheSpinState(boolean cpOdd, int component, double expected) {
        Collider c = Fixtures.lhc13(500, Map.of());
        TopPairResonanceProcess p = new TopPairResonanceProcess(500, 1, cpOdd, 20, component,
                TopPairProcess.DILEPTON);
        double mt = c.sm().mTop();
        double rootS = 520;
        double pt = Math.sqrt(rootS * rootS / 4 - mt * mt);
        double cos = 0.4;
        double sin = Math.sqrt(1 - cos * cos);
        // Partons and tops in the t tbar rest frame.
        FourMomentum[] momenta = {
            new FourMomentum(0, 0, rootS / 2, rootS / 2),
            new FourMomentum(0, 0, -rootS / 2, rootS / 2),
            new FourMomentum(pt * sin, 0, pt * cos, rootS / 2),
            new FourMomentum(-pt * sin, 0, -pt * cos, rootS / 2)};
        SplittableRandom rng = new SplittableRandom(5);
        PartonEvent ev = new PartonEvent();
        int n = 20_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            ev.clear();
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
            sum += (l1.px() * l2.px() + l1.py() * l2.py() + l1.pz() * l2.pz())
                    / (l1.p() * l2.p());
        }
        // Statistical error 1/sqrt(3n) = 0.004; the b-quark mass of the process (4.7 GeV,
        // massless in the spinor algebra) shifts the mean by less than 0.01; tolerance 0.02.
        Tolerance.assertClose(expected, sum / n, 0, 0.02, "<cos phi>");
    }
}
