package org.quarryhep.ml.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitsTest {
    /** 700 signal and 300 background rows; feature x = row index, so rows can be traced. */
    private static FeatureTable table() {
        int n = 1000;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i < 700 ? 1 : 0;
        }
        return FeatureTable.of(List.of("x"), new float[][] {x}, y, null, Map.of());
    }

    @Test
    void eightOneOneKeepsClassProportionsAndPartitionsTheRows() {
        Split s = Splits.eightOneOne(table(), 7);
        // 0.8·700 = 560 and 0.8·300 = 240; 0.1·700 = 70, 0.1·300 = 30.
        assertEquals(800, s.train().rows());
        assertClose(560, s.train().classWeightSums()[0], 0, 0, "train signal");
        assertClose(70, s.validation().classWeightSums()[0], 0, 0, "validation signal");
        assertClose(30, s.test().classWeightSums()[1], 0, 0, "test background");
        float[] all = new float[1000];
        int k = 0;
        for (FeatureTable p : List.of(s.train(), s.validation(), s.test())) {
            for (float v : p.column("x")) {
                all[k++] = v;
            }
        }
        Arrays.sort(all);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, all[i], 0f);
        }
    }

    @Test
    void eightyTwentyIsSeededAndReproducible() {
        Split a = Splits.eightyTwenty(table(), 11);
        Split b = Splits.eightyTwenty(table(), 11);
        Split c = Splits.eightyTwenty(table(), 12);
        assertEquals(0, a.test().rows());
        assertEquals(200, a.validation().rows());
        assertArrayEquals(a.validation().column("x"), b.validation().column("x"), 0f);
        assertFalse(Arrays.equals(a.validation().column("x"), c.validation().column("x")));
    }

    @Test
    void balancingByWeightsAndByUndersampling() {
        FeatureTable t = table();
        FeatureTable w = Balancing.reweight(t);
        // Each class sums to half the 1000 rows.
        assertClose(500, w.classWeightSums()[0], 1e-12, 0, "signal");
        assertClose(500, w.classWeightSums()[1], 1e-12, 0, "background");
        FeatureTable u = Balancing.undersample(t, 3);
        assertEquals(600, u.rows());
        assertClose(300, u.classWeightSums()[0], 0, 0, "signal rows kept");
    }

    @Test
    void standardizerMapsMissingValuesToZeroAndUsesOnlyDefinedValues() {
        FeatureTable t =
                FeatureTable.of(
                        List.of("m"), new float[][] {{1, 3, -999, 5}}, null, null, Map.of());
        Standardizer s = Standardizer.fit(t, -999);
        // Defined values 1, 3, 5: mean 3, population std sqrt(8/3).
        assertClose(3, s.mean()[0], 1e-12, 0, "mean");
        assertClose(Math.sqrt(8.0 / 3), s.std()[0], 1e-12, 0, "std");
        float[] z = s.transformRowMajor(t);
        assertEquals(0f, z[2], 0f);
        assertClose(-2 / Math.sqrt(8.0 / 3), z[0], 1e-6, 0, "z of 1");
    }
}
