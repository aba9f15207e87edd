package org.quarryhep.testkit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Asserts with explicit tolerances. Every numeric comparison in Quarry's tests states its tolerance
 * through these methods.
 */
public final class Tolerance {
    private Tolerance() {}

    /**
     * Passes when {@code |actual - expected| <= max(abs, rel * |expected|)}.
     *
     * @param expected the reference value
     * @param actual the computed value
     * @param rel relative tolerance
     * @param abs absolute tolerance
     */
    public static void assertClose(double expected, double actual, double rel, double abs) {
        assertClose(expected, actual, rel, abs, "");
    }

    /** As {@link #assertClose(double, double, double, double)}, with a message prefix. */
    public static void assertClose(
            double expected, double actual, double rel, double abs, String what) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        if (expected == actual) {
            return;
        }
        double diff = Math.abs(actual - expected);
        double allowed = Math.max(abs, rel * Math.abs(expected));
        if (!(diff <= allowed)) {
            fail(
                    String.format(
                            "%sexpected %.12g but was %.12g (|diff| %.3g > allowed %.3g; rel %.1g,"
                                    + " abs %.1g)",
                            what.isEmpty() ? "" : what + ": ",
                            expected,
                            actual,
                            diff,
                            allowed,
                            rel,
                            abs));
        }
    }

    /** Passes when {@code actual} is within {@code rel} relative of {@code expected}. */
    public static void assertRelative(double expected, double actual, double rel, String what) {
        assertClose(expected, actual, rel, 0.0, what);
    }

    /**
     * Passes when the two doubles are at most {@code maxUlps} units in the last place apart.
     *
     * @param expected the reference value
     * @param actual the computed value
     * @param maxUlps the largest accepted distance in ULPs
     */
    public static void assertUlps(double expected, double actual, long maxUlps) {
        if (expected == actual) {
            return;
        }
        long a = orderedBits(expected);
        long b = orderedBits(actual);
        long distance = Math.abs(a - b);
        if (Double.isNaN(expected) || Double.isNaN(actual) || distance > maxUlps) {
            fail(
                    String.format(
                            "expected %.17g but was %.17g (%d ulps apart > %d)",
                            expected, actual, distance, maxUlps));
        }
    }

    private static long orderedBits(double x) {
        long bits = Double.doubleToLongBits(x);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }
}
