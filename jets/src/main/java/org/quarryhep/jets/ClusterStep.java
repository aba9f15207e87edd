package org.quarryhep.jets;

/**
 * One entry of a {@link ClusterSequence}'s history. The first N entries are the input particles (no
 * parents); each later entry is a merge of two earlier entries (i + j → jet) or of one entry with
 * the beam (i + B: the entry becomes an inclusive jet).
 *
 * @param parent1 the lower-numbered parent history index, or {@link #NO_PARENT} for an input
 * @param parent2 the higher-numbered parent history index, {@link #BEAM} for a beam merge, or
 *     {@link #NO_PARENT} for an input
 * @param jetIndex the index of the pseudojet this step produced (inputs keep their own index; for a
 *     beam merge {@link #BEAM})
 * @param dij the distance at which the merge happened (0 for inputs); for beam merges d_iB
 * @param maxDijSoFar the largest {@code dij} up to and including this step
 */
public record ClusterStep(int parent1, int parent2, int jetIndex, double dij, double maxDijSoFar) {
    /** Marks a beam merge in {@link #parent2()} and {@link #jetIndex()}. */
    public static final int BEAM = -1;

    /** Marks the absent parents of an input particle. */
    public static final int NO_PARENT = -2;

    /** True when this step merged a pseudojet with the beam. */
    public boolean isBeamMerge() {
        return parent2 == BEAM;
    }

    /** True when this step is an input particle. */
    public boolean isInput() {
        return parent1 == NO_PARENT;
    }
}
