package org.quarryhep.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    /** 10¹⁶ + 1 − 10¹⁶ is 1 exactly; naive summation gives 0. */
    @Test
    void cancellation() {
        ExactSum s = new ExactSum();
        s.add(1e16);
        s.add(1);
        s.add(-1e16);
        assertEquals(1.0, s.value());
    }

    /**
     * Against BigDecimal (exact decimal arithmetic on the doubles' exact values, rounded to the
     * nearest double): equal bit for bit, in every order.
     */
    @Test
    void correctlyRoundedInAnyOrder() {
        Random rng = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            List<Double> xs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                xs.add(
                        (rng.nextBoolean() ? 1 : -1)
                                * Math.pow(10, rng.nextInt(30) - 15)
                                * rng.nextDouble());
            }
            BigDecimal exact = BigDecimal.ZERO;
            for (double x : xs) {
                exact = exact.add(new BigDecimal(x));
            }
            double reference = exact.round(MathContext.DECIMAL128).doubleValue();
            for (int order = 0; order < 3; order++) {
                Collections.shuffle(xs, rng);
                ExactSum s = new ExactSum();
                for (double x : xs) {
                    s.add(x);
                }
                assertEquals(reference, s.value(), 0.0);
            }
        }
    }
}
