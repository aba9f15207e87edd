package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.process.SmuonPairProcess;

/**
 * The right-handed smuon in the recursion: q q̄ → μ̃_R⁻μ̃_R⁺ against the hand-written closed form
 * of {@code SmuonPairProcess} (Dawson–Eichten–Quigg; relative 1e-10), and the Ward identity of the
 * photon in u ū → μ̃⁻μ̃⁺γ and μ̃⁻μ̃⁺ → γγ, γZ, which holds only if the seagulls and the V φ φ*
 * vertex fit together (probe Σ|M|² below 1e-18 of the physical one, smuon width 0 so that the
 * s-channel smuon propagator does not break it).
 */
class SmuonTest {
    private static final double M = 300;
    private static final AmplitudeModel MODEL =
            AmplitudeModel.madgraphDefaults().withSmuon(new RightSmuon(M, 0));

    private static MatrixElement me(String process) {
        return new MatrixElement(ProcessSyntax.subprocesses(process, MODEL).get(0), MODEL);
    }

    @Test
    void pairProductionMatchesTheHandWrittenProcess() {
        SplittableRandom rng = new RandomStreams(37).stream(1);
        for (int quark : new int[] {1, 2, 3, 4}) {
            String name = new String[] {"d", "u", "s", "c"}[quark - 1];
            MatrixElement me = me(name + " " + name + "~ > mur- mur+");
            for (int i = 0; i < 4; i++) {
                double sqrtS = 2 * M + 1 + 3000 * rng.nextDouble();
                FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {M, M}, rng);
                double t = p[0].minus(p[2]).m2();
                double expected =
                        SmuonPairProcess.matrixElement(MODEL.sm(), quark, sqrtS * sqrtS, t, M);
                assertEquals(expected, me.squared(p), 1e-10 * expected, name);
            }
        }
    }

    private static void ward(String process, double mIn, double[] masses, int probe) {
        MatrixElement me = me(process);
        SplittableRandom rng = new RandomStreams(37).stream(process.hashCode());
        FourMomentum[] p = Points.generate(1500, mIn, mIn, masses, rng);
        double[][] x = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            x[i] = new double[] {p[i].e(), p[i].px(), p[i].py(), p[i].pz()};
        }
        double physical = me.squared(x, -1);
        double ward = me.squared(x, probe);
        assertTrue(physical > 0, process);
        assertTrue(ward < 1e-18 * physical, process + ": " + ward + " vs " + physical);
    }

    @Test
    void photonsDecoupleThroughTheSeagull() {
        // the photon as the root and as an inner particle exercise different joins; photons
        // leaving at random angles (γγ → μ̃μ̃ along the beams is blind to the seagull)
        ward("u u~ > mur- mur+ a", 0, new double[] {M, M, 0}, 4);
        ward("u u~ > a mur- mur+", 0, new double[] {0, M, M}, 2);
        ward("mur- mur+ > a a", M, new double[] {0, 0}, 2);
        ward("mur- mur+ > a z", M, new double[] {0, MODEL.sm().mZ()}, 2);
    }
}
