package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Berends–Giele off-shell recursion with explicit colour for one subprocess. Every particle is
 * crossed to incoming (an outgoing u becomes an incoming ū, momentum −p); the last particle is the
 * root. For each subset S of the others the recursion builds the off-shell currents J(S), one per
 * species and pair of coupling orders (QCD, QED), from the currents of the two- and three-way
 * splits of S joined by the Feynman rules of the {@code sm} model ({@link SmVertices}; unitary
 * gauge for W and Z, Feynman gauge for g and γ): q q̄ g, f f̄ γ/Z/W, f f̄ H (Yukawa m_f/v), the
 * three- and four-gluon vertices, the electroweak gauge self-couplings and the Higgs couplings to
 * W, Z and itself, and (when the model has it) the top-philic scalar's t t̄ S and g g S vertices.
 * Currents carry their colour explicitly: a quark current is 3 colours × 4 spinor components, a
 * gluon current 8 adjoint × 4 Lorentz components.
 *
 * <p>Fermi statistics: each external fermion is a Grassmann source; a current is stored with its
 * sources in index order, and a join multiplies by the parity of the permutation that sorts the
 * concatenated sources (row current first in a bilinear ψ̄Γψ) — bosonic joins included, since two
 * boson currents can hold interleaved fermion pairs.
 *
 * <p>Diagram selections ({@link DiagramSelection}): a decay chain's resonance R keeps only the
 * diagrams with an R propagator for its products' subset S — the currents of subsets that overlap S
 * without containing it or lying inside it are dropped, the current of S keeps R's species only,
 * and a four-gluon join whose two parts make up S is skipped (S would not be a propagator); an
 * s-channel exclusion drops the given species from the propagators of s-channel subsets.
 *
 * <p>Widths: propagators of the subsets that hold no incoming particle or all of them (s-channel)
 * carry the fixed width; t-channel propagators have none, like MadGraph 3.5's default {@code
 * zerowidth_tchannel}.
 */
final class OffShellRecursion {

    /** One current: the species (crossed-incoming PDG id), its coupling orders and its value. */
    static final class Current {
        final int id;
        final int qcd;
        final int qed;
        final double[] v;

        Current(int id, int qcd, int qed, int size) {
            this.id = id;
            this.qcd = qcd;
            this.qed = qed;
            this.v = new double[size];
        }
    }

    private final int n;
    private final int[] ids;
    private final int incomingCount;
    private final int incomingMask;
    private final AmplitudeModel model;
    private final SmVertices vertices;
    private final Set<Integer> excluded;
    private final int[] masks;
    private final int[][][] pairs;
    private final int[][][] triples;
    private final DiagramSelection topology;

    /** The QCD-order offset of a tagged current (see {@link DiagramSelection}). */
    static final int TAG = 1 << 16;

    /**
     * Prepares the recursion.
     *
     * @param crossedIds crossed-incoming PDG ids, root last
     * @param incomingCount how many of the first particles are physical incoming ones
     * @param model couplings, masses and widths
     * @param excluded |PDG| ids forbidden in propagators
     * @param maxQcd the largest QCD order a current may have
     * @param maxQed the largest QED order a current may have
     * @param maxWeighted the largest QCD + 2·QED order a current may have
     */
    OffShellRecursion(
            int[] crossedIds,
            int incomingCount,
            AmplitudeModel model,
            Set<Integer> excluded,
            int maxQcd,
            int maxQed,
            int maxWeighted) {
        this(
                crossedIds,
                incomingCount,
                model,
                excluded,
                maxQcd,
                maxQed,
                maxWeighted,
                DiagramSelection.ALL);
    }

    /**
     * Prepares the recursion with a diagram selection.
     *
     * @param crossedIds crossed-incoming PDG ids, root last
     * @param incomingCount how many of the first particles are physical incoming ones
     * @param model couplings, masses and widths
     * @param excluded |PDG| ids forbidden in propagators
     * @param maxQcd the largest QCD order a current may have
     * @param maxQed the largest QED order a current may have
     * @param maxWeighted the largest QCD + 2·QED order a current may have
     * @param topology required propagators and s-channel exclusions
     */
    OffShellRecursion(
            int[] crossedIds,
            int incomingCount,
            AmplitudeModel model,
            Set<Integer> excluded,
            int maxQcd,
            int maxQed,
            int maxWeighted,
            DiagramSelection topology) {
        this.topology = topology;
        this.n = crossedIds.length;
        this.ids = crossedIds.clone();
        this.incomingCount = incomingCount;
        this.incomingMask = (1 << incomingCount) - 1;
        int fm = 0;
        for (int i = 0; i < n; i++) {
            if (Particle.byPdg(ids[i]).isFermion()) {
                fm |= 1 << i;
            }
        }
        this.model = model;
        this.vertices = new SmVertices(model, fm, maxQcd, maxQed, maxWeighted, (1 << (n - 1)) - 1);
        this.excluded = Set.copyOf(excluded);
        int full = (1 << (n - 1)) - 1;
        List<Integer> order = new ArrayList<>();
        for (int size = 2; size <= n - 1; size++) {
            for (int m = 1; m <= full; m++) {
                if (Integer.bitCount(m) == size) {
                    order.add(m);
                }
            }
        }
        masks = order.stream().mapToInt(Integer::intValue).toArray();
        pairs = new int[full + 1][][];
        triples = new int[full + 1][][];
        for (int m : masks) {
            int low = Integer.lowestOneBit(m);
            List<int[]> p = new ArrayList<>();
            List<int[]> t = new ArrayList<>();
            for (int a = (m - 1) & m; a > 0; a = (a - 1) & m) {
                if ((a & low) == 0) {
                    continue;
                }
                int rest = m & ~a;
                p.add(new int[] {a, rest});
                int low2 = Integer.lowestOneBit(rest);
                for (int b = (rest - 1) & rest; b > 0; b = (b - 1) & rest) {
                    if ((b & low2) != 0) {
                        t.add(new int[] {a, b, rest & ~b});
                    }
                }
            }
            pairs[m] = p.toArray(new int[0][]);
            triples[m] = t.toArray(new int[0][]);
        }
    }

    /** Number of doubles in a current of this species. */
    static int size(int id) {
        Particle p = Particle.byPdg(id);
        int colour = p.colour();
        int spin = p.twiceSpin() == 0 ? 1 : 4;
        return 2 * colour * spin;
    }

    /**
     * The currents of one phase-space point, kept between calls so that a subset whose particles
     * are in the same helicity and colour states as in the previous call is not recomputed (the
     * helicity and colour sums change the last particles fastest). One per thread and point.
     */
    final class Cache {
        final List<List<Current>> cur = new ArrayList<>();
        final long[] keys;
        final double[][] mom;

        Cache() {
            int full = (1 << (n - 1)) - 1;
            for (int m = 0; m <= full; m++) {
                cur.add(null);
            }
            keys = new long[full + 1];
            java.util.Arrays.fill(keys, -1);
            mom = new double[full + 1][];
        }
    }

    /** A fresh cache for a new phase-space point. */
    Cache newCache() {
        return new Cache();
    }

    /**
     * The amputated current of all particles but the root, per coupling-order pair.
     *
     * @param external the wavefunction of each non-root particle (with its colour embedded)
     * @param q the momentum flowing in at each particle
     * @return the root currents (species = the root's antiparticle)
     */
    List<Current> rootCurrents(double[][] external, double[][] q) {
        return rootCurrents(external, q, null, new Cache());
    }

    /**
     * As {@link #rootCurrents(double[][], double[][])}, reusing the currents in {@code cache} of
     * the subsets whose particles have the same {@code states} (a number below 64 per particle that
     * identifies its helicity and colour) as when they were computed.
     */
    List<Current> rootCurrents(double[][] external, double[][] q, int[] states, Cache cache) {
        int full = (1 << (n - 1)) - 1;
        List<List<Current>> cur = cache.cur;
        double[][] mom = cache.mom;
        for (int i = 0; i < n - 1; i++) {
            List<Current> l = new ArrayList<>(1);
            l.add(new Current(ids[i], 0, 0, external[i].length));
            System.arraycopy(external[i], 0, l.get(0).v, 0, external[i].length);
            cur.set(1 << i, l);
            mom[1 << i] = q[i].clone();
        }
        for (int m : masks) {
            long key = 0;
            if (states != null) {
                for (int x = m; x != 0; x &= x - 1) {
                    key = key * 64 + states[Integer.numberOfTrailingZeros(x)];
                }
                if (cache.keys[m] == key) {
                    continue;
                }
                cache.keys[m] = key;
            }
            int[] first = pairs[m][0];
            double[] p = new double[4];
            for (int mu = 0; mu < 4; mu++) {
                p[mu] = mom[first[0]][mu] + mom[first[1]][mu];
            }
            mom[m] = p;
            List<Current> out = new ArrayList<>();
            if (topology.crosses(m)) {
                cur.set(m, out);
                continue;
            }
            for (int[] split : pairs[m]) {
                for (Current a : cur.get(split[0])) {
                    for (Current b : cur.get(split[1])) {
                        vertices.join(a, split[0], mom[split[0]], b, split[1], mom[split[1]], out);
                    }
                }
            }
            for (int[] split : triples[m]) {
                if (topology.splitsRequired(split[0], split[1], split[2])) {
                    continue;
                }
                for (Current a : cur.get(split[0])) {
                    if (isFermion(a)) {
                        continue;
                    }
                    for (Current b : cur.get(split[1])) {
                        if (isFermion(b)) {
                            continue;
                        }
                        for (Current c : cur.get(split[2])) {
                            if (!isFermion(c)) {
                                vertices.join(a, split[0], b, split[1], c, split[2], out);
                            }
                        }
                    }
                }
            }
            if (m != full) {
                boolean sChannel = (m & incomingMask) == 0 || (m & incomingMask) == incomingMask;
                List<Current> kept = new ArrayList<>(out.size());
                for (Current c : out) {
                    if (!excluded.contains(Math.abs(c.id)) && topology.keeps(m, c.id, sChannel)) {
                        propagate(c, p, sChannel);
                        int tag = topology.tag(m, c.id, sChannel, c.qcd);
                        add(kept, tag == 0 ? c : tagged(c, tag));
                    }
                }
                out = kept;
            } else if (MajoranaFlow.isMajorana(ids[n - 1])) {
                out = MajoranaFlow.toRoot(out, -ids[n - 1]);
            }
            cur.set(m, out);
        }
        return cur.get(full);
    }

    private static boolean isFermion(Current c) {
        return Particle.byPdg(c.id).isFermion();
    }

    private static Current tagged(Current c, int tag) {
        Current t = new Current(c.id, c.qcd + tag, c.qed, c.v.length);
        System.arraycopy(c.v, 0, t.v, 0, c.v.length);
        return t;
    }

    /** Adds a current to a list, summing it into an entry of the same species and orders. */
    private static void add(List<Current> list, Current c) {
        for (Current d : list) {
            if (d.id == c.id && d.qcd == c.qcd && d.qed == c.qed) {
                for (int k = 0; k < c.v.length; k++) {
                    d.v[k] += c.v[k];
                }
                return;
            }
        }
        list.add(c);
    }

    /**
     * The subsets (bit masks over the non-root particles) that hold s-channel currents of a
     * species, read from the structure of a pass (which currents exist does not depend on the
     * values).
     *
     * @param cache the cache of a finished pass
     * @param absId |PDG| id of the species
     * @return the masks, in recursion order
     */
    List<Integer> sChannelMasks(Cache cache, int absId) {
        List<Integer> out = new ArrayList<>();
        for (int m : masks) {
            boolean sChannel = (m & incomingMask) == 0 || (m & incomingMask) == incomingMask;
            if (!sChannel || m == (1 << (n - 1)) - 1) {
                continue;
            }
            for (Current c : cache.cur.get(m)) {
                if (Math.abs(c.id) == absId) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /** Multiplies a joined current by its propagator at momentum p. */
    private void propagate(Current c, double[] p, boolean sChannel) {
        double p2 = p[0] * p[0] - p[1] * p[1] - p[2] * p[2] - p[3] * p[3];
        double m = model.mass(c.id);
        double w = sChannel ? model.width(c.id) : 0;
        // 1/(p^2 - m^2 + i m w)
        double dr = p2 - m * m;
        double di = m * w;
        double dd = dr * dr + di * di;
        double ir = dr / dd;
        double ii = -di / dd;
        Particle particle = Particle.byPdg(c.id);
        double[] v = c.v;
        if (particle.isFermion()) {
            // column: i (p-slash + m) X; row: X i (-p-slash + m)
            double[] num = Dirac.slashPlusMass(p, c.id > 0 ? 1 : -1, m);
            int colours = particle.colour();
            double[] result = new double[v.length];
            // factor i/(D)
            double fr = -ii;
            double fi = ir;
            for (int col = 0; col < colours; col++) {
                if (c.id > 0) {
                    Dirac.addMatrixTimesChiral(num, v, 8 * col, fr, fi, fr, fi, result, 8 * col);
                } else {
                    Dirac.addRowTimesMatrixChiral(v, 8 * col, num, fr, fi, fr, fi, result, 8 * col);
                }
            }
            System.arraycopy(result, 0, v, 0, v.length);
            return;
        }
        if (particle.twiceSpin() == 0) {
            // i/(D)
            multiply(v, 0, 2, -ii, ir);
            return;
        }
        int blocks = particle.colour();
        for (int a = 0; a < blocks; a++) {
            int o = 8 * a;
            if (m > 0) {
                // V - p (p.V)/m^2
                double pvr = 0;
                double pvi = 0;
                for (int mu = 0; mu < 4; mu++) {
                    pvr += Dirac.metric(mu) * p[mu] * v[o + 2 * mu];
                    pvi += Dirac.metric(mu) * p[mu] * v[o + 2 * mu + 1];
                }
                for (int mu = 0; mu < 4; mu++) {
                    v[o + 2 * mu] -= p[mu] * pvr / (m * m);
                    v[o + 2 * mu + 1] -= p[mu] * pvi / (m * m);
                }
            }
            // -i/(D)
            multiply(v, o, 8, ii, -ir);
        }
    }

    private static void multiply(double[] v, int from, int length, double re, double im) {
        for (int k = from; k < from + length; k += 2) {
            double a = v[k];
            double b = v[k + 1];
            v[k] = a * re - b * im;
            v[k + 1] = a * im + b * re;
        }
    }

    /** The number of particles, root included. */
    int size() {
        return n;
    }

    /** How many particles are incoming. */
    int incomingCount() {
        return incomingCount;
    }
}
