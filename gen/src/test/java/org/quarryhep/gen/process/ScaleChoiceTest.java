package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/** Scale choices against hand-computed values. */
class ScaleChoiceTest {
    // Back-to-back massless pair: |p| = 50, pT = 30, so sqrt(shat) = 100, m_T = 30 each,
    // E_T = 30 each (hand computation).
    private static final FourMomentum P1 = new FourMomentum(30, 0, 40, 50);
    private static final FourMomentum P2 = new FourMomentum(-30, 0, -40, 50);

    @Test
    void everyChoiceGivesTheHandComputedScale() {
        Tolerance.assertClose(91.188, ScaleChoice.parse("91.188").scale(P1, P2, true), 0, 0, "f");
        Tolerance.assertClose(100, ScaleChoice.parse("auto").scale(P1, P2, true), 1e-12, 0, "a");
        Tolerance.assertClose(30, ScaleChoice.parse("auto").scale(P1, P2, false), 1e-12, 0, "b");
        Tolerance.assertClose(60, ScaleChoice.parse("ht").scale(P1, P2, false), 1e-12, 0, "ht");
        Tolerance.assertClose(30, ScaleChoice.parse("ht/2").scale(P1, P2, true), 1e-12, 0, "h2");
        Tolerance.assertClose(60, ScaleChoice.parse("sum-et").scale(P1, P2, true), 1e-12, 0, "e");
        Tolerance.assertClose(
                100, ScaleChoice.parse("sqrt-shat").scale(P1, P2, false), 1e-12, 0, "s");
        assertEquals("ht/2", ScaleChoice.parse("HT/2").description());
    }

    @Test
    void badScaleNamesTheOption() {
        var e = assertThrows(InvalidParameterException.class, () -> ScaleChoice.parse("-3"));
        assertTrue(e.getMessage().startsWith("--scale"), e.getMessage());
    }
}
