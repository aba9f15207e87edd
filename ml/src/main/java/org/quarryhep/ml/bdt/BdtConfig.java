package org.quarryhep.ml.bdt;

/**
 * XGBoost settings (names as in XGBoost's parameter documentation); the tree method is always
 * {@code hist}.
 *
 * @param trees boosting rounds
 * @param maxDepth maximum tree depth
 * @param eta learning rate (shrinkage)
 * @param subsample row fraction per tree
 * @param colsampleByTree column fraction per tree
 * @param minChildWeight minimum hessian weight in a leaf
 * @param lambda L2 regularisation of leaf values
 * @param maxBin histogram bins per feature
 * @param regression true for squared-error regression, false for binary logistic classification
 * @param threads XGBoost threads
 * @param seed the random seed
 */
public record BdtConfig(
        int trees,
        int maxDepth,
        double eta,
        double subsample,
        double colsampleByTree,
        double minChildWeight,
        double lambda,
        int maxBin,
        boolean regression,
        int threads,
        long seed) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field
     */
    public BdtConfig {
        if (trees < 1 || maxDepth < 1 || maxBin < 2 || threads < 1) {
            throw new IllegalArgumentException(
                    "trees, maxDepth, threads must be ≥ 1 and maxBin ≥ 2; got "
                            + trees
                            + ", "
                            + maxDepth
                            + ", "
                            + threads
                            + ", "
                            + maxBin);
        }
        if (!(eta > 0)
                || !(subsample > 0 && subsample <= 1)
                || !(colsampleByTree > 0 && colsampleByTree <= 1)) {
            throw new IllegalArgumentException(
                    "eta must be > 0 and subsample, colsampleByTree in (0, 1]; got "
                            + eta
                            + ", "
                            + subsample
                            + ", "
                            + colsampleByTree);
        }
    }

    /** XGBoost's defaults (depth 6, eta 0.3, 256 bins) for a classifier with the given trees. */
    public static BdtConfig classifier(int trees, long seed) {
        return new BdtConfig(trees, 6, 0.3, 1, 1, 1, 1, 256, false, 1, seed);
    }
}
