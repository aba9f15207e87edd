package org.quarryhep.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Tolerance} at its boundaries. Every expected outcome is worked out by hand from the
 * definition {@code |actual - expected| <= max(abs, rel * |expected|)} with numbers that are exact
 * in binary, so that a bug in the comparison (a strict inequality, a swapped max, a missing abs)
 * shows here instead of silently loosening every test in Quarry.
 */
class ToleranceTest {
    @Test
    void relativeToleranceIsInclusiveAndScalesWithTheExpectedValue() {
        // |9 - 8| = 1 = 0.125 * 8: exactly on the boundary, passes.
        assertDoesNotThrow(() -> Tolerance.assertClose(8.0, 9.0, 0.125, 0.0));
        assertDoesNotThrow(() -> Tolerance.assertClose(-8.0, -9.0, 0.125, 0.0));
        // 0.0625 * 8 = 0.5 < 1: fails.
        assertThrows(AssertionError.class, () -> Tolerance.assertClose(8.0, 9.0, 0.0625, 0.0));
        // The scale is |expected|, not |actual|: 0.75 * 1 < 1.5 fails, though 0.75 * 2.5 would
        // pass.
        assertThrows(AssertionError.class, () -> Tolerance.assertClose(1.0, 2.5, 0.75, 0.0));
    }

    @Test
    void absoluteToleranceGovernsNearZero() {
        // rel * 0 = 0, so only abs can accept a difference from zero.
        assertDoesNotThrow(() -> Tolerance.assertClose(0.0, 0.25, 1.0, 0.25));
        assertThrows(AssertionError.class, () -> Tolerance.assertClose(0.0, 0.25, 1.0, 0.125));
        // The larger of the two applies: abs 2 wins over rel 0.125 * 8 = 1.
        assertDoesNotThrow(() -> Tolerance.assertClose(8.0, 10.0, 0.125, 2.0));
    }

    @Test
    void nanAndInfinityAreNeverCloseToFiniteValues() {
        assertDoesNotThrow(() -> Tolerance.assertClose(Double.NaN, Double.NaN, 0.0, 0.0));
        assertThrows(AssertionError.class, () -> Tolerance.assertClose(1.0, Double.NaN, 1, 1));
        assertThrows(AssertionError.class, () -> Tolerance.assertClose(Double.NaN, 1.0, 1, 1));
        assertDoesNotThrow(
                () ->
                        Tolerance.assertClose(
                                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0));
        assertThrows(
                AssertionError.class,
                () -> Tolerance.assertClose(Double.MAX_VALUE, Double.POSITIVE_INFINITY, 1, 1));
    }

    @Test
    void failureMessageNamesWhatAndBothValues() {
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () -> Tolerance.assertRelative(2.0, 3.0, 0.25, "cross section"));
        assertTrue(e.getMessage().startsWith("cross section: expected 2.0"), e.getMessage());
        assertTrue(e.getMessage().contains("but was 3.0"), e.getMessage());
    }

    @Test
    void ulpDistanceCountsRepresentableDoublesIncludingAcrossZero() {
        double one = 1.0;
        double twoUp = Math.nextUp(Math.nextUp(one));
        assertDoesNotThrow(() -> Tolerance.assertUlps(one, twoUp, 2));
        assertThrows(AssertionError.class, () -> Tolerance.assertUlps(one, twoUp, 1));
        // -MIN_VALUE, (-0.0 = +0.0), +MIN_VALUE: two steps apart.
        assertDoesNotThrow(() -> Tolerance.assertUlps(-Double.MIN_VALUE, Double.MIN_VALUE, 2));
        assertThrows(
                AssertionError.class,
                () -> Tolerance.assertUlps(-Double.MIN_VALUE, Double.MIN_VALUE, 1));
        assertDoesNotThrow(() -> Tolerance.assertUlps(0.0, -0.0, 0));
        // Opposite infinities are 2^64 - 2^53 steps apart, more than a long holds: the distance
        // wraps round in 64 bits and must still come out far above the limit.
        assertThrows(
                AssertionError.class,
                () ->
                        Tolerance.assertUlps(
                                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1000));
        assertThrows(AssertionError.class, () -> Tolerance.assertUlps(1.0, Double.NaN, 1000));
    }
}
