package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScanSummariesTest {
    @Test
    void reachInterpolatesLogClsExactlyForAnExponential() {
        // A CLs rising with mass, CLs(x) = 0.05 exp((x − 500)/40), crosses
        // 0.05 at x = 500 exactly; log-space interpolation between scan points 450 and 550 is
        // exact for an exponential (1e-9), linear interpolation of CLs is not.
        double[] x = {300, 350, 400, 450, 550, 600};
        double[] q = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            q[k] = 0.05 * Math.exp((x[k] - 500) / 40);
        }
        assertEquals(500, ScanSummaries.reach(x, q, 0.05, true, false), 1e-9);
        assertTrue(Math.abs(ScanSummaries.reach(x, q, 0.05, false, false) - 500) > 5);
    }

    @Test
    void reachAtTheEndOfTheScanAndNoExclusion() {
        // Every point excluded: the reach is the last scanned value (a lower bound); none
        // excluded: NaN.
        double[] x = {1, 2, 3};
        assertEquals(3, ScanSummaries.reach(x, new double[] {0.01, 0.02, 0.03}, 0.05, true, false));
        assertTrue(
                Double.isNaN(
                        ScanSummaries.reach(x, new double[] {0.1, 0.2, 0.3}, 0.05, true, false)));
    }

    @Test
    void reachOnALogAxisInterpolatesTheCoordinateInLogSpace() {
        // A mixing |V|² on a log axis with CLs linear in log10|V|²: CLs = 0.05 + 0.01·(log10 v +
        // 5) crosses 0.05 at v = 1e-5 exactly, between scan points 1e-6 and 1e-4 (CLs decreasing
        // towards small v, so excluded below: the reach is the largest excluded v).
        double[] v = {1e-7, 1e-6, 1e-4, 1e-3};
        double[] q = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            q[k] = 0.05 + 0.01 * (Math.log10(v[k]) + 5);
        }
        assertEquals(1e-5, ScanSummaries.reach(v, q, 0.05, false, true), 1e-5 * 1e-9);
    }
}
