package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {
    private static double[] linspace(double a, double b, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = a + (b - a) * k / (n - 1);
        }
        return out;
    }

    @Test
    void circleIsOneClosedLineOnTheRadius() {
        // z = x² + y² at level R²: the contour is the circle of radius R. Linear interpolation of
        // z along an edge of length h places a crossing within h²/(8R) of the circle (the second
        // derivative of z along an axis is 2, so the interpolation error in z is at most h²/4,
        // divided by |∇z| = 2R), here 0.1²/(8·1.3) ≈ 1e-3.
        double r = 1.3;
        double[] xs = linspace(-2, 2, 41);
        double[] ys = linspace(-2, 2, 41);
        double[][] z = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                z[i][j] = xs[i] * xs[i] + ys[j] * ys[j];
            }
        }
        List<ContourLine> lines = MarchingSquares.contours(xs, ys, z, r * r, false, false, false);
        assertEquals(1, lines.size());
        ContourLine c = lines.get(0);
        assertTrue(c.closed());
        assertTrue(c.x().size() > 40, "points on the circle: " + c.x().size());
        double h = 0.1;
        for (int k = 0; k < c.x().size(); k++) {
            double rho = Math.hypot(c.x().get(k), c.y().get(k));
            assertEquals(r, rho, h * h / (8 * r), "point " + k);
        }
        // The line goes once around: the winding angle sums to 2π.
        double turn = 0;
        for (int k = 0; k < c.x().size(); k++) {
            int n = (k + 1) % c.x().size();
            double a = Math.atan2(c.y().get(k), c.x().get(k));
            double b = Math.atan2(c.y().get(n), c.x().get(n));
            double d = b - a;
            d -= 2 * Math.PI * Math.rint(d / (2 * Math.PI));
            turn += d;
        }
        assertEquals(2 * Math.PI, Math.abs(turn), 1e-9);
    }

    @Test
    void planeGivesTheExactLine() {
        // z = 2x − 3y + 1 at level 0.5: linear interpolation is exact for a plane, so every
        // point satisfies 2x − 3y + 1 = 0.5 to rounding (1e-12); the line is open, crossing the
        // grid from border to border.
        double[] xs = linspace(0, 3, 7);
        double[] ys = linspace(0, 2, 5);
        double[][] z = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                z[i][j] = 2 * xs[i] - 3 * ys[j] + 1;
            }
        }
        List<ContourLine> lines = MarchingSquares.contours(xs, ys, z, 0.5, false, false, false);
        assertEquals(1, lines.size());
        ContourLine c = lines.get(0);
        assertFalse(c.closed());
        for (int k = 0; k < c.x().size(); k++) {
            assertEquals(0.5, 2 * c.x().get(k) - 3 * c.y().get(k) + 1, 1e-12);
        }
        // Border to border: from y = 0 (x = −0.25 is outside, so it enters at x = 0, y = 1/6)...
        // ends on the top border y = 2 at x = 2.75.
        double first = c.y().get(0);
        double last = c.y().get(c.y().size() - 1);
        assertEquals(1.0 / 6, Math.min(first, last), 1e-12);
        assertEquals(2.0, Math.max(first, last), 1e-12);
    }

    @Test
    void logInterpolationIsExactForAnExponential() {
        // CLs-like z = exp(−x/50) spans decades; at level 0.05 the contour is x = 50 ln 20 =
        // 149.786... exactly when log z is interpolated (log z is linear in x), while linear
        // interpolation of z on a 100-wide step misses it by tens.
        double[] xs = linspace(0, 400, 5);
        double[] ys = linspace(0, 1, 2);
        double[][] z = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                z[i][j] = Math.exp(-xs[i] / 50);
            }
        }
        double expected = 50 * Math.log(20);
        ContourLine log = MarchingSquares.contours(xs, ys, z, 0.05, true, false, false).get(0);
        for (double x : log.x()) {
            assertEquals(expected, x, 1e-9);
        }
        ContourLine lin = MarchingSquares.contours(xs, ys, z, 0.05, false, false, false).get(0);
        assertTrue(Math.abs(lin.x().get(0) - expected) > 10, "linear: " + lin.x().get(0));
    }

    @Test
    void logAxisInterpolatesTheCoordinateInLogSpace() {
        // z = log10(x) on a log axis 1e-6 … 1e-2 at level −4.5: the crossing is x = 10^−4.5
        // exactly when the coordinate is interpolated in log space (z linear in log x).
        double[] xs = {1e-6, 1e-5, 1e-4, 1e-3, 1e-2};
        double[] ys = {0, 1};
        double[][] z = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            z[i][0] = Math.log10(xs[i]);
            z[i][1] = Math.log10(xs[i]);
        }
        ContourLine c = MarchingSquares.contours(xs, ys, z, -4.5, false, true, false).get(0);
        assertEquals(Math.pow(10, -4.5), c.x().get(0), 1e-12 * Math.pow(10, -4.5));
    }

    @Test
    void missingCornersLeaveAGap() {
        // The plane z = x with the middle column of cells unknown: the contour x = 1.5 falls in
        // that column, so there is no line at all.
        double[] xs = {0, 1, 2, 3};
        double[] ys = {0, 1};
        double[][] z = {{0, 0}, {1, 1}, {Double.NaN, Double.NaN}, {3, 3}};
        assertTrue(MarchingSquares.contours(xs, ys, z, 1.5, false, false, false).isEmpty());
    }
}
