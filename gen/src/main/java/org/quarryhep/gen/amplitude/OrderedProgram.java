package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled colour-ordered Berends–Giele recursion of {@link OrderedAmplitudes}: flat tables of
 * currents ("nodes") and of the ways each is joined from smaller ones ("splits"), built once per
 * process so that an evaluation walks int and double arrays only.
 *
 * <p>A node is a gluon word (an ordered list of gluons, the coefficient of the product of their
 * generators in the matrix-valued current J = J^a T^a) or a row word (the crossed antiquark's row
 * spinor followed by a gluon word: ψ̄ T^{w₁} ⋯ T^{w_k} with its propagator). The same node serves
 * every colour order in which its word is contiguous — the sharing that makes the recursion cheap.
 * Each node holds one 8-double block (4 complex components) per helicity configuration of its own
 * legs (helicity recycling), indexed in mixed radix over its legs in increasing particle order; a
 * split stores, for every helicity index of the node, the indices of its parts.
 */
final class OrderedProgram {
    static final int GLUON_LEG = 0;
    static final int GLUON_WORD = 1;
    static final int ROW_LEG = 2;
    static final int ROW_WORD = 3;
    static final int INSERTION = 4;

    /** The third part of a split that joins a row current and the colourless insertion. */
    static final int INSERTED = -2;

    final int[] helicityStates;
    final int root;
    final int antiquark;
    final boolean quarkLine;

    final int[] kind;
    final int[] mask;
    final int[] leg;
    final int[] offset;
    final int[] stride;
    final boolean[] afterInsertion;
    final int[] helicities;
    final int[] splitStart;
    final int[] splitParts;
    final int[][] splitMaps;
    final int bufferSize;

    /** Per colour order: the range of its final splits in {@link #finalParts}. */
    final int[] finalStart;

    final int[] finalParts;
    final int[][] finalMaps;
    final int rootlessHelicities;

    private final List<Integer> kinds = new ArrayList<>();
    private final List<Integer> masks = new ArrayList<>();
    private final List<Integer> legs = new ArrayList<>();
    private final List<Boolean> inserted = new ArrayList<>();
    private final int insertionMask;
    private int insertion = -1;
    private final List<int[]> splitsOf = new ArrayList<>();
    private final List<int[][]> mapsOf = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Long, int[]> helicityMaps = new HashMap<>();

    /**
     * @param helicityStates the number of helicity states of each particle
     * @param root the particle whose wavefunction closes every amplitude (the crossed quark of a
     *     quark line, else the last gluon)
     * @param antiquark the crossed antiquark (−1 without a quark line)
     * @param words per colour order, the gluon word between the antiquark and the root (quark line)
     *     or after the root around the trace (gluons only)
     * @param colourless the colourless particles that make one current inserted on the quark line
     *     (a bit mask; 0 for none)
     */
    OrderedProgram(
            int[] helicityStates, int root, int antiquark, List<int[]> words, int colourless) {
        this.helicityStates = helicityStates.clone();
        this.insertionMask = colourless;
        this.root = root;
        this.antiquark = antiquark;
        this.quarkLine = antiquark >= 0;
        int rootless = ((1 << helicityStates.length) - 1) & ~(1 << root);
        this.rootlessHelicities = count(rootless);
        List<Integer> fStart = new ArrayList<>();
        List<Integer> fParts = new ArrayList<>();
        List<int[]> fMaps = new ArrayList<>();
        for (int[] w : words) {
            fStart.add(fParts.size() / 3);
            for (int[] split : splits(w, !quarkLine)) {
                int a =
                        quarkLine
                                ? rowNode(Arrays.copyOf(w, split[0]), colourless != 0)
                                : gluonNode(part(w, 0, split[0]));
                int b = gluonNode(part(w, split[0], split.length > 1 ? split[1] : w.length));
                int c = split.length > 1 ? gluonNode(part(w, split[1], w.length)) : -1;
                addSplit(rootless, a, b, c, fParts, fMaps);
            }
            if (colourless != 0) {
                addSplit(rootless, rowNode(w, false), insertionNode(), INSERTED, fParts, fMaps);
            }
        }
        fStart.add(fParts.size() / 3);
        int nodes = kinds.size();
        this.kind = ints(kinds);
        this.mask = ints(masks);
        this.leg = ints(legs);
        this.offset = new int[nodes];
        this.stride = new int[nodes];
        this.afterInsertion = new boolean[nodes];
        this.helicities = new int[nodes];
        this.splitStart = new int[nodes + 1];
        List<Integer> parts = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        int size = 0;
        for (int k = 0; k < nodes; k++) {
            helicities[k] = count(mask[k]);
            offset[k] = size;
            stride[k] = kind[k] == INSERTION ? 16 : 8;
            afterInsertion[k] = inserted.get(k);
            size += stride[k] * helicities[k];
            splitStart[k] = parts.size() / 3;
            for (int p : splitsOf.get(k)) {
                parts.add(p);
            }
            maps.addAll(Arrays.asList(mapsOf.get(k)));
        }
        splitStart[nodes] = parts.size() / 3;
        this.bufferSize = size;
        this.splitParts = ints(parts);
        this.splitMaps = maps.toArray(new int[0][]);
        this.finalStart = ints(fStart);
        this.finalParts = ints(fParts);
        this.finalMaps = fMaps.toArray(new int[0][]);
    }

    /**
     * The ways a word splits into two (or, for gluon words, three) non-empty contiguous parts, as
     * the cut positions; for a row word the first part may be empty (the bare antiquark).
     */
    private static List<int[]> splits(int[] w, boolean gluonsOnly) {
        List<int[]> out = new ArrayList<>();
        for (int i = gluonsOnly ? 1 : 0; i < w.length; i++) {
            out.add(new int[] {i});
        }
        if (gluonsOnly) {
            for (int i = 1; i < w.length; i++) {
                for (int j = i + 1; j < w.length; j++) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    private int gluonNode(int[] w) {
        String key = "g" + Arrays.toString(w);
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        List<Integer> parts = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        int m = maskOf(w, -1);
        if (w.length > 1) {
            for (int[] split : splits(w, true)) {
                int a = gluonNode(part(w, 0, split[0]));
                int b = gluonNode(part(w, split[0], split.length > 1 ? split[1] : w.length));
                int c = split.length > 1 ? gluonNode(part(w, split[1], w.length)) : -1;
                addSplit(m, a, b, c, parts, maps);
            }
        }
        return register(key, w.length == 1 ? GLUON_LEG : GLUON_WORD, m, w[0], parts, maps);
    }

    /** The row current ψ̄ T^w, with the colourless insertion somewhere along it or not. */
    private int rowNode(int[] w, boolean withInsertion) {
        String key = (withInsertion ? "R" : "r") + Arrays.toString(w);
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        List<Integer> parts = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        int m = maskOf(w, antiquark) | (withInsertion ? insertionMask : 0);
        for (int i = 0; i < w.length; i++) {
            int a = rowNode(Arrays.copyOf(w, i), withInsertion);
            int b = gluonNode(part(w, i, w.length));
            addSplit(m, a, b, -1, parts, maps);
        }
        if (withInsertion) {
            addSplit(m, rowNode(w, false), insertionNode(), INSERTED, parts, maps);
        }
        int k = w.length == 0 && !withInsertion ? ROW_LEG : ROW_WORD;
        int id = register(key, k, m, antiquark, parts, maps);
        inserted.set(id, withInsertion);
        return id;
    }

    /** The colourless current (its left- and right-handed couplings to the quark line). */
    private int insertionNode() {
        if (insertion < 0) {
            insertion =
                    register(
                            "insertion",
                            INSERTION,
                            insertionMask,
                            -1,
                            new ArrayList<>(),
                            List.of());
        }
        return insertion;
    }

    private void addSplit(int m, int a, int b, int c, List<Integer> parts, List<int[]> maps) {
        parts.add(a);
        parts.add(b);
        parts.add(c);
        maps.add(map(m, masks.get(a)));
        maps.add(map(m, masks.get(b)));
        maps.add(c < 0 ? null : map(m, masks.get(c)));
    }

    private int register(String key, int k, int m, int l, List<Integer> parts, List<int[]> maps) {
        int id = kinds.size();
        kinds.add(k);
        masks.add(m);
        legs.add(l);
        inserted.add(false);
        splitsOf.add(ints(parts));
        mapsOf.add(maps.toArray(new int[0][]));
        index.put(key, id);
        return id;
    }

    /**
     * For every helicity index over the legs of {@code whole}, the index over the legs of its
     * subset {@code part} (mixed radix, lowest particle fastest).
     */
    private int[] map(int whole, int part) {
        long key = ((long) whole << 32) | part;
        int[] known = helicityMaps.get(key);
        if (known != null) {
            return known;
        }
        int[] out = new int[count(whole)];
        int[] digits = new int[helicityStates.length];
        for (int h = 0; h < out.length; h++) {
            int rest = h;
            for (int i = 0; i < digits.length; i++) {
                if ((whole & (1 << i)) != 0) {
                    digits[i] = rest % helicityStates[i];
                    rest /= helicityStates[i];
                }
            }
            int sub = 0;
            int stride = 1;
            for (int i = 0; i < digits.length; i++) {
                if ((part & (1 << i)) != 0) {
                    sub += stride * digits[i];
                    stride *= helicityStates[i];
                }
            }
            out[h] = sub;
        }
        helicityMaps.put(key, out);
        return out;
    }

    /** The number of helicity configurations of the particles in a mask. */
    int count(int m) {
        int c = 1;
        for (int i = 0; i < helicityStates.length; i++) {
            if ((m & (1 << i)) != 0) {
                c *= helicityStates[i];
            }
        }
        return c;
    }

    /** The node count. */
    int nodes() {
        return kind.length;
    }

    /** The number of colour orders. */
    int orders() {
        return finalStart.length - 1;
    }

    private static int maskOf(int[] w, int extra) {
        int m = extra >= 0 ? 1 << extra : 0;
        for (int g : w) {
            m |= 1 << g;
        }
        return m;
    }

    private static int[] part(int[] w, int from, int to) {
        return Arrays.copyOfRange(w, from, to);
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
