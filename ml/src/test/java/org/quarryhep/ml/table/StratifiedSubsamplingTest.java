package org.quarryhep.ml.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.RandomStreams;

class StratifiedSubsamplingTest {
    /**
     * A signal pool with 2k rows in bin k (k = 1…50) of 200–450 GeV, spread uniformly inside each 5
     * GeV bin, and {@code background} background rows with the placeholder mass −999; the feature
     * {@code id} numbers the rows.
     */
    private static FeatureTable pool(int background, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int signal = 50 * 51; // Σ 2k
        int n = signal + background;
        float[] id = new float[n];
        float[] mass = new float[n];
        float[] y = new float[n];
        int i = 0;
        for (int k = 1; k <= 50; k++) {
            for (int j = 0; j < 2 * k; j++, i++) {
                // Inside bin k, away from its edges (the binning itself is not under test).
                mass[i] = (float) (200 + 5 * (k - 1) + 0.1 + 4.8 * r.nextDouble());
                y[i] = 1;
            }
        }
        for (; i < n; i++) {
            mass[i] = -999;
        }
        for (int j = 0; j < n; j++) {
            id[j] = j;
        }
        return FeatureTable.of(List.of("id"), new float[][] {id}, y, null, Map.of("mass", mass));
    }

    private static final StratifiedSubsampling LFV =
            new StratifiedSubsampling("mass", 50, 200, 450, 0);

    @Test
    void theBackgroundCountIsSplitOverTheMassBinsInProportion() {
        // 1275 background rows = half the 2550 signal rows, so proportional allocation keeps
        // exactly k of the 2k rows of bin k, with no rounding at all.
        FeatureTable t = pool(1275, 1);
        StratifiedSubsampling.Result r = LFV.apply(t, new RandomStreams(7));
        FeatureTable out = r.table();
        int[] perBin = new int[50];
        int background = 0;
        Set<Float> ids = new HashSet<>();
        for (int i = 0; i < out.rows(); i++) {
            assertTrue(ids.add(out.get(i, 0)), "no row twice");
            if (out.label(i) == 1f) {
                perBin[(int) ((out.group("mass")[i] - 200) / 5)]++;
            } else {
                background++;
            }
        }
        for (int k = 1; k <= 50; k++) {
            assertEquals(k, perBin[k - 1], "signal rows kept in bin " + k);
            assertEquals(2 * k, r.available()[k - 1]);
        }
        assertEquals(1275, background, "every background row is kept");
        assertArrayEquals(perBin, r.kept());
        assertEquals(200, r.edges()[0], 0);
        assertEquals(205, r.edges()[1], 0);
        assertEquals(450, r.edges()[50], 0);
    }

    @Test
    void leftoverRowsGoToTheLargestRemainders() {
        // Hand-worked Hamilton allocation of 4 rows to bins of 7, 2, 1: quotas 2.8, 0.8, 0.4;
        // floors 2, 0, 0 leave 2 rows, which go to the remainders 0.8 and 0.8: 3, 1, 0.
        assertArrayEquals(
                new int[] {3, 1, 0},
                StratifiedSubsampling.allocate(new int[] {7, 2, 1}, 4, new SplittableRandom(1)));
        // 10 rows to bins of 13, 6, 1 (total 20): quotas 6.5, 3, 0.5; floors 6, 3, 0 leave 1,
        // and the remainders 0.5, 0, 0.5 tie, so bin 0 or bin 2 gets it.
        Set<List<Integer>> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            int[] a =
                    StratifiedSubsampling.allocate(
                            new int[] {13, 6, 1}, 10, new SplittableRandom(seed));
            seen.add(Arrays.stream(a).boxed().toList());
        }
        assertEquals(Set.of(List.of(7, 3, 0), List.of(6, 3, 1)), seen, "ties broken both ways");
    }

    @Test
    void aGivenCountAndTheDefaultRangeAreHonoured() {
        // 255 of 2550 rows is a tenth. With the default range (the signal's own smallest and
        // largest mass) the bins differ slightly from those of 200–450 GeV, so the check is
        // Hamilton's bound: every bin keeps its quota rounded down or up, and the total is exact.
        FeatureTable t = pool(100, 2);
        StratifiedSubsampling s =
                new StratifiedSubsampling("mass", 50, Double.NaN, Double.NaN, 255);
        StratifiedSubsampling.Result r = s.apply(t, new RandomStreams(3));
        assertEquals(255, Arrays.stream(r.kept()).sum());
        for (int k = 0; k < 50; k++) {
            double quota = 255.0 * r.available()[k] / 2550;
            assertTrue(
                    r.kept()[k] == Math.floor(quota) || r.kept()[k] == Math.floor(quota) + 1,
                    "bin " + k + ": " + r.kept()[k] + " for quota " + quota);
        }
        assertEquals(355, r.table().rows());
    }

    @Test
    void theSubsetDependsOnTheSeedOnly() {
        FeatureTable t = pool(1275, 1);
        float[] a = LFV.apply(t, new RandomStreams(7)).table().column("id");
        float[] b = LFV.apply(t, new RandomStreams(7)).table().column("id");
        float[] c = LFV.apply(t, new RandomStreams(8)).table().column("id");
        assertArrayEquals(a, b, 0f);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void badInputNamesTheColumnAndTheValue() {
        FeatureTable t = pool(1275, 1);
        IllegalArgumentException outside =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new StratifiedSubsampling("mass", 50, 250, 450, 0)
                                        .apply(t, new RandomStreams(1)));
        assertTrue(outside.getMessage().contains("mass = "), outside.getMessage());
        assertTrue(outside.getMessage().contains("outside the range [250.0, 450.0]"));
        IllegalArgumentException missing =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new StratifiedSubsampling("m_H", 50, 200, 450, 0)
                                        .apply(t, new RandomStreams(1)));
        assertTrue(missing.getMessage().contains("column 'm_H' is not in the table"));
        IllegalArgumentException tooMany =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> LFV.apply(pool(3000, 1), new RandomStreams(1)));
        assertTrue(
                tooMany.getMessage()
                        .contains("3000 signal rows asked for, but the table has 2550"));
    }
}
