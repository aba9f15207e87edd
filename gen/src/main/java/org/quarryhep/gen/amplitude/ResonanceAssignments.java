package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assignments of a decay chain's identical final-state particles to its branches ({@code u d~ >
 * e+ n1, n1 > e+ d u~}: which e⁺ comes from the N). Each permutation of identical particles maps
 * the resonances' product slots to other slots; the distinct images of the resonance list are the
 * assignments (permutations within one branch, or that swap two identical branches, give the same
 * one). As MadGraph does, the amplitude is the sum of the diagrams that have every resonance of at
 * least one assignment (each diagram once: identical fermions keep the relative signs of the full
 * amplitude, so the sum is antisymmetric under their exchange, and interference between the
 * assignments is kept), the final-state factor 1/∏n! of the identical particles applies, and the
 * generator keeps a point when some assignment's resonances are all within their windows.
 */
public final class ResonanceAssignments {
    private ResonanceAssignments() {}

    /** The most permutations of identical particles looked at (8! — eight identical particles). */
    private static final int MAX_PERMUTATIONS = 40_320;

    /**
     * The distinct assignments of a subprocess's identical particles to its resonances, its own
     * first; one (its own) when no identical particles sit in different branches.
     *
     * @param sp the subprocess
     * @return resonance lists in the subprocess's order (same species and parents, permuted slots)
     * @throws ProcessSyntaxException when the identical particles have too many permutations
     */
    public static List<List<Resonance>> of(Subprocess sp) {
        List<Resonance> own = sp.resonances();
        if (own.isEmpty()) {
            return List.of(own);
        }
        int[] out = sp.outgoing();
        Map<Set<String>, List<Resonance>> distinct = new LinkedHashMap<>();
        distinct.put(key(own), own);
        long count = 1;
        Map<Integer, Integer> multiplicity = new LinkedHashMap<>();
        for (int id : out) {
            count *= multiplicity.merge(id, 1, Integer::sum);
        }
        if (count > MAX_PERMUTATIONS) {
            throw new ProcessSyntaxException(
                    sp.text()
                            + ": "
                            + count
                            + " permutations of identical particles; at most "
                            + MAX_PERMUTATIONS);
        }
        permute(out, 0, new int[out.length], new boolean[out.length], own, distinct);
        return List.copyOf(distinct.values());
    }

    /**
     * The subprocess with each of its assignments ({@link #of}), its own first.
     *
     * @param sp the subprocess
     * @return subprocesses that differ only in their resonances' slots
     */
    public static List<Subprocess> variants(Subprocess sp) {
        List<Subprocess> out = new ArrayList<>();
        for (List<Resonance> a : of(sp)) {
            out.add(sp.withResonances(a));
        }
        return out;
    }

    /** Fills image[slot..] with the slots of the same species not yet used, depth first. */
    private static void permute(
            int[] out,
            int slot,
            int[] image,
            boolean[] used,
            List<Resonance> own,
            Map<Set<String>, List<Resonance>> distinct) {
        if (slot == out.length) {
            List<Resonance> mapped = new ArrayList<>();
            for (Resonance r : own) {
                int mask = 0;
                for (int i = 0; i < out.length; i++) {
                    if ((r.mask() & (1 << i)) != 0) {
                        mask |= 1 << image[i];
                    }
                }
                mapped.add(new Resonance(r.pdg(), mask, r.parent()));
            }
            distinct.putIfAbsent(key(mapped), List.copyOf(mapped));
            return;
        }
        for (int j = 0; j < out.length; j++) {
            if (!used[j] && out[j] == out[slot]) {
                used[j] = true;
                image[slot] = j;
                permute(out, slot + 1, image, used, own, distinct);
                used[j] = false;
            }
        }
    }

    /** The set of (species, slots) pairs: two assignments with the same set are one. */
    private static Set<String> key(List<Resonance> resonances) {
        Set<String> k = new TreeSet<>();
        for (Resonance r : resonances) {
            k.add(r.pdg() + ":" + r.mask());
        }
        return k;
    }

    /**
     * The recursion's diagram selection for a subprocess: each resonance's products as one
     * propagator (their subset, or its complement among the non-root particles when they include
     * the root — the same propagator seen from the other side) — for every assignment as
     * alternatives when {@code symmetrised} and there are several —, the s-channel requirement's
     * tag and the {@code $$} exclusions.
     *
     * @param sp the subprocess
     * @param n the number of particles
     * @param nIn the number of incoming ones
     * @param symmetrised whether every assignment is kept, or the subprocess's own alone
     * @return the selection
     */
    static DiagramSelection selection(Subprocess sp, int n, int nIn, boolean symmetrised) {
        List<List<Resonance>> assignments = symmetrised ? of(sp) : List.of(sp.resonances());
        List<Integer> masks = new ArrayList<>();
        List<Integer> species = new ArrayList<>();
        int[][] alternatives = new int[assignments.size() > 1 ? assignments.size() : 0][];
        int full = (1 << (n - 1)) - 1;
        for (int a = 0; a < assignments.size(); a++) {
            List<Resonance> list = assignments.get(a);
            int[] indices = new int[list.size()];
            for (int r = 0; r < list.size(); r++) {
                int m = list.get(r).mask() << nIn;
                m = (m & (1 << (n - 1))) != 0 ? full & ~m : m;
                int s = Math.abs(list.get(r).pdg());
                int k = 0;
                while (k < masks.size() && !(masks.get(k) == m && species.get(k) == s)) {
                    k++;
                }
                if (k == masks.size()) {
                    masks.add(m);
                    species.add(s);
                }
                indices[r] = k;
            }
            if (alternatives.length > 0) {
                alternatives[a] = indices;
            }
        }
        try {
            return new DiagramSelection(
                    masks.stream().mapToInt(Integer::intValue).toArray(),
                    species.stream().mapToInt(Integer::intValue).toArray(),
                    sp.sChannel(),
                    alternatives,
                    sp.sChannelForbidden());
        } catch (IllegalArgumentException e) {
            throw new ProcessSyntaxException(
                    sp.text()
                            + ": identical particles across decays need "
                            + e.getMessage()
                            + " (a larger set is not supported)");
        }
    }
}
