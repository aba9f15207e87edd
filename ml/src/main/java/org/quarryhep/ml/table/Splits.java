package org.quarryhep.ml.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded, stratified partitions of a table.
 *
 * <p>Rows are grouped by label (the strata; for a regression target with more than 16 distinct
 * values the whole table is one stratum), each stratum is shuffled with a Fisher–Yates shuffle
 * driven by {@link SplittableRandom}(seed), and cut in the requested fractions, so every part has
 * the class proportions of the whole to within one row per class. The same seed gives the same
 * parts.
 */
public final class Splits {
    private Splits() {}

    /**
     * Splits into train, validation and test parts.
     *
     * @param table the table
     * @param train fraction for training, e.g. 0.8
     * @param validation fraction for validation, e.g. 0.1 (0 allowed)
     * @param seed the random seed
     * @return the three parts; the test part takes the remaining rows
     * @throws IllegalArgumentException when the fractions are negative or sum above 1
     */
    public static Split stratified(FeatureTable table, double train, double validation, long seed) {
        if (train <= 0 || validation < 0 || train + validation > 1 + 1e-12) {
            throw new IllegalArgumentException(
                    "fractions train " + train + ", validation " + validation + " are invalid");
        }
        List<int[]> parts = partition(table, new double[] {train, validation}, seed);
        return new Split(
                table.select(parts.get(0)), table.select(parts.get(1)), table.select(parts.get(2)));
    }

    /** The 8:1:1 split. */
    public static Split eightOneOne(FeatureTable table, long seed) {
        return stratified(table, 0.8, 0.1, seed);
    }

    /** The 80/20 split into train and validation (the test part is empty). */
    public static Split eightyTwenty(FeatureTable table, long seed) {
        return stratified(table, 0.8, 0.2, seed);
    }

    private static List<int[]> partition(FeatureTable table, double[] fractions, long seed) {
        Map<Float, List<Integer>> strata = new LinkedHashMap<>();
        float[] labels = table.labels();
        for (int i = 0; i < labels.length; i++) {
            strata.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        if (strata.size() > 16) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                all.add(i);
            }
            strata = Map.of(0f, all);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<List<Integer>> out = new ArrayList<>();
        for (int k = 0; k <= fractions.length; k++) {
            out.add(new ArrayList<>());
        }
        for (List<Integer> rows : strata.values()) {
            int[] idx = rows.stream().mapToInt(Integer::intValue).toArray();
            for (int i = idx.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
            }
            int start = 0;
            double cum = 0;
            for (int k = 0; k < fractions.length; k++) {
                cum += fractions[k];
                int end = (int) Math.round(cum * idx.length);
                for (int i = start; i < end; i++) {
                    out.get(k).add(idx[i]);
                }
                start = end;
            }
            for (int i = start; i < idx.length; i++) {
                out.get(fractions.length).add(idx[i]);
            }
        }
        List<int[]> result = new ArrayList<>();
        for (List<Integer> l : out) {
            result.add(l.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return result;
    }
}
