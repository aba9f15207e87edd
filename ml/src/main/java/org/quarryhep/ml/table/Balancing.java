package org.quarryhep.ml.table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Class balancing for binary labels (1 = signal, otherwise background), by weights or by
 * resampling.
 */
public final class Balancing {
    private Balancing() {}

    /**
     * Rescales the weights of each class so both classes sum to half the total number of rows; the
     * shape within a class (including negative weights) is kept.
     *
     * @throws IllegalArgumentException when a class is empty or its weights sum to ≤ 0
     */
    public static FeatureTable reweight(FeatureTable t) {
        double[] sums = t.classWeightSums();
        if (!(sums[0] > 0) || !(sums[1] > 0)) {
            throw new IllegalArgumentException(
                    "cannot balance: class weight sums are signal "
                            + sums[0]
                            + ", background "
                            + sums[1]);
        }
        double half = t.rows() / 2.0;
        double[] w = t.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] *= t.label(i) == 1f ? half / sums[0] : half / sums[1];
        }
        return t.withWeights(w);
    }

    /**
     * Keeps a seeded random subset of the larger class with as many rows as the smaller class.
     *
     * @throws IllegalArgumentException when a class is empty
     */
    public static FeatureTable undersample(FeatureTable t, long seed) {
        List<Integer> sig = new ArrayList<>();
        List<Integer> bkg = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            (t.label(i) == 1f ? sig : bkg).add(i);
        }
        if (sig.isEmpty() || bkg.isEmpty()) {
            throw new IllegalArgumentException(
                    "cannot balance: "
                            + sig.size()
                            + " signal and "
                            + bkg.size()
                            + " background rows");
        }
        List<Integer> big = sig.size() >= bkg.size() ? sig : bkg;
        List<Integer> small = big == sig ? bkg : sig;
        SplittableRandom rng = new SplittableRandom(seed);
        int[] b = big.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < small.size(); i++) {
            int j = i + rng.nextInt(b.length - i);
            int x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
        int[] keep = new int[small.size() * 2];
        for (int i = 0; i < small.size(); i++) {
            keep[i] = small.get(i);
            keep[small.size() + i] = b[i];
        }
        java.util.Arrays.sort(keep);
        return t.select(keep);
    }
}
