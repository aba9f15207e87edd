package org.quarryhep.jets;

/**
 * How the sequence finds the next pair to merge. Every strategy gives the same clustering (tested
 * property); they differ only in speed.
 */
public enum ClusteringStrategy {
    /**
     * Chooses by multiplicity: {@link #N2_PLAIN} below 85 particles (where it measured faster),
     * {@link #N2_TILED} from there on.
     */
    BEST,
    /**
     * Nearest-neighbour bookkeeping over all pairs: O(N²) time, fastest for a few tens of
     * particles.
     */
    N2_PLAIN,
    /**
     * Nearest neighbours searched only in neighbouring (y, φ) tiles of size ≥ R (Cacciari &amp;
     * Salam, hep-ph/0512210, section 3); the smallest distance found by a linear scan, or from 1
     * 500 particles on kept in a binary heap: O(N²) worst case, close to O(N·n_tile) plus the scan
     * for physical events.
     */
    N2_TILED;

    /** Multiplicity at and above which {@link #BEST} uses tiling. */
    static final int TILED_THRESHOLD = 85;

    /** The concrete strategy {@link #BEST} stands for at multiplicity {@code n}. */
    ClusteringStrategy resolve(int n) {
        if (this != BEST) {
            return this;
        }
        return n >= TILED_THRESHOLD ? N2_TILED : N2_PLAIN;
    }
}
