package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountingYieldsTest {
    @Test
    void statisticsOnlyLimitFallsAsOneOverRootL() {
        // Without systematics and MC errors σ_μ = √b/s, so ×k luminosity gives σ_μ/√k and the
        // expected limit σ·1.96 falls by √k exactly: 139 → 3000 fb⁻¹ is a factor √(3000/139).
        CountingYields now = new CountingYields(139, 12, 30, 0, 0, 0.2);
        CountingYields hl = now.atLuminosity(3000, Specs.SystematicsScheme.STAT_ONLY);
        CountingYields statOnly = now.atLuminosity(139, Specs.SystematicsScheme.STAT_ONLY);
        assertEquals(Math.sqrt(30) / 12, statOnly.sigmaMu(), 1e-15);
        assertEquals(Math.sqrt(30) / 12 / Math.sqrt(3000 / 139.0), hl.sigmaMu(), 1e-14);
    }

    @Test
    void unchangedSystematicsFloorTheLimit() {
        // With a relative background systematic f, σ_μ² = b/s² + f²b²/s² → f b/s as L → ∞: more
        // luminosity cannot beat f·b/s (here 0.2·30/12 = 0.5). Halved systematics halve that
        // floor (0.25); MC errors kept: their relative size does not shrink with L.
        CountingYields now = new CountingYields(139, 12, 30, 0, 0, 0.2);
        double huge = 139e6;
        assertEquals(
                0.5, now.atLuminosity(huge, Specs.SystematicsScheme.UNCHANGED).sigmaMu(), 1e-3);
        assertEquals(0.25, now.atLuminosity(huge, Specs.SystematicsScheme.HALVED).sigmaMu(), 1e-3);
        CountingYields mc = new CountingYields(139, 12, 30, 1.2, 0, 0);
        // δs/s = 0.1 stays: σ_μ → 0.1.
        assertEquals(0.1, mc.atLuminosity(huge, Specs.SystematicsScheme.STAT_ONLY).sigmaMu(), 1e-3);
    }
}
