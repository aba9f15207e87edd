package org.quarryhep.gen.amplitude;

import java.util.Arrays;
import java.util.Set;

/**
 * Which diagrams an {@link OffShellRecursion} keeps beyond the coupling orders and {@code / x}
 * exclusions.
 *
 * <p>Without alternatives every required propagator must be in a diagram (pruning alone does it).
 * With alternatives (identical particles across a decay chain's branches: one per assignment of the
 * particles to the branches) a diagram is kept when it has every propagator of at least one
 * alternative: a subset is pruned only where it rules out all alternatives, and a required
 * propagator k that not every alternative shares tags its current with bit k of the QCD order above
 * {@link OffShellRecursion#TAG} ({@code TAG << (1 + k)}; a diagram has a subset as a propagator at
 * most once, so the bits add up to the set of propagators present), from which {@link #selects}
 * tells the root currents of kept diagrams; the caller lifts the QCD and WEIGHTED limits as for the
 * s-channel tag.
 *
 * @param requiredMasks subsets (bit masks over the non-root particles) that must be one propagator
 *     of the species at the same index of {@code requiredSpecies}
 * @param requiredSpecies |PDG| id of each required propagator
 * @param sChannelTagged |PDG| ids whose s-channel propagators tag a current: its QCD order is
 *     raised by {@link OffShellRecursion#TAG} (once), so that the root currents of diagrams with
 *     such a propagator are told apart from the others (orders add up in every vertex); the caller
 *     then lifts the QCD and WEIGHTED limits and applies them itself to the order modulo TAG
 * @param alternatives each alternative's indices into the required propagators; empty: all are
 *     required
 * @param sChannelExcluded |PDG| ids that may not be s-channel propagators ({@code $$ x})
 */
record DiagramSelection(
        int[] requiredMasks,
        int[] requiredSpecies,
        Set<Integer> sChannelTagged,
        int[][] alternatives,
        Set<Integer> sChannelExcluded) {
    /** No selection. */
    static final DiagramSelection ALL = new DiagramSelection(new int[0], new int[0], Set.of());

    /** The most required propagators that alternatives can tag (bits 17–26 of the order). */
    static final int MAX_TAGGED = 10;

    /** Copies the arrays; checks the number of tags. */
    DiagramSelection {
        requiredMasks = requiredMasks.clone();
        requiredSpecies = requiredSpecies.clone();
        sChannelTagged = Set.copyOf(sChannelTagged);
        int[][] copy = new int[alternatives.length][];
        for (int a = 0; a < copy.length; a++) {
            copy[a] = alternatives[a].clone();
        }
        alternatives = copy;
        sChannelExcluded = Set.copyOf(sChannelExcluded);
        if (alternatives.length > 0 && requiredMasks.length > MAX_TAGGED) {
            throw new IllegalArgumentException(
                    requiredMasks.length
                            + " required propagators to tell their assignments to the branches"
                            + " apart, at most "
                            + MAX_TAGGED
                            + " are possible");
        }
    }

    /** All the required propagators, no s-channel exclusion. */
    DiagramSelection(int[] requiredMasks, int[] requiredSpecies, Set<Integer> sChannelTagged) {
        this(requiredMasks, requiredSpecies, sChannelTagged, new int[0][], Set.of());
    }

    /** This selection with one more propagator that every alternative requires. */
    DiagramSelection requiring(int mask, int species) {
        int k = requiredMasks.length;
        int[] masks = Arrays.copyOf(requiredMasks, k + 1);
        int[] ids = Arrays.copyOf(requiredSpecies, k + 1);
        masks[k] = mask;
        ids[k] = species;
        int[][] alts = new int[alternatives.length][];
        for (int a = 0; a < alts.length; a++) {
            alts[a] = Arrays.copyOf(alternatives[a], alternatives[a].length + 1);
            alts[a][alternatives[a].length] = k;
        }
        return new DiagramSelection(masks, ids, sChannelTagged, alts, sChannelExcluded);
    }

    /**
     * Whether a subset's currents are dropped: it overlaps partially a required subset (of every
     * alternative).
     */
    boolean crosses(int m) {
        if (alternatives.length == 0) {
            return crossesOne(m, null);
        }
        for (int[] g : alternatives) {
            if (!crossesOne(m, g)) {
                return false;
            }
        }
        return true;
    }

    /** Whether m overlaps partially a required subset among g (all when g is null). */
    private boolean crossesOne(int m, int[] g) {
        int count = g == null ? requiredMasks.length : g.length;
        for (int i = 0; i < count; i++) {
            int r = requiredMasks[g == null ? i : g[i]];
            int both = m & r;
            if (both != 0 && both != m && both != r) {
                return true;
            }
        }
        return false;
    }

    /** Whether two parts of a four-gluon join make up a required subset (of every alternative). */
    boolean splitsRequired(int a, int b, int c) {
        if (alternatives.length == 0) {
            return splitsOne(a, b, c, null);
        }
        for (int[] g : alternatives) {
            if (!splitsOne(a, b, c, g)) {
                return false;
            }
        }
        return true;
    }

    private boolean splitsOne(int a, int b, int c, int[] g) {
        int count = g == null ? requiredMasks.length : g.length;
        for (int i = 0; i < count; i++) {
            int r = requiredMasks[g == null ? i : g[i]];
            if ((a | b) == r || (a | c) == r || (b | c) == r) {
                return true;
            }
        }
        return false;
    }

    /** Whether a current of species id may stand for subset m (in some alternative). */
    boolean allows(int m, int id) {
        int abs = Math.abs(id);
        if (alternatives.length == 0) {
            return !conflicts(m, abs, null);
        }
        for (int[] g : alternatives) {
            if (!conflicts(m, abs, g)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a required subset among g (all when null) is m with another species. */
    private boolean conflicts(int m, int abs, int[] g) {
        int count = g == null ? requiredMasks.length : g.length;
        for (int i = 0; i < count; i++) {
            int k = g == null ? i : g[i];
            if (requiredMasks[k] == m && requiredSpecies[k] != abs) {
                return true;
            }
        }
        return false;
    }

    /** {@link #allows}, and no s-channel propagator of a species excluded with {@code $$}. */
    boolean keeps(int m, int id, boolean sChannel) {
        return allows(m, id) && !(sChannel && sChannelExcluded.contains(Math.abs(id)));
    }

    /** What a current of species id on subset m adds to its QCD order as tags. */
    int tag(int m, int id, boolean sChannel, int qcd) {
        int abs = Math.abs(id);
        int add =
                sChannel && (qcd & OffShellRecursion.TAG) == 0 && sChannelTagged.contains(abs)
                        ? OffShellRecursion.TAG
                        : 0;
        for (int k = 0; k < requiredMasks.length && alternatives.length > 0; k++) {
            if (requiredMasks[k] == m && requiredSpecies[k] == abs && !shared(k)) {
                add += OffShellRecursion.TAG << (1 + k);
            }
        }
        return add;
    }

    /** Whether every alternative requires propagator k (then pruning alone enforces it). */
    private boolean shared(int k) {
        for (int[] g : alternatives) {
            if (Arrays.stream(g).noneMatch(x -> x == k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the alternatives' tags enter the root currents' QCD order. */
    boolean tagsAlternatives() {
        return alternatives.length > 0;
    }

    /**
     * Whether a root current with this QCD order (tags included) comes from diagrams that hold
     * every propagator of some alternative.
     */
    boolean selects(int qcd) {
        if (alternatives.length == 0) {
            return true;
        }
        int bits = qcd >>> 17;
        for (int[] g : alternatives) {
            boolean all = true;
            for (int k : g) {
                all &= shared(k) || (bits & (1 << k)) != 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
