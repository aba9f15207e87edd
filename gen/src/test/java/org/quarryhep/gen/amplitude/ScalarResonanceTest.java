package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.process.TopPairProcess;
import org.quarryhep.gen.process.TopPairResonanceProcess;

/**
 * The top-philic scalar in the recursion (the t t̄ S Yukawa and the g g S top-loop vertex with its
 * exact form factor) against the hand-written g g → S → t t̄ of {@code gen.process}: {@code
 * TopPairResonanceProcess.differential} gives the signal and the signed interference with QCD in
 * closed form (Dicus, Stange, Willenbrock, hep-ph/9404359), Σ̄|M|² = 32π ŝ/β · dσ/dcos θ*. The
 * recursion's Σ̄|M_QCD + M_S|² must equal QCD + κ⁴·signal + κ²·interference to relative 1e-10 at κ
 * = 1 and κ = 2 (which separates the two pieces), CP-even and CP-odd, below, on and above the
 * resonance and far above it.
 */
class ScalarResonanceTest {
    private static final AmplitudeModel SM_ONLY = AmplitudeModel.madgraphDefaults();
    private static final double TOLERANCE = 1e-10;

    private static FourMomentum[] point(double sqrtS, double m, double cos, double phi) {
        double e = sqrtS / 2;
        FourMomentum[] f = Points.split(FourMomentum.ofPxPyPzE(0, 0, 0, sqrtS), m, m, cos, phi);
        return new FourMomentum[] {
            FourMomentum.ofPxPyPzE(0, 0, e, e), FourMomentum.ofPxPyPzE(0, 0, -e, e), f[0], f[1]
        };
    }

    private static void check(double mS, double width, boolean cpOdd) {
        double mt = SM_ONLY.sm().mTop();
        double gF = 1 / (Math.sqrt(2) * Math.pow(SM_ONLY.sm().vev(), 2));
        double alphaS = SM_ONLY.alphaS();
        Subprocess sp = ProcessSyntax.subprocesses("g g > t t~ QED=1").get(0);
        SplittableRandom rng = new RandomStreams(23).stream(cpOdd ? 2 : 1);
        TopPairResonanceProcess handWritten =
                new TopPairResonanceProcess(
                        mS, 1, cpOdd, width, TopPairResonanceProcess.TOTAL, TopPairProcess.STABLE);
        for (double kappa : new double[] {1, 2}) {
            AmplitudeModel model = SM_ONLY.withScalar(new ScalarResonance(mS, width, kappa, cpOdd));
            MatrixElement me = new MatrixElement(sp, model);
            for (double sqrtS : new double[] {mS - 3 * width, mS, mS + 0.5 * width, 1.7 * mS}) {
                double cos = 2 * rng.nextDouble() - 1;
                FourMomentum[] p = point(sqrtS, mt, cos, 2 * Math.PI * rng.nextDouble());
                double shat = sqrtS * sqrtS;
                double beta = Math.sqrt(1 - 4 * mt * mt / shat);
                double t = p[0].minus(p[2]).m2();
                double qcd =
                        Math.pow(4 * Math.PI * alphaS, 2)
                                * TopPairProcess.gluonMatrixElement(shat, t, mt);
                double[] d = handWritten.differential(shat, cos, alphaS, mt, gF, width);
                double toMe = 32 * Math.PI * shat / beta;
                double k2 = kappa * kappa;
                double expected = qcd + toMe * (k2 * k2 * d[0] + k2 * d[1]);
                assertEquals(
                        expected,
                        me.squared(p),
                        TOLERANCE * expected,
                        (cpOdd ? "A" : "H") + " kappa " + kappa + " at " + sqrtS);
            }
        }
    }

    @Test
    void cpEvenScalarMatchesTheHandWrittenSignalAndInterference() {
        check(500, 20, false);
        check(900, 60, false);
    }

    @Test
    void cpOddScalarMatchesTheHandWrittenSignalAndInterference() {
        check(500, 20, true);
        check(900, 60, true);
    }

    @Test
    void formFactorsHaveTheirHeavyTopLimitsAndAreContinuous() {
        // A_H → 4/3 and A_A → 2 as τ → 0 (Spira et al., hep-ph/9504378); the series used near
        // τ = 0 joins the closed forms at |τ| = 1e-3 to 1e-9
        assertEquals(4.0 / 3, ScalarResonanceVertices.formFactor(1e-9, false)[0], 1e-9);
        assertEquals(2, ScalarResonanceVertices.formFactor(-1e-9, true)[0], 1e-9);
        for (boolean odd : new boolean[] {false, true}) {
            for (double tau : new double[] {1e-3, -1e-3}) {
                double below = ScalarResonanceVertices.formFactor(tau * (1 - 1e-9), odd)[0];
                double above = ScalarResonanceVertices.formFactor(tau * (1 + 1e-9), odd)[0];
                assertEquals(below, above, 1e-9, "tau " + tau);
            }
        }
    }

    @Test
    void processesBeyondTheLoopVertexAreRefused() {
        AmplitudeModel model = SM_ONLY.withScalar(new ScalarResonance(500, 20, 1, false));
        Subprocess sp = ProcessSyntax.subprocesses("g g > t t~ g QED=1").get(0);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new MatrixElement(sp, model));
        assertEquals(true, e.getMessage().contains("g g > t t~ g"), e.getMessage());
    }
}
