package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * The t t̄ spin correlation of the S–QCD interference and of the total g g → t t̄ + S sample.
 *
 * <p>{@link InterferenceAmplitude} computes the decayed interference in full. It is checked against
 * Dicus, Stange and Willenbrock (hep-ph/9404359, eq. 3; physics-formulas.md §9): summed over top
 * spins, Σ̄|M|²_int ∝ ŝ β^q/(1 − β²cos²θ) · Re(A/D) with q = 2 (H) and 0 (A). Decayed, it must
 * equal the signal's spin weight {@link TopPairAmplitude#scalarWeight} at every point, for any
 * complex A/D: the ggS vertex projects the QCD amplitude, summed over gluon helicities, onto the
 * same J = 0 top-spin state as M_S (CP), which is what the generator uses.
 */
class TopPairInterferenceSpinTest {
    private static final double MT = 173;

    /** A random g g → t t̄ point in the lab: {k1, k2, t, t̄}, with its β and cos θ*. */
    private static FourMomentum[] point(SplittableRandom r, double[] betaCos) {
        double rootS = 350 + 1500 * r.nextDouble();
        double cos = 2 * r.nextDouble() - 1;
        double phi = 2 * Math.PI * r.nextDouble();
        double boost = Math.tanh(3 * r.nextDouble() - 1.5);
        double p = Math.sqrt(rootS * rootS / 4 - MT * MT);
        double sin = Math.sqrt(1 - cos * cos);
        betaCos[0] = 2 * p / rootS;
        betaCos[1] = cos;
        FourMomentum k1 = new FourMomentum(0, 0, rootS / 2, rootS / 2).boost(0, 0, boost);
        FourMomentum k2 = new FourMomentum(0, 0, -rootS / 2, rootS / 2).boost(0, 0, boost);
        FourMomentum t =
                new FourMomentum(
                                p * sin * Math.cos(phi),
                                p * sin * Math.sin(phi),
                                p * cos,
                                rootS / 2)
                        .boost(0, 0, boost);
        return new FourMomentum[] {k1, k2, t, k1.plus(k2).minus(t)};
    }

    @ParameterizedTest
    @CsvSource({"false, 2", "true, 0"})
    void spinSummedInterferenceHasTheShapeOfTheProductionFormula(boolean cpOdd, int q) {
        double constant = Double.NaN;
        SplittableRandom r = new SplittableRandom(4);
        double[] bc = new double[2];
        for (int i = 0; i < 50; i++) {
            FourMomentum[] k = point(r, bc);
            double[] y = InterferenceAmplitude.spinSummed(cpOdd, MT, k[0], k[1], k[2], k[3]);
            // H: real; A: imaginary (the factor i of the pseudoscalar Yukawa coupling).
            double value = cpOdd ? y[1] : y[0];
            double other = cpOdd ? y[0] : y[1];
            Tolerance.assertClose(0, other, 0, 1e-12 * Math.abs(value), "vanishing part");
            double shat = k[0].plus(k[1]).m2();
            double shape = shat * Math.pow(bc[0], q) / (1 - bc[0] * bc[0] * bc[1] * bc[1]);
            if (Double.isNaN(constant)) {
                constant = value / shape;
            }
            Tolerance.assertClose(constant, value / shape, 1e-10, 0, "spin sum / shape");
        }
    }

    @ParameterizedTest
    @CsvSource({"false, 1.0, 0.0", "false, 0.3, 0.8", "true, -0.5, 0.2", "true, 0.1, -1.0"})
    void decayedInterferenceDecaysLikeTheSignal(boolean cpOdd, double zRe, double zIm) {
        SplittableRandom r = new SplittableRandom(8);
        double[] bc = new double[2];
        for (int i = 0; i < 500; i++) {
            FourMomentum[] k = point(r, bc);
            // Massless b: the spinor algebra of both weights treats the b as massless.
            FourMomentum[] d1 = Decays.top(k[2], 80.419, 0, r);
            FourMomentum[] d2 = Decays.top(k[3], 80.419, 0, r);
            double full = InterferenceAmplitude.weight(cpOdd, MT, zRe, zIm, k[0], k[1], d1, d2);
            double signal =
                    TopPairAmplitude.scalarWeight(
                            cpOdd, MT, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
            Tolerance.assertClose(signal, full, 1e-9, 1e-12, "point " + i);
        }
    }

    @Test
    void totalSampleDecayWeightIsAProbabilityAcrossTheResonance() {
        // m_S = 500 GeV, Γ = 25 GeV: below the peak the interference is negative and can
        // exceed the signal, so S + I < 0 is covered.
        Collider c = Fixtures.lhc13(500, Map.of());
        double mt = c.sm().mTop();
        for (boolean cpOdd : new boolean[] {false, true}) {
            TopPairResonanceProcess p =
                    new TopPairResonanceProcess(
                            500,
                            1,
                            cpOdd,
                            25,
                            TopPairResonanceProcess.TOTAL,
                            TopPairProcess.DILEPTON);
            SplittableRandom r = new SplittableRandom(12);
            double sum = 0;
            int n = 0;
            double max = 0;
            double min = Double.MAX_VALUE;
            boolean destructive = false;
            for (int i = 0; i < 200; i++) {
                double rootS = 420 + 160 * r.nextDouble();
                double cos = 2 * r.nextDouble() - 1;
                double pt = Math.sqrt(rootS * rootS / 4 - mt * mt);
                double sin = Math.sqrt(1 - cos * cos);
                FourMomentum[] m = {
                    new FourMomentum(0, 0, rootS / 2, rootS / 2),
                    new FourMomentum(0, 0, -rootS / 2, rootS / 2),
                    new FourMomentum(pt * sin, 0, pt * cos, rootS / 2),
                    new FourMomentum(-pt * sin, 0, -pt * cos, rootS / 2)
                };
                double[] d = p.differential(rootS * rootS, cos, 0.1, mt, c.sm().gF(), 25);
                destructive |= d[0] + d[1] < 0;
                TopPairProcess.DecayCorrelation total = p.totalCorrelation(m, 0.1, c);
                for (int j = 0; j < 200; j++) {
                    FourMomentum[] d1 = Decays.top(m[2], c.sm().mW(), 0, r);
                    FourMomentum[] d2 = Decays.top(m[3], c.sm().mW(), 0, r);
                    double w = total.weight(d1, d2);
                    max = Math.max(max, w);
                    min = Math.min(min, w);
                    sum += w;
                    n++;
                }
            }
            assertTrue(destructive, "the scan reaches S + I < 0");
            assertTrue(
                    min >= 0 && max <= TopPairAmplitude.BOUND,
                    "weights in [" + min + ", " + max + "]");
            // Unit mean over decays at every point, so over all: 40 000 draws, rms < 1.
            Tolerance.assertClose(1.0, sum / n, 0, 0.02, "<w>");
        }
    }
}
