package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;

/**
 * The colour-ordered exact sum ({@link OrderedColourSum}) against the explicit colour and helicity
 * sum of {@link ConfigurationSum}: two independent computations (colour-ordered currents with a
 * colour matrix against adjoint-state currents summed over every colour assignment), so agreement
 * to 1e-10 at RAMBO points checks the colour-ordered rules, their normalisation, the colour matrix
 * and the helicity filter.
 */
class OrderedColourSumTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    @ParameterizedTest
    @CsvSource({
        "u u~ > g g, 3",
        "g g > g g, 3",
        "g g > t t~, 3",
        "t t~ > g g, 2",
        "g u > u g, 2",
        "g g > t t~ g, 2",
        "g g > g g g, 1",
        "d g > d g g, 1"
    })
    void equalsTheExplicitColourSum(String process, int points) {
        MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
        OrderedColourSum fast = me.orderedSum();
        assertNotNull(fast, process + " is in the colour-ordered class");
        SplittableRandom rng = new SplittableRandom(7);
        int nIn = me.incomingCount();
        int[] crossed = me.crossedIds();
        double[] masses = new double[crossed.length - nIn];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = MODEL.mass(Math.abs(crossed[nIn + i]));
        }
        for (int k = 0; k < points; k++) {
            FourMomentum[] p = PhaseSpacePoints.random(1000, masses, rng);
            double[][] arrays = me.momentumArrays(p);
            double explicit = me.squared(arrays, -1);
            assertTrue(explicit > 0, process);
            assertEquals(explicit, fast.squared(arrays), 1e-10 * explicit, process + " point " + k);
            assertEquals(explicit, me.squared(p), 1e-10 * explicit, process + " public path");
        }
    }
}
