package org.quarryhep.jets;

/**
 * The plain O(N²) strategy: each active pseudojet keeps its geometric nearest neighbour within R
 * (Cacciari &amp; Salam, hep-ph/0512210, section 2: the smallest d_ij always pairs a pseudojet with
 * its geometric nearest neighbour), and each step scans all active pseudojets for the smallest
 * d_iJ. Active pseudojets live in compact slot arrays: a new pseudojet takes the lower slot of its
 * parents, and the vacated slot is refilled from the end. Ties go to the lower slot, both for the
 * smallest d_iJ and for the nearest neighbour, except that an existing neighbour is kept when the
 * new pseudojet is exactly as near. This is the memory order that decides ties in FastJet, which
 * {@link TiledClusterer} reproduces through the same slot bookkeeping.
 */
final class PlainClusterer {
    private final ClusterSequence cs;
    private final JetAlgorithm algorithm;
    private final double r2;
    private final double invR2;

    // Per slot.
    private final double[] rap;
    private final double[] phi;
    private final double[] scale;
    private final double[] nnDist;
    private final int[] nn;
    private final int[] jet;
    private final double[] diJ;
    private int size;

    private PlainClusterer(ClusterSequence cs) {
        this.cs = cs;
        this.algorithm = cs.definition().algorithm();
        this.r2 = cs.definition().radius2();
        this.invR2 = 1.0 / r2;
        int n = cs.initialCount();
        rap = new double[n];
        phi = new double[n];
        scale = new double[n];
        nnDist = new double[n];
        nn = new int[n];
        jet = new int[n];
        diJ = new double[n];
        size = n;
    }

    static void cluster(ClusterSequence cs) {
        new PlainClusterer(cs).run();
    }

    private void run() {
        for (int i = 0; i < size; i++) {
            setSlot(i, i);
        }
        for (int i = 1; i < size; i++) {
            for (int j = 0; j < i; j++) {
                double d = dist(i, j);
                offer(i, j, d);
                offer(j, i, d);
            }
        }
        for (int i = 0; i < size; i++) {
            diJ[i] = computeDiJ(i);
        }
        while (size > 0) {
            int a = 0;
            for (int i = 1; i < size; i++) {
                if (diJ[i] < diJ[a]) {
                    a = i;
                }
            }
            int b = nn[a];
            double d = diJ[a] * invR2;
            if (b >= 0) {
                // The new pseudojet goes into the lower slot; the higher one is vacated.
                if (a < b) {
                    int t = a;
                    a = b;
                    b = t;
                }
                int k = cs.recombine(jet[a], jet[b], d);
                setSlot(b, k);
            } else {
                cs.mergeWithBeam(jet[a], d);
            }
            int tail = --size;
            if (a != tail) {
                copySlot(tail, a);
            }
            for (int i = 0; i < size; i++) {
                if (nn[i] == a || (b >= 0 && nn[i] == b)) {
                    rescan(i);
                    diJ[i] = computeDiJ(i);
                }
                if (b >= 0 && i != b) {
                    double dib = dist(i, b);
                    if (dib < nnDist[i]) {
                        nnDist[i] = dib;
                        nn[i] = b;
                        diJ[i] = computeDiJ(i);
                    }
                    offer(b, i, dib);
                }
                if (nn[i] == tail) {
                    nn[i] = a;
                }
            }
            if (b >= 0) {
                diJ[b] = computeDiJ(b);
            }
        }
    }

    private void setSlot(int slot, int jetIndex) {
        double x = cs.px(jetIndex);
        double y = cs.py(jetIndex);
        jet[slot] = jetIndex;
        rap[slot] = PseudoJetKinematics.rapidity(x, y, cs.pz(jetIndex), cs.e(jetIndex));
        phi[slot] = PseudoJetKinematics.phi(x, y);
        scale[slot] = PseudoJetKinematics.momentumScale(algorithm, x * x + y * y);
        nnDist[slot] = r2;
        nn[slot] = -1;
    }

    private void copySlot(int from, int to) {
        jet[to] = jet[from];
        rap[to] = rap[from];
        phi[to] = phi[from];
        scale[to] = scale[from];
        nnDist[to] = nnDist[from];
        nn[to] = nn[from];
        diJ[to] = diJ[from];
    }

    private double dist(int i, int j) {
        return PseudoJetKinematics.distance2(rap[i], phi[i], rap[j], phi[j]);
    }

    /** Makes slot j the neighbour of slot i if it is closer (ties: the lower slot). */
    private void offer(int i, int j, double d) {
        if (d < nnDist[i] || (d == nnDist[i] && nn[i] >= 0 && j < nn[i])) {
            nnDist[i] = d;
            nn[i] = j;
        }
    }

    /** Finds slot i's nearest neighbour among all slots; the running best is kept in locals. */
    private void rescan(int i) {
        double yi = rap[i];
        double phii = phi[i];
        double best = r2;
        int bestJ = -1;
        for (int j = 0; j < size; j++) {
            if (j == i) {
                continue;
            }
            double d = PseudoJetKinematics.distance2(yi, phii, rap[j], phi[j]);
            // Slots are visited in ascending order, so a tie keeps the lower slot.
            if (d < best) {
                best = d;
                bestJ = j;
            }
        }
        nnDist[i] = best;
        nn[i] = bestJ;
    }

    private double computeDiJ(int i) {
        double s = scale[i];
        if (nn[i] >= 0 && scale[nn[i]] < s) {
            s = scale[nn[i]];
        }
        return nnDist[i] * s;
    }
}
