package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;
import static org.quarryhep.testkit.Tolerance.assertUlps;

import java.util.List;
import org.junit.jupiter.api.Test;

class KinematicsTest {

    @Test
    void asinhMatchesLogFormulaAcrossScales() {
        // asinh(x) = ln(x + √(x²+1)), evaluated where that closed form is accurate.
        for (double x : new double[] {0.5, 1.0, 3.0, 10.0, 123.4}) {
            assertUlps(Math.log(x + Math.sqrt(x * x + 1)), Kinematics.asinh(x), 4);
            assertUlps(-Math.log(x + Math.sqrt(x * x + 1)), Kinematics.asinh(-x), 4);
        }
        // Small x: asinh(x) = x − x³/6 + 3x⁵/40.
        double x = 1e-5;
        assertUlps(x - x * x * x / 6, Kinematics.asinh(x), 2);
        // Huge x: asinh(x) = ln(2x) to double precision.
        assertClose(Math.log(2.0) + Math.log(1e200), Kinematics.asinh(1e200), 1e-15, 0, "huge");
        assertEquals(0.0, Kinematics.asinh(0.0));
    }

    @Test
    void wrapPhiMapsIntoHalfOpenInterval() {
        assertEquals(-Math.PI, Kinematics.wrapPhi(Math.PI));
        assertEquals(-Math.PI, Kinematics.wrapPhi(-Math.PI));
        assertClose(0.5, Kinematics.wrapPhi(0.5 + 4 * Math.PI), 0, 1e-12, "wrap +4pi");
        assertClose(-0.5, Kinematics.wrapPhi(-0.5 - 6 * Math.PI), 0, 1e-12, "wrap -6pi");
    }

    @Test
    void transverseMassOfBackToBackWDecay() {
        // W at rest decaying to eν transverse to the beam: pT = 40 each, back to back, so
        // mT = √(2·40·40·(1 − cos π)) = 80.
        FourMomentum e = FourMomentum.ofPtEtaPhiM(40, 0, 0.3, 0);
        double metX = -e.px();
        double metY = -e.py();
        assertClose(80.0, Kinematics.transverseMass(e, metX, metY), 1e-13, 0, "mT");
    }

    @Test
    void sumAddsComponents() {
        FourMomentum s =
                Kinematics.sum(
                        List.of(new FourMomentum(1, 2, 3, 10), new FourMomentum(-1, 1, -5, 7)));
        assertEquals(new FourMomentum(0, 3, -2, 17), s);
    }
}
