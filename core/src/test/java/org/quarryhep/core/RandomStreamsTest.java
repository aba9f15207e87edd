package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Tolerance;

class RandomStreamsTest {

    private static double[] draw(SplittableRandom r, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextDouble();
        }
        return out;
    }

    @Test
    void sameSeedAndIndexGiveTheSameStreamDifferentOnesDiffer() {
        RandomStreams a = new RandomStreams(42).child("gen");
        RandomStreams b = new RandomStreams(42).child("gen");
        assertArrayEquals(draw(a.stream(7), 100), draw(b.stream(7), 100));
        assertFalse(Arrays.equals(draw(a.stream(7), 100), draw(a.stream(8), 100)));
        assertFalse(
                Arrays.equals(
                        draw(a.stream(7), 100),
                        draw(new RandomStreams(43).child("gen").stream(7), 100)));
        assertFalse(
                Arrays.equals(
                        draw(a.stream(7), 100),
                        draw(new RandomStreams(42).child("detector").stream(7), 100)));
        assertEquals("gen/toys", a.child("toys").path());
    }

    @Test
    void streamsDoNotDependOnThreadScheduling() throws Exception {
        RandomStreams streams = new RandomStreams(2024);
        double[] serial =
                IntStream.range(0, 1000).mapToDouble(i -> streams.stream(i).nextDouble()).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> futures = new ArrayList<>();
            // Submitted in reverse order, run on four threads in whatever order they get.
            for (int i = 999; i >= 0; i--) {
                final int idx = i;
                futures.add(pool.submit(() -> streams.stream(idx).nextDouble()));
            }
            for (int i = 0; i < 1000; i++) {
                assertEquals(serial[i], futures.get(999 - i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2000, streams.invocations());
    }

    @Test
    void neighbouringStreamsAreUncorrelated() {
        // First draws of streams i and i+1 over 20 000 indices: for independent U(0,1) the sample
        // correlation has standard deviation 1/√n ≈ 0.007; require |r| < 5σ. The mean must be ½
        // within 5·√(1/12/n).
        int n = 20_000;
        RandomStreams s = new RandomStreams(1);
        double[] x = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = s.stream(i).nextDouble();
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        Tolerance.assertClose(0.5, mean, 0, 5 * Math.sqrt(1.0 / 12 / n), "mean");
        double cov = 0;
        double var = 0;
        for (int i = 0; i < n; i++) {
            cov += (x[i] - mean) * (x[i + 1] - mean);
            var += (x[i] - mean) * (x[i] - mean);
        }
        Tolerance.assertClose(0.0, cov / var, 0, 5 / Math.sqrt(n), "lag-1 correlation");
    }
}
