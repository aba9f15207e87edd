package org.quarryhep.jets;

import java.util.Arrays;

/**
 * The tiled strategy of Cacciari &amp; Salam (hep-ph/0512210, section 3): the (y, φ) cylinder is
 * cut into tiles at least R wide, so a pseudojet's nearest neighbour within R lies in its own tile
 * or one of the eight around it. After a merge only pseudojets in the tiles around the merged and
 * the new pseudojet can change neighbour. The smallest d_iJ is kept in a binary heap. Exact ties
 * are decided by the slot order of {@link PlainClusterer}, kept here alongside, so both
 * strategies give identical histories.
 *
 * <p>The rapidity span of the tiling covers where the particles are; the few beyond it (and the
 * ±10⁵ rapidities of massless particles along the beam) fall into the edge tiles, which is still
 * exact because clamping a rapidity into the edge tile keeps neighbours within one tile.
 */
final class TiledClusterer {
    /** Rapidities beyond this are clamped before building the tiling histogram. */
    private static final double RAP_HISTOGRAM_LIMIT = 20.0;

    private final ClusterSequence cs;
    private final JetAlgorithm algorithm;
    private final double r2;
    private final double invR2;

    // Per pseudojet index (inputs and merged pseudojets).
    private final double[] rap;
    private final double[] phi;
    private final double[] scale;
    private final double[] nnDist;
    private final int[] nn;
    private final double[] diJ;
    private final int[] tileOf;
    private final int[] next;
    private final int[] prev;

    // FastJet-like slot bookkeeping: it only decides exact ties (see PlainClusterer).
    private final int[] slotOf;
    private final int[] jetAt;
    private int size;

    // Tiling.
    private double rapMin;
    private double tileWidth;
    private int nRap;
    private int nPhi;
    private double phiWidth;
    private int[] tileHead;
    private int[] neighbours;
    private int[] neighbourCount;
    private int[] tileMark;
    private int markStamp;
    private final int[] touched = new int[27];

    private final DistanceHeap heap;

    private TiledClusterer(ClusterSequence cs) {
        this.cs = cs;
        this.algorithm = cs.definition().algorithm();
        this.r2 = cs.definition().radius2();
        this.invR2 = 1.0 / r2;
        int capacity = 2 * cs.initialCount();
        rap = new double[capacity];
        phi = new double[capacity];
        scale = new double[capacity];
        nnDist = new double[capacity];
        nn = new int[capacity];
        diJ = new double[capacity];
        tileOf = new int[capacity];
        next = new int[capacity];
        prev = new int[capacity];
        slotOf = new int[capacity];
        jetAt = new int[capacity];
        heap = new DistanceHeap(capacity, slotOf);
    }

    static void cluster(ClusterSequence cs) {
        new TiledClusterer(cs).run();
    }

    private void run() {
        int n = cs.initialCount();
        if (n == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            setKinematics(i);
            slotOf[i] = i;
            jetAt[i] = i;
        }
        size = n;
        buildTiles(n);
        for (int i = 0; i < n; i++) {
            insert(i);
        }
        for (int i = 0; i < n; i++) {
            findNeighbour(i);
            heap.set(i, diJ[i]);
        }
        while (!heap.isEmpty()) {
            int a = heap.min();
            int b = nn[a];
            double d = diJ[a] * invR2;
            if (b >= 0) {
                int k = cs.recombine(a, b, d);
                remove(a);
                remove(b);
                int low = Math.min(slotOf[a], slotOf[b]);
                slotOf[k] = low;
                jetAt[low] = k;
                vacate(Math.max(slotOf[a], slotOf[b]));
                setKinematics(k);
                insert(k);
                findNeighbour(k);
                heap.set(k, diJ[k]);
                int count = collectTiles(tileOf[a], tileOf[b], tileOf[k]);
                for (int t = 0; t < count; t++) {
                    for (int i = tileHead[touched[t]]; i >= 0; i = next[i]) {
                        if (i == k) {
                            continue;
                        }
                        if (nn[i] == a || nn[i] == b) {
                            findNeighbour(i);
                            heap.set(i, diJ[i]);
                        } else {
                            // An existing neighbour is kept when k is exactly as near.
                            double dik = dist(i, k);
                            if (dik < nnDist[i]) {
                                nnDist[i] = dik;
                                nn[i] = k;
                                diJ[i] = computeDiJ(i);
                                heap.set(i, diJ[i]);
                            }
                        }
                    }
                }
            } else {
                cs.mergeWithBeam(a, d);
                remove(a);
                vacate(slotOf[a]);
                int count = collectTiles(tileOf[a], tileOf[a], tileOf[a]);
                for (int t = 0; t < count; t++) {
                    for (int i = tileHead[touched[t]]; i >= 0; i = next[i]) {
                        if (nn[i] == a) {
                            findNeighbour(i);
                            heap.set(i, diJ[i]);
                        }
                    }
                }
            }
        }
    }

    /** Refills a vacated slot with the pseudojet in the last slot, as FastJet's arrays do. */
    private void vacate(int slot) {
        int tail = --size;
        if (slot != tail) {
            int moved = jetAt[tail];
            jetAt[slot] = moved;
            slotOf[moved] = slot;
            heap.slotLowered(moved);
        }
    }

    private void setKinematics(int j) {
        double x = cs.px(j);
        double y = cs.py(j);
        rap[j] = PseudoJetKinematics.rapidity(x, y, cs.pz(j), cs.e(j));
        phi[j] = PseudoJetKinematics.phi(x, y);
        scale[j] = PseudoJetKinematics.momentumScale(algorithm, x * x + y * y);
    }

    /**
     * Chooses the tiling: tiles max(R, 0.1) wide in y (a hair wider, so rounding can never put
     * two points closer than R two tiles apart), 2π/⌊2π/width⌋ wide in φ with at least 3 φ tiles,
     * and a rapidity span trimmed of sparse edges (at most N/40 particles cut on each side).
     */
    private void buildTiles(int n) {
        double radius = cs.definition().radius();
        tileWidth = Math.max(radius, 0.1) * (1 + 1e-9);
        nPhi = Math.max(3, (int) Math.floor(PseudoJetKinematics.TWO_PI / tileWidth));
        phiWidth = PseudoJetKinematics.TWO_PI / nPhi;

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double y = clampRap(rap[i]);
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        int bins = Math.max(1, (int) Math.ceil((hi - lo) / tileWidth) + 1);
        int[] histogram = new int[bins];
        for (int i = 0; i < n; i++) {
            int bin = (int) ((clampRap(rap[i]) - lo) / tileWidth);
            histogram[Math.min(bin, bins - 1)]++;
        }
        int allowed = n / 40;
        int first = 0;
        int cut = 0;
        while (first < bins - 1 && cut + histogram[first] <= allowed) {
            cut += histogram[first++];
        }
        int last = bins - 1;
        cut = 0;
        while (last > first && cut + histogram[last] <= allowed) {
            cut += histogram[last--];
        }
        rapMin = lo + first * tileWidth;
        nRap = last - first + 1;

        int nTiles = nRap * nPhi;
        tileHead = new int[nTiles];
        Arrays.fill(tileHead, -1);
        tileMark = new int[nTiles];
        neighbours = new int[nTiles * 9];
        neighbourCount = new int[nTiles];
        for (int iy = 0; iy < nRap; iy++) {
            for (int ip = 0; ip < nPhi; ip++) {
                int t = iy * nPhi + ip;
                int c = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int jy = iy + dy;
                    if (jy < 0 || jy >= nRap) {
                        continue;
                    }
                    for (int dp = -1; dp <= 1; dp++) {
                        int jp = (ip + dp + nPhi) % nPhi;
                        neighbours[t * 9 + c++] = jy * nPhi + jp;
                    }
                }
                neighbourCount[t] = c;
            }
        }
    }

    private static double clampRap(double y) {
        if (!(y > -RAP_HISTOGRAM_LIMIT)) {
            return -RAP_HISTOGRAM_LIMIT;
        }
        return Math.min(y, RAP_HISTOGRAM_LIMIT);
    }

    private int tileFor(int j) {
        double u = (rap[j] - rapMin) / tileWidth;
        int iy;
        if (!(u > 0)) {
            iy = 0;
        } else if (u >= nRap) {
            iy = nRap - 1;
        } else {
            iy = (int) u;
        }
        int ip = (int) (phi[j] / phiWidth);
        if (ip >= nPhi) {
            ip = nPhi - 1;
        }
        return iy * nPhi + ip;
    }

    private void insert(int j) {
        int t = tileFor(j);
        tileOf[j] = t;
        int head = tileHead[t];
        next[j] = head;
        prev[j] = -1;
        if (head >= 0) {
            prev[head] = j;
        }
        tileHead[t] = j;
    }

    private void remove(int j) {
        heap.remove(j);
        int p = prev[j];
        int q = next[j];
        if (p >= 0) {
            next[p] = q;
        } else {
            tileHead[tileOf[j]] = q;
        }
        if (q >= 0) {
            prev[q] = p;
        }
    }

    /** Fills {@link #touched} with the distinct neighbour tiles of three tiles; returns the count. */
    private int collectTiles(int t1, int t2, int t3) {
        int stamp = ++markStamp;
        int count = 0;
        for (int t : new int[] {t1, t2, t3}) {
            int base = t * 9;
            for (int c = 0; c < neighbourCount[t]; c++) {
                int u = neighbours[base + c];
                if (tileMark[u] != stamp) {
                    tileMark[u] = stamp;
                    touched[count++] = u;
                }
            }
        }
        return count;
    }

    private double dist(int i, int j) {
        return PseudoJetKinematics.distance2(rap[i], phi[i], rap[j], phi[j]);
    }

    /** Makes j the neighbour of i if it is closer (ties: the lower slot). */
    private void offer(int i, int j, double d) {
        if (d < nnDist[i] || (d == nnDist[i] && nn[i] >= 0 && slotOf[j] < slotOf[nn[i]])) {
            nnDist[i] = d;
            nn[i] = j;
        }
    }

    private void findNeighbour(int i) {
        nnDist[i] = r2;
        nn[i] = -1;
        int t = tileOf[i];
        int base = t * 9;
        for (int c = 0; c < neighbourCount[t]; c++) {
            for (int j = tileHead[neighbours[base + c]]; j >= 0; j = next[j]) {
                if (j != i) {
                    offer(i, j, dist(i, j));
                }
            }
        }
        diJ[i] = computeDiJ(i);
    }

    private double computeDiJ(int i) {
        double s = scale[i];
        if (nn[i] >= 0 && scale[nn[i]] < s) {
            s = scale[nn[i]];
        }
        return nnDist[i] * s;
    }
}
