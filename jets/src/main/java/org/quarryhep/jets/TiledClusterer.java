package org.quarryhep.jets;

import java.util.Arrays;

/**
 * The tiled strategy of Cacciari &amp; Salam (hep-ph/0512210, section 3): the (y, φ) cylinder is
 * cut into tiles at least R wide, so a pseudojet's nearest neighbour within R lies in its own tile
 * or one of the eight around it. After a merge only pseudojets in the tiles around the merged and
 * the new pseudojet can change neighbour. Tiles whose nearest point is already farther than the
 * best distance found are skipped. The smallest d_iJ is found by a scan over a compact array, or
 * from {@link #HEAP_THRESHOLD} particles on kept in a binary heap. Exact ties are decided by the
 * slot order of {@link PlainClusterer}, kept here alongside, so both strategies give identical
 * histories.
 *
 * <p>The rapidity span of the tiling covers where the particles are; the few beyond it (and the
 * ±10⁵ rapidities of massless particles along the beam) fall into the edge rows, which is still
 * exact because clamping a rapidity into an edge row keeps neighbours within one row.
 */
final class TiledClusterer {
    /** Rapidities beyond this are clamped before building the tiling histogram. */
    private static final double RAP_HISTOGRAM_LIMIT = 20.0;

    /**
     * Multiplicity from which the smallest d_iJ is kept in a heap; below it a linear scan over the
     * compact slot array is faster (no sifting on every neighbour update).
     */
    static final int HEAP_THRESHOLD = 1500;

    /** Slack on tile bounds, so that rounding can never make a bound exceed a true distance. */
    private static final double BOUND_SLACK = 1e-9;

    private final ClusterSequence cs;
    private final JetAlgorithm algorithm;
    private final double r2;
    private final double invR2;

    // Per pseudojet index (inputs and merged pseudojets).
    /** Rapidity at 2j, φ ∈ [0, 2π) at 2j + 1: one cache line serves a distance. */
    private final double[] coords;

    private final double[] scale;
    private final double[] nnDist;
    private final int[] nn;
    private final double[] diJ;
    private final int[] rowOf;
    private final int[] colOf;
    private final int[] next;
    private final int[] prev;

    // FastJet-like slot bookkeeping: it only decides exact ties (see PlainClusterer).
    private final int[] slotOf;
    private final int[] jetAt;
    private int size;

    // Tiling: tile = row * nPhi + col.
    private double rapMin;
    private double tileWidth;
    private int nRap;
    private int nPhi;
    private double phiWidth;
    private int[] tileHead;
    private int[] tileMark;
    private int markStamp;
    private final int[] touched = new int[27];

    /** Non-null when the heap finds the minimum; otherwise {@link #slotDiJ} is scanned. */
    private final DistanceHeap heap;

    private final double[] slotDiJ;

    private TiledClusterer(ClusterSequence cs) {
        this.cs = cs;
        this.algorithm = cs.definition().algorithm();
        this.r2 = cs.definition().radius2();
        this.invR2 = 1.0 / r2;
        int capacity = 2 * cs.initialCount();
        coords = new double[2 * capacity];
        scale = new double[capacity];
        nnDist = new double[capacity];
        nn = new int[capacity];
        diJ = new double[capacity];
        rowOf = new int[capacity];
        colOf = new int[capacity];
        next = new int[capacity];
        prev = new int[capacity];
        slotOf = new int[capacity];
        jetAt = new int[capacity];
        boolean useHeap = cs.initialCount() >= HEAP_THRESHOLD;
        heap = useHeap ? new DistanceHeap(capacity, slotOf) : null;
        slotDiJ = useHeap ? null : new double[cs.initialCount()];
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
        }
        if (heap != null) {
            heap.build(n, diJ);
        } else {
            System.arraycopy(diJ, 0, slotDiJ, 0, n);
        }
        while (size > 0) {
            int a = smallest();
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
                // k's own neighbour is found in the same pass over the tiles around it.
                double kBest = r2;
                int kNn = -1;
                int count = collectTiles(a, b, k);
                for (int t = 0; t < count; t++) {
                    int u = touched[t];
                    int row = u / nPhi;
                    int col = u - row * nPhi;
                    // Only pseudojets within R of a or b can have lost their neighbour, and
                    // only those within R of k can gain it.
                    boolean nearK = tileBound(k, row, col) < r2;
                    if (!nearK && tileBound(a, row, col) >= r2 && tileBound(b, row, col) >= r2) {
                        continue;
                    }
                    for (int i = tileHead[u]; i >= 0; i = next[i]) {
                        if (i == k) {
                            continue;
                        }
                        double dik = nearK ? dist(i, k) : Double.POSITIVE_INFINITY;
                        if (dik < kBest || (dik == kBest && kNn >= 0 && slotOf[i] < slotOf[kNn])) {
                            kBest = dik;
                            kNn = i;
                        }
                        if (nn[i] == a || nn[i] == b) {
                            findNeighbour(i);
                            keyChanged(i);
                        } else if (dik < nnDist[i]) {
                            // An existing neighbour is kept when k is exactly as near.
                            nnDist[i] = dik;
                            nn[i] = k;
                            diJ[i] = computeDiJ(i);
                            keyChanged(i);
                        }
                    }
                }
                nnDist[k] = kBest;
                nn[k] = kNn;
                diJ[k] = computeDiJ(k);
                keyChanged(k);
            } else {
                cs.mergeWithBeam(a, d);
                remove(a);
                vacate(slotOf[a]);
                int count = collectTiles(a, a, a);
                for (int t = 0; t < count; t++) {
                    int u = touched[t];
                    int row = u / nPhi;
                    if (tileBound(a, row, u - row * nPhi) >= r2) {
                        continue;
                    }
                    for (int i = tileHead[u]; i >= 0; i = next[i]) {
                        if (nn[i] == a) {
                            findNeighbour(i);
                            keyChanged(i);
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
            if (heap != null) {
                heap.slotLowered(moved);
            } else {
                slotDiJ[slot] = slotDiJ[tail];
            }
        }
    }

    /** The active pseudojet with the smallest d_iJ; ties go to the lower slot. */
    private int smallest() {
        if (heap != null) {
            return heap.min();
        }
        int best = 0;
        double bestD = slotDiJ[0];
        for (int s = 1; s < size; s++) {
            if (slotDiJ[s] < bestD) {
                bestD = slotDiJ[s];
                best = s;
            }
        }
        return jetAt[best];
    }

    private void keyChanged(int j) {
        if (heap != null) {
            heap.set(j, diJ[j]);
        } else {
            slotDiJ[slotOf[j]] = diJ[j];
        }
    }

    private void setKinematics(int j) {
        double x = cs.px(j);
        double y = cs.py(j);
        coords[2 * j] = PseudoJetKinematics.rapidity(x, y, cs.pz(j), cs.e(j));
        coords[2 * j + 1] = PseudoJetKinematics.phi(x, y);
        scale[j] = PseudoJetKinematics.momentumScale(algorithm, x * x + y * y);
    }

    /**
     * Chooses the tiling: tiles max(R, 0.1) wide in y (a hair wider, so rounding can never put two
     * points closer than R two rows apart), 2π/⌊2π/width⌋ wide in φ with at least 3 columns, and a
     * rapidity span trimmed of sparse edges (at most N/40 particles cut on each side) and of rows
     * beyond about 2N tiles in all, so small events do not pay for empty tiles.
     */
    private void buildTiles(int n) {
        double radius = cs.definition().radius();
        tileWidth = Math.max(radius, 0.1) * (1 + 1e-9);
        nPhi = Math.max(3, (int) Math.floor(PseudoJetKinematics.TWO_PI / tileWidth));
        phiWidth = PseudoJetKinematics.TWO_PI / nPhi;

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double y = clampRap(coords[2 * i]);
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        int bins = Math.max(1, (int) Math.ceil((hi - lo) / tileWidth) + 1);
        int[] histogram = new int[bins];
        for (int i = 0; i < n; i++) {
            int bin = (int) ((clampRap(coords[2 * i]) - lo) / tileWidth);
            histogram[Math.min(bin, bins - 1)]++;
        }
        int allowed = n / 40;
        int first = 0;
        int cutLeft = 0;
        while (first < bins - 1 && cutLeft + histogram[first] <= allowed) {
            cutLeft += histogram[first++];
        }
        int last = bins - 1;
        int cutRight = 0;
        while (last > first && cutRight + histogram[last] <= allowed) {
            cutRight += histogram[last--];
        }
        int maxRows = Math.max(3, (2 * n + nPhi - 1) / nPhi);
        while (last - first + 1 > maxRows) {
            if (cutLeft + histogram[first] <= cutRight + histogram[last]) {
                cutLeft += histogram[first++];
            } else {
                cutRight += histogram[last--];
            }
        }
        rapMin = lo + first * tileWidth;
        nRap = last - first + 1;

        int nTiles = nRap * nPhi;
        tileHead = new int[nTiles];
        Arrays.fill(tileHead, -1);
        tileMark = new int[nTiles];
    }

    private static double clampRap(double y) {
        if (!(y > -RAP_HISTOGRAM_LIMIT)) {
            return -RAP_HISTOGRAM_LIMIT;
        }
        return Math.min(y, RAP_HISTOGRAM_LIMIT);
    }

    private void insert(int j) {
        double u = (coords[2 * j] - rapMin) / tileWidth;
        int row;
        if (!(u > 0)) {
            row = 0;
        } else if (u >= nRap) {
            row = nRap - 1;
        } else {
            row = (int) u;
        }
        int col = (int) (coords[2 * j + 1] / phiWidth);
        if (col >= nPhi) {
            col = nPhi - 1;
        }
        rowOf[j] = row;
        colOf[j] = col;
        int t = row * nPhi + col;
        int head = tileHead[t];
        next[j] = head;
        prev[j] = -1;
        if (head >= 0) {
            prev[head] = j;
        }
        tileHead[t] = j;
    }

    private void remove(int j) {
        if (heap != null) {
            heap.remove(j);
        }
        int p = prev[j];
        int q = next[j];
        if (p >= 0) {
            next[p] = q;
        } else {
            tileHead[rowOf[j] * nPhi + colOf[j]] = q;
        }
        if (q >= 0) {
            prev[q] = p;
        }
    }

    /**
     * Fills {@link #touched} with the distinct tiles around the tiles of three pseudojets; returns
     * the count.
     */
    private int collectTiles(int j1, int j2, int j3) {
        int stamp = ++markStamp;
        int count = 0;
        for (int which = 0; which < 3; which++) {
            int j = which == 0 ? j1 : which == 1 ? j2 : j3;
            int row = rowOf[j];
            int col = colOf[j];
            int colDown = col == 0 ? nPhi - 1 : col - 1;
            int colUp = col == nPhi - 1 ? 0 : col + 1;
            for (int r = Math.max(0, row - 1); r <= Math.min(nRap - 1, row + 1); r++) {
                int base = r * nPhi;
                for (int side = 0; side < 3; side++) {
                    int u = base + (side == 0 ? colDown : side == 1 ? col : colUp);
                    if (tileMark[u] != stamp) {
                        tileMark[u] = stamp;
                        touched[count++] = u;
                    }
                }
            }
        }
        return count;
    }

    private double dist(int i, int j) {
        return PseudoJetKinematics.distance2(
                coords[2 * i], coords[2 * i + 1], coords[2 * j], coords[2 * j + 1]);
    }

    /**
     * A lower bound on ΔR² from pseudojet j to any point of the tile at (row, col); edge rows
     * extend to infinite rapidity.
     */
    private double tileBound(int j, int row, int col) {
        double y = coords[2 * j];
        double rowLo = rapMin + row * tileWidth;
        double dy = 0;
        if (row > 0 && y < rowLo) {
            dy = rowLo - y;
        } else if (row < nRap - 1 && y > rowLo + tileWidth) {
            dy = y - rowLo - tileWidth;
        }
        double dphi = Math.abs(coords[2 * j + 1] - (col + 0.5) * phiWidth);
        if (dphi > Math.PI) {
            dphi = PseudoJetKinematics.TWO_PI - dphi;
        }
        dphi -= 0.5 * phiWidth;
        dy = Math.max(0, dy - BOUND_SLACK);
        dphi = Math.max(0, dphi - BOUND_SLACK);
        return dy * dy + dphi * dphi;
    }

    /** Offers every pseudojet of tile u to i; the running best is kept in locals. */
    private void scanTile(int i, int u) {
        double yi = coords[2 * i];
        double phii = coords[2 * i + 1];
        double best = nnDist[i];
        int bestJ = nn[i];
        for (int j = tileHead[u]; j >= 0; j = next[j]) {
            if (j == i) {
                continue;
            }
            double dphi = Math.abs(phii - coords[2 * j + 1]);
            if (dphi > Math.PI) {
                dphi = PseudoJetKinematics.TWO_PI - dphi;
            }
            double dy = yi - coords[2 * j];
            double d = dphi * dphi + dy * dy;
            if (d < best || (d == best && bestJ >= 0 && slotOf[j] < slotOf[bestJ])) {
                best = d;
                bestJ = j;
            }
        }
        nnDist[i] = best;
        nn[i] = bestJ;
    }

    /** Searches i's tile first, then the neighbouring tiles that could hold a nearer point. */
    private void findNeighbour(int i) {
        nnDist[i] = r2;
        nn[i] = -1;
        int row = rowOf[i];
        int col = colOf[i];
        scanTile(i, row * nPhi + col);
        int colDown = col == 0 ? nPhi - 1 : col - 1;
        int colUp = col == nPhi - 1 ? 0 : col + 1;
        for (int r = Math.max(0, row - 1); r <= Math.min(nRap - 1, row + 1); r++) {
            for (int side = 0; side < 3; side++) {
                int c = side == 0 ? colDown : side == 1 ? col : colUp;
                if ((r == row && c == col) || tileBound(i, r, c) > nnDist[i]) {
                    continue;
                }
                scanTile(i, r * nPhi + c);
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
