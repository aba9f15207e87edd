package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticSmuonRunnerTest {
    static final Path EXAMPLE =
            Path.of(System.getProperty("user.dir"))
                    .resolve("../analyses/examples/smuon-plane/scan.yaml")
                    .normalize();

    @Test
    void monteCarloEfficiencyMatchesTheClosedForm() {
        // Per muon P(p* sinθ > c) = √(1 − (c/p*)²) for isotropic cosθ, so both muons pass with
        // probability 1 − (c/p*)². At m = 300, m_χ = 100: p* = (300² − 100²)/600 = 133.33 GeV,
        // with the example's c = 40: ε = 1 − 0.09 = 0.91. The MC estimate must lie within 4 of its
        // own standard errors (a 6e-5 chance to fail for a correct sampler).
        ScanDefinition def = ScanFile.read(EXAMPLE);
        PointRunner runner = PointRunners.create(def);
        ScanPoint p = ScanPoint.of(def.seed(), Map.of("m_smuon", 300.0, "m_chi", 100.0));
        Map<String, Double> r = runner.run(p);
        double pStar = (300.0 * 300 - 100 * 100) / 600;
        double cut = Double.parseDouble(def.runner().settings().get("pt_cut"));
        assertEquals(40, cut);
        double exact = 1 - Math.pow(cut / pStar, 2);
        assertEquals(exact, r.get("efficiency"), 4 * r.get("efficiency_mc_error"));
        // Cross section 300 fb (100/300)^5, signal = σ L ε with L = 139 fb⁻¹.
        assertEquals(
                300 * Math.pow(100 / 300.0, 5) * 139 * r.get("efficiency"), r.get("signal"), 1e-9);
    }

    @Test
    void samePointSameNumbersOtherSeedOtherNumbers() {
        ScanDefinition def = ScanFile.read(EXAMPLE);
        PointRunner runner = PointRunners.create(def);
        Map<String, Double> at = Map.of("m_smuon", 400.0, "m_chi", 300.0);
        ScanPoint p = ScanPoint.of(def.seed(), at);
        assertEquals(runner.run(p), runner.run(p));
        assertNotEquals(runner.run(p), runner.run(ScanPoint.of(def.seed() + 1, at)));
    }
}
