package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Colour lines for the event record, read off a colour assignment of the explicit-colour basis of
 * {@link ColourStates}. In that basis (all particles crossed to incoming) a quark in state i
 * carries colour i, an antiquark anticolour i, a gluon E_ij/√2 colour i and anticolour j; the
 * amplitude is a sum of products of δ's joining each colour i to an anticolour i, so the lines join
 * equal labels. A diagonal gluon (λ₃, λ₈) carries one label k as colour and anticolour, k drawn
 * with the weight of its diagonal entries (½, ½ for λ₃; ⅙, ⅙, ⅔ for λ₈). With three labels for up
 * to n lines, several particles can hold the same label; which of them join is drawn uniformly,
 * avoiding a gluon joined to itself. This is the colour-flow reading of a sampled colour state (as
 * in colour-sampling generators such as Comix): flows whose label pattern is unique — every label
 * held by one line — come exactly with their weight |M_c|²; where labels repeat, the lines are an
 * approximation to the leading-colour choice.
 */
final class ColourFlow {
    private ColourFlow() {}

    /**
     * LHE colour tags of an assignment.
     *
     * @param crossed crossed-incoming PDG ids, root last
     * @param nIn how many particles are physically incoming
     * @param states the colour state of each particle but the root
     * @param firstTag the first tag to use
     * @param rng randomness for the diagonal gluons and the joining of equal labels
     * @return {colour, anticolour} per particle in physical convention
     */
    static int[][] tags(int[] crossed, int nIn, int[] states, int firstTag, SplittableRandom rng) {
        int n = crossed.length;
        int[][] labels = new int[n][];
        int[] total = new int[3];
        for (int i = 0; i < n - 1; i++) {
            labels[i] = labels(crossed[i], states[i]);
            add(total, crossed[i], labels[i]);
        }
        labels[n - 1] = rootLabels(crossed[n - 1], total);
        // diagonal gluons take a label some other particle holds, so that they join it
        boolean[] present = new boolean[3];
        for (int[] l : labels) {
            for (int k : l) {
                if (k >= 0) {
                    present[k] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (labels[i][0] == DIAGONAL) {
                int generator = i < n - 1 ? (states[i] == 6 ? 3 : 8) : 0;
                int k = diagonalLabel(generator, present, rng);
                labels[i] = new int[] {k, k};
            }
        }
        // per label: who carries it as colour, who as anticolour
        List<List<Integer>> colours = new ArrayList<>();
        List<List<Integer>> anticolours = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            colours.add(new ArrayList<>());
            anticolours.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (labels[i][0] >= 0) {
                colours.get(labels[i][0]).add(i);
            }
            if (labels[i][1] >= 0) {
                anticolours.get(labels[i][1]).add(i);
            }
        }
        int[][] crossedTags = new int[n][2];
        int tag = firstTag;
        for (int k = 0; k < 3; k++) {
            List<Integer> c = colours.get(k);
            List<Integer> a = join(c, anticolours.get(k), rng);
            for (int m = 0; m < c.size(); m++) {
                crossedTags[c.get(m)][0] = tag;
                crossedTags[a.get(m)][1] = tag;
                tag++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = i < nIn ? crossedTags[i] : new int[] {crossedTags[i][1], crossedTags[i][0]};
        }
        return out;
    }

    /** Marks a diagonal gluon whose label is drawn once the others are known. */
    private static final int DIAGONAL = -2;

    /** {colour label, anticolour label} (−1 for none) of a non-root particle. */
    private static int[] labels(int id, int state) {
        Particle p = Particle.byPdg(id);
        if (p.colour() == 1) {
            return new int[] {-1, -1};
        }
        if (p.colour() == 3) {
            return id > 0 ? new int[] {state, -1} : new int[] {-1, state};
        }
        int[] w = ColourStates.weight(id, state);
        int c = -1;
        int a = -1;
        for (int k = 0; k < 3; k++) {
            if (w[k] > 0) {
                c = k;
            } else if (w[k] < 0) {
                a = k;
            }
        }
        return c < 0 ? new int[] {DIAGONAL, DIAGONAL} : new int[] {c, a};
    }

    /**
     * A label of a diagonal gluon, drawn with the weights of its diagonal entries (λ₃: 1, 1, 0; λ₈:
     * 1, 1, 4; the root, whose generator is open: equal) among the labels other particles hold (all
     * labels when none does).
     */
    private static int diagonalLabel(int generator, boolean[] present, SplittableRandom rng) {
        double[] w =
                generator == 3
                        ? new double[] {1, 1, 0}
                        : generator == 8 ? new double[] {1, 1, 4} : new double[] {1, 1, 1};
        boolean any = present[0] || present[1] || present[2];
        double total = 0;
        for (int k = 0; k < 3; k++) {
            if (any && !present[k]) {
                w[k] = 0;
            }
            total += w[k];
        }
        if (total == 0) {
            w = new double[] {1, 1, 1};
            total = 3;
        }
        double r = rng.nextDouble() * total;
        for (int k = 0; k < 2; k++) {
            r -= w[k];
            if (r < 0) {
                return k;
            }
        }
        return 2;
    }

    private static void add(int[] total, int id, int[] l) {
        if (l[0] == DIAGONAL) {
            return;
        }
        if (l[0] >= 0) {
            total[l[0]]++;
        }
        if (l[1] >= 0) {
            total[l[1]]--;
        }
    }

    /** The root's labels: whatever balances the others' colour weights. */
    private static int[] rootLabels(int id, int[] total) {
        Particle p = Particle.byPdg(id);
        if (p.colour() == 1) {
            return new int[] {-1, -1};
        }
        int c = -1;
        int a = -1;
        for (int k = 0; k < 3; k++) {
            if (total[k] < 0) {
                c = k;
            } else if (total[k] > 0) {
                a = k;
            }
        }
        if (p.colour() == 3) {
            return id > 0 ? new int[] {c, -1} : new int[] {-1, a};
        }
        return c < 0 ? new int[] {DIAGONAL, DIAGONAL} : new int[] {c, a};
    }

    /**
     * The anticolour holders in the order they join the colour holders: a uniformly drawn matching,
     * redrawn (up to 64 times) while a particle would join itself.
     */
    private static List<Integer> join(List<Integer> c, List<Integer> a, SplittableRandom rng) {
        List<Integer> order = new ArrayList<>(a);
        for (int attempt = 0; attempt < 64; attempt++) {
            for (int i = order.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Integer t = order.get(i);
                order.set(i, order.get(j));
                order.set(j, t);
            }
            boolean selfJoined = false;
            for (int m = 0; m < c.size(); m++) {
                selfJoined |= c.get(m).equals(order.get(m));
            }
            if (!selfJoined) {
                return order;
            }
        }
        return order;
    }
}
