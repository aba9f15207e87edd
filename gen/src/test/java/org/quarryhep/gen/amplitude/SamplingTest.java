package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;

/**
 * Colour and helicity sampling against the exact sums (brute force over all colour assignments and
 * helicities, {@link MatrixElement#squared}): the mean of many draws agrees within 5 standard
 * errors of the draws' own spread; and the colour lines of processes with a single colour flow.
 */
class SamplingTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    private static MatrixElement me(String process) {
        return new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
    }

    private static void assertUnbiased(String process, double[] masses, boolean helicities) {
        MatrixElement me = me(process);
        SplittableRandom rng = new RandomStreams(23).stream(process.hashCode());
        FourMomentum[] p = Points.generate(700, 0, 0, masses, rng);
        double exact = me.squared(p);
        int draws = 20_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < draws; i++) {
            double v = me.sample(p, rng, helicities).value();
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / draws;
        double error = Math.sqrt((sum2 / draws - mean * mean) / (draws - 1));
        assertTrue(error > 0, process + ": draws must vary");
        assertEquals(exact, mean, 5 * error, process + " (sampled helicities: " + helicities + ")");
    }

    // gluons and one quark line with two or more flows draw the colour-ordered exact sum
    // (OrderedColourSum), so the draws that vary are those of two quark lines and of one flow
    @Test
    void colourDrawsAverageToTheExactSum() {
        assertUnbiased("u d > u d", new double[] {0, 0}, false);
        assertUnbiased("d d~ > e+ e- g", new double[] {0, 0, 0}, false);
    }

    @Test
    void colourAndHelicityDrawsAverageToTheExactSum() {
        assertUnbiased("d d~ > e+ e- g", new double[] {0, 0, 0}, true);
        assertUnbiased("u d > u d", new double[] {0, 0}, true);
    }

    @Test
    void drawsAreTheExactSumWhereTheColourOrderedSumApplies() {
        SplittableRandom rng = new RandomStreams(23).stream(1);
        for (String process : new String[] {"g g > t t~", "u g > u g", "d d~ > e+ e- g g"}) {
            MatrixElement me = me(process);
            int legs = me.crossedIds().length - 2;
            double[] masses = process.contains("t t~") ? new double[] {173, 173} : new double[legs];
            FourMomentum[] p = Points.generate(700, 0, 0, masses, rng);
            double explicit = me.explicitSquared(p);
            for (boolean helicities : new boolean[] {false, true}) {
                double v = me.sample(p, rng, helicities).value();
                assertEquals(explicit, v, 1e-10 * explicit, process);
            }
        }
    }

    /** q q̄ → ℓℓ g has one flow: the quark's colour goes to the gluon, its anticolour to q̄. */
    @Test
    void singleFlowProcessesGetTheirColourLines() {
        MatrixElement me = me("d d~ > e+ e- g");
        SplittableRandom rng = new RandomStreams(5).stream(0);
        FourMomentum[] p = Points.generate(300, 0, 0, new double[] {0, 0, 0}, rng);
        for (int k = 0; k < 50; k++) {
            MatrixElement.Draw d = me.sample(p, rng, false);
            if (d.value() == 0) {
                continue;
            }
            int[][] t = me.colourTags(d, 501, rng);
            assertEquals(t[0][0], t[4][0], "d colour flows to the gluon's colour");
            assertEquals(t[1][1], t[4][1], "d~ anticolour flows to the gluon's anticolour");
            assertTrue(t[0][0] != t[1][1] && t[0][0] > 0 && t[1][1] > 0);
            assertArrayEquals(new int[] {0, 0}, t[2]);
            assertEquals(0, t[0][1]);
            assertEquals(0, t[1][0]);
        }
        MatrixElement tt = me("u u~ > t t~");
        MatrixElement.Draw d =
                tt.sample(Points.generate(800, 0, 0, new double[] {173, 173}, rng), rng, false);
        int[][] t = tt.colourTags(d, 501, rng);
        // s-channel gluon: u's colour goes to t, the t~ anticolour comes from u~
        assertEquals(t[0][0], t[2][0]);
        assertEquals(t[1][1], t[3][1]);
    }
}
