package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefinementTest {
    private static ScanDefinition circleScan(double step, int levels) {
        return ScanFile.parse(
                "name: circle\nseed: 1\nparameters:\n"
                        + "  x: {range: [-2, 2, "
                        + step
                        + "]}\n"
                        + "  y: {range: [-2, 2, "
                        + step
                        + "]}\n"
                        + "runner: {type: function}\n"
                        + (levels > 0
                                ? "refine: {quantity: z, level: 1.69, levels: " + levels + "}\n"
                                : "")
                        + "contours: [{name: circle, quantity: z, level: 1.69}]\n",
                "circle.yaml");
    }

    private static ScanResult run(ScanJob job) {
        try (ScanExecutor ex = new LocalScanExecutor(2)) {
            return new ScanRun(ex, null, false, o -> {}).run(job);
        }
    }

    private static ScanResult circle(double step, int levels) {
        PointRunner r = p -> Map.of("z", p.get("x") * p.get("x") + p.get("y") * p.get("y"));
        return run(ScanJob.withRunner(circleScan(step, levels), r));
    }

    @Test
    void refinedCircleMatchesTheFineGridAtAFractionOfTheCost() {
        // The contour of x² + y² at 1.69 is the circle of radius 1.3. After 3 levels the step is
        // 0.5/8 = 0.0625: linear interpolation of z puts crossings within h²/(8R) = 3.8e-4 of it.
        // Interpolated (not run) nodes never straddle the level, so the refined contour has the
        // fine grid's crossings: the same number of points.
        ScanResult refined = circle(0.5, 3);
        assertEquals(65 * 65, refined.fullGrid());
        ContourLine c = refined.contours().get(0).lines().get("value").get(0);
        assertTrue(c.closed());
        double h = 0.0625;
        for (int k = 0; k < c.x().size(); k++) {
            assertEquals(1.3, Math.hypot(c.x().get(k), c.y().get(k)), h * h / (8 * 1.3));
        }
        List<ContourLine> fine = circle(h, 0).contours().get(0).lines().get("value");
        assertEquals(1, fine.size());
        assertEquals(fine.get(0).x().size(), c.x().size());
        // Only cells along the circle are split, so the run count grows like the perimeter, not
        // the area: under a third of the 4225 fine nodes.
        assertTrue(
                refined.evaluated() < refined.fullGrid() / 3, "evaluated " + refined.evaluated());
    }

    @Test
    void smuonPlaneRefinementSavesPointsAndKeepsTheContour() throws Exception {
        // The example plane: 100 GeV coarse steps refined twice to 25 GeV, against the full
        // 25 GeV grid run point by point. Both grids hold the same nodes (integers in GeV) and a
        // point's numbers depend only on its coordinates, so every crossing of the refined
        // expected contour must lie on the full grid's expected contour: each refined point within
        // 1e-9 GeV of a full-grid point.
        String text = Files.readString(AnalyticSmuonRunnerTest.EXAMPLE);
        ScanResult refined = run(ScanJob.fromText(text, "scan.yaml"));
        String fullText =
                text.replace("{range: [100, 800, 100]}", "{range: [100, 800, 25]}")
                        .replace("{range: [0, 700, 100]}", "{range: [0, 700, 25]}")
                        .replace(
                                "refine: {quantity: cls_exp, level: 0.05, log: true, levels: 2}",
                                "");
        ScanResult full = run(ScanJob.fromText(fullText, "full.yaml"));
        assertEquals(full.evaluated(), refined.fullGrid());
        List<ContourLine> r = refined.contours().get(0).lines().get("exp");
        List<ContourLine> f = full.contours().get(0).lines().get("exp");
        int points = 0;
        for (ContourLine line : r) {
            for (int k = 0; k < line.x().size(); k++) {
                double best = Double.POSITIVE_INFINITY;
                for (ContourLine g : f) {
                    for (int n = 0; n < g.x().size(); n++) {
                        best =
                                Math.min(
                                        best,
                                        Math.hypot(
                                                g.x().get(n) - line.x().get(k),
                                                g.y().get(n) - line.y().get(k)));
                    }
                }
                assertEquals(0, best, 1e-9, "refined contour point " + k);
                points++;
            }
        }
        assertTrue(points > 10, "contour points " + points);
        System.out.printf(
                "smuon plane: refined %d points, full 25 GeV grid %d points (%.0f%% saved)%n",
                refined.evaluated(),
                full.evaluated(),
                100.0 * (1 - (double) refined.evaluated() / full.evaluated()));
        assertTrue(refined.evaluated() < 0.6 * full.evaluated());
    }
}
