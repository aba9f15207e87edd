package org.quarryhep.gen.model;

import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Tolerance;

/** The derived electroweak parameters against the G_μ-scheme identities they must satisfy. */
class StandardModelTest {

    @Test
    void vevIsTheFermiConstantScale() {
        StandardModel sm = StandardModel.madgraphDefaults();
        // Tree level, G_μ scheme: v = (√2 G_F)^(−1/2) = 246.2185 GeV for G_F = 1.16639e-5 GeV⁻²
        // (MadGraph's sm model prints the same vev); the code goes through M_W, sin θ_W and e
        // instead, so agreement checks the whole chain. Rounding only: 1e-12 relative.
        double expected = 1 / Math.sqrt(Math.sqrt(2) * 1.16639e-5);
        Tolerance.assertRelative(expected, sm.vev(), 1e-12, "vev");
        Tolerance.assertRelative(246.2185, sm.vev(), 1e-6, "vev, printed value");
    }
}
