package org.quarryhep.gen;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the maximum weight of the accept–reject unweighting from the weights of the final
 * integration iterations, truncating the largest ones by a bounded fraction of Σ|w|.
 */
final class MaxWeight {
    private MaxWeight() {}

    /**
     * The smallest w_max with Σ(|w| − w_max)⁺ ≤ {@link EventGenerator#MAX_WEIGHT_TRUNCATION}·Σ|w|.
     *
     * @param chunks the weights of the final iterations, chunk by chunk
     * @param sumAbs Σ|w| over all of them
     * @return w_max
     */
    static double of(List<double[]> chunks, double sumAbs) {
        int n = 0;
        for (double[] c : chunks) {
            n += c.length;
        }
        double[] all = new double[n];
        int k = 0;
        for (double[] c : chunks) {
            for (double w : c) {
                all[k++] = Math.abs(w);
            }
        }
        Arrays.sort(all);
        double allowed = EventGenerator.MAX_WEIGHT_TRUNCATION * sumAbs;
        double excess = 0;
        for (int i = n - 1; i > 0; i--) {
            // Lowering w_max from all[i] to all[i-1] adds (n - i) * (all[i] - all[i-1]) excess.
            double add = (n - i) * (all[i] - all[i - 1]);
            if (excess + add > allowed) {
                return all[i] - (allowed - excess) / (n - i);
            }
            excess += add;
        }
        return all[n - 1];
    }
}
