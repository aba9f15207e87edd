package org.quarryhep.ml.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class MassResolutionTest {
    @Test
    void meanSpreadErrorPullAndTheSelectionScoreByHand() {
        // m = 200: estimates 190, 210, 200, 200 -> μ = 200, σ = √(200/4) = √50, pull 0.
        // m = 300: estimates 310, 320 -> μ = 315, σ = 5, |μ − m| = 15, pull +3.
        float[] est = {190, 310, 210, 200, 320, 200};
        float[] mass = {200, 300, 200, 200, 300, 200};
        List<MassPoint> p = MassResolution.perMass(est, mass, null);
        assertEquals(2, p.size());
        assertEquals(200, p.get(0).mass(), 0);
        assertEquals(4, p.get(0).rows());
        assertClose(200, p.get(0).mean(), 1e-12, 0, "μ(200)");
        assertClose(Math.sqrt(50), p.get(0).sd(), 1e-12, 0, "σ(200)");
        assertClose(0, p.get(0).pull(), 0, 1e-12, "pull(200)");
        assertClose(315, p.get(1).mean(), 1e-12, 0, "μ(300)");
        assertClose(5, p.get(1).sd(), 1e-12, 0, "σ(300)");
        assertClose(15, p.get(1).error(), 1e-12, 0, "|μ − m|(300)");
        assertClose(3, p.get(1).pull(), 1e-12, 0, "pull(300)");
        // S = σ + 50|μ − m| per mass: √50 and 5 + 750; their mean.
        assertClose(
                (Math.sqrt(50) + 755) / 2,
                SelectionCriterion.resolutionPlusBias(50).score(p),
                1e-12,
                0,
                "S");
    }

    @Test
    void weightsEnterTheMeanAndTheSpread() {
        // Weights 3 and 1 on 100 and 104: μ = 101, σ² = (3·1 + 1·9)/4 = 3.
        List<MassPoint> p =
                MassResolution.perMass(
                        new float[] {100, 104}, new float[] {100, 100}, new double[] {3, 1});
        assertClose(101, p.get(0).mean(), 1e-12, 0, "μ");
        assertClose(Math.sqrt(3), p.get(0).sd(), 1e-12, 0, "σ");
    }
}
