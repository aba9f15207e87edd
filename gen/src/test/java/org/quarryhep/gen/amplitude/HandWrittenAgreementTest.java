package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.process.DrellYanProcess;
import org.quarryhep.gen.process.TopPairProcess;
import org.quarryhep.gen.process.WProductionProcess;

/**
 * The recursion against the hand-written closed forms of {@code gen.process} where they overlap, at
 * random points, to relative 1e-10 (the closed forms are independent code: traces done by hand,
 * validated against physics-formulas.md).
 */
class HandWrittenAgreementTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final StandardModel SM = MODEL.sm();
    private static final double TOLERANCE = 1e-10;

    private static MatrixElement me(String process) {
        return new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
    }

    @Test
    void drellYanMatchesTheClosedForm() {
        SplittableRandom rng = new RandomStreams(19).stream(1);
        for (String[] c : new String[][] {{"d d~ > e- e+", "1"}, {"u u~ > mu- mu+", "2"}}) {
            MatrixElement me = me(c[0]);
            for (int i = 0; i < 5; i++) {
                double sqrtS = 40 + 400 * rng.nextDouble();
                FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {0, 0}, rng);
                double s = sqrtS * sqrtS;
                double t = p[0].minus(p[2]).m2();
                double u = p[0].minus(p[3]).m2();
                double expected =
                        DrellYanProcess.matrixElement(SM, Integer.parseInt(c[1]), s, t, u);
                assertEquals(expected, me.squared(p), TOLERANCE * expected, c[0]);
            }
        }
    }

    @Test
    void topPairsMatchTheClosedForms() {
        SplittableRandom rng = new RandomStreams(19).stream(2);
        double mt = SM.mTop();
        double gs4 = Math.pow(4 * Math.PI * MODEL.alphaS(), 2);
        MatrixElement gg = me("g g > t t~");
        MatrixElement uu = me("u u~ > t t~");
        MatrixElement dd = me("d~ d > t t~");
        for (int i = 0; i < 5; i++) {
            double sqrtS = 2 * mt + 10 + 2000 * rng.nextDouble();
            FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {mt, mt}, rng);
            double s = sqrtS * sqrtS;
            double t = p[0].minus(p[2]).m2();
            double expectGg = gs4 * TopPairProcess.gluonMatrixElement(s, t, mt);
            assertEquals(expectGg, gg.squared(p), TOLERANCE * expectGg, "g g > t t~");
            double expectQq = gs4 * TopPairProcess.quarkMatrixElement(s, t, mt);
            assertEquals(expectQq, uu.squared(p), TOLERANCE * expectQq, "u u~ > t t~");
            // d~ d: the antiquark comes first, so t is measured from the second beam
            double tBar = p[1].minus(p[2]).m2();
            double expectDd = gs4 * TopPairProcess.quarkMatrixElement(s, tBar, mt);
            assertEquals(expectDd, dd.squared(p), TOLERANCE * expectDd, "d~ d > t t~");
        }
    }

    @Test
    void wProductionMatchesTheClosedForm() {
        // WProductionProcess.matrixElement(s, u), u = (p_q - p_fbar)², the final antifermion
        // being e+ for W+ and the antineutrino for W-; s-channel W with its width
        SplittableRandom rng = new RandomStreams(19).stream(3);
        String[] processes = {"u d~ > ve e+", "d u~ > e- ve~", "c s~ > vm mu+"};
        for (String process : processes) {
            MatrixElement me = me(process);
            for (int i = 0; i < 5; i++) {
                double sqrtS = 20 + 300 * rng.nextDouble();
                FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {0, 0}, rng);
                double u = p[0].minus(p[3]).m2();
                double expected = WProductionProcess.matrixElement(SM, sqrtS * sqrtS, u);
                assertEquals(expected, me.squared(p), TOLERANCE * expected, process);
            }
        }
    }
}
