package org.quarryhep.jets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.quarryhep.core.FourMomentum;

/**
 * One run of a sequential-recombination algorithm over a list of particles: the full merge history,
 * and the inclusive and exclusive jets read from it. Immutable once built.
 *
 * <p>Conventions follow FastJet (Cacciari, Salam &amp; Soyez, arXiv:1111.6097): distances d_ij =
 * min(pT_i^{2p}, pT_j^{2p}) ΔR_ij²/R², d_iB = pT_i^{2p}, ΔR in rapidity and azimuth; the history
 * holds N input entries followed by one entry per merge; inclusive jets are the pseudojets merged
 * with the beam; exclusive jets are the pseudojets present when n remain.
 *
 * <p>Exact ties (equal distances, e.g. from duplicated particles, zero-pT particles under kt, or
 * jets balancing to the last bit) are broken as FastJet breaks them: by the order of the pseudojets
 * in a compact array where a new pseudojet takes the lower place of its parents and the last one
 * fills the vacated place (FastJet's N2Plain layout). Every strategy keeps that order, so none
 * changes the result. FastJet's own tiled strategies do not always agree with its N2Plain on such
 * ties: the order of Cambridge/Aachen beam merges (all at d = 1) differs between them, so exclusive
 * C/A jets past the last pair merge are a matter of convention.
 */
public final class ClusterSequence {
    private static final Comparator<Jet> BY_PT_DESCENDING =
            Comparator.comparingDouble((Jet j) -> -j.momentum().pt2());

    private final JetDefinition definition;
    private final ClusteringStrategy strategy;
    private final int n;

    // Pseudojets: the N inputs first, then one per pair merge, E-scheme sums.
    private final double[] px;
    private final double[] py;
    private final double[] pz;
    private final double[] e;
    private final int[] jetStep;
    private int jetCount;

    // History: N input entries, then one per merge (2N entries when clustering is complete).
    private final int[] parent1;
    private final int[] parent2;
    private final int[] stepJet;
    private final double[] dij;
    private final double[] maxDij;
    private int stepCount;

    private ClusterSequence(
            List<FourMomentum> particles, JetDefinition definition, ClusteringStrategy strategy) {
        this.definition = definition;
        this.n = particles.size();
        this.strategy = strategy.resolve(n);
        int capacity = Math.max(2 * n, 1);
        px = new double[capacity];
        py = new double[capacity];
        pz = new double[capacity];
        e = new double[capacity];
        jetStep = new int[capacity];
        parent1 = new int[capacity];
        parent2 = new int[capacity];
        stepJet = new int[capacity];
        dij = new double[capacity];
        maxDij = new double[capacity];
        for (int i = 0; i < n; i++) {
            FourMomentum p = particles.get(i);
            if (p == null || !p.isFinite()) {
                throw new JetDefinitionException(
                        "particles[" + i + "]: momentum " + p + " is not a finite four-vector");
            }
            px[i] = p.px();
            py[i] = p.py();
            pz[i] = p.pz();
            e[i] = p.e();
            jetStep[i] = i;
            parent1[i] = ClusterStep.NO_PARENT;
            parent2[i] = ClusterStep.NO_PARENT;
            stepJet[i] = i;
        }
        jetCount = n;
        stepCount = n;
    }

    /**
     * Clusters particles with the fastest strategy for their multiplicity.
     *
     * @param particles the input four-momenta; a jet's constituents index into this list
     * @param definition algorithm, radius and recombination scheme
     * @return the completed sequence
     * @throws JetDefinitionException when a particle is null or not finite
     */
    public static ClusterSequence of(List<FourMomentum> particles, JetDefinition definition) {
        return of(particles, definition, ClusteringStrategy.BEST);
    }

    /**
     * Clusters particles with a chosen strategy (the result does not depend on it).
     *
     * @param particles the input four-momenta; a jet's constituents index into this list
     * @param definition algorithm, radius and recombination scheme
     * @param strategy how to search for the closest pair
     * @return the completed sequence
     * @throws JetDefinitionException when a particle is null or not finite
     */
    public static ClusterSequence of(
            List<FourMomentum> particles, JetDefinition definition, ClusteringStrategy strategy) {
        if (particles == null || definition == null || strategy == null) {
            throw new IllegalArgumentException("particles, definition and strategy are required");
        }
        ClusterSequence cs = new ClusterSequence(particles, definition, strategy);
        switch (cs.strategy) {
            case N2_PLAIN:
                PlainClusterer.cluster(cs);
                break;
            case N2_TILED:
                TiledClusterer.cluster(cs);
                break;
            default:
                throw new IllegalStateException("unresolved strategy " + cs.strategy);
        }
        return cs;
    }

    /** The definition this sequence was clustered with. */
    public JetDefinition definition() {
        return definition;
    }

    /** The strategy actually used ({@link ClusteringStrategy#BEST} resolved). */
    public ClusteringStrategy strategy() {
        return strategy;
    }

    /** Number of input particles N. */
    public int initialCount() {
        return n;
    }

    /** The full history: N inputs, then every merge in order (2N entries). */
    public List<ClusterStep> history() {
        List<ClusterStep> steps = new ArrayList<>(stepCount);
        for (int s = 0; s < stepCount; s++) {
            steps.add(new ClusterStep(parent1[s], parent2[s], stepJet[s], dij[s], maxDij[s]));
        }
        return Collections.unmodifiableList(steps);
    }

    /** The four-momentum of pseudojet {@code index} (inputs first, then merged pseudojets). */
    public FourMomentum pseudojet(int index) {
        if (index < 0 || index >= jetCount) {
            throw new IndexOutOfBoundsException(
                    "pseudojet " + index + " not in [0, " + jetCount + ")");
        }
        return new FourMomentum(px[index], py[index], pz[index], e[index]);
    }

    /**
     * The inclusive jets with pT ≥ {@code ptMin}, hardest first.
     *
     * <p>For kt the test is d_iB ≥ ptMin² on the history, as FastJet does; for the other algorithms
     * pT² ≥ ptMin².
     *
     * @param ptMin the transverse-momentum threshold, GeV
     * @return the jets sorted by decreasing pT
     */
    public List<Jet> inclusiveJets(double ptMin) {
        double cut = ptMin * ptMin;
        List<Jet> jets = new ArrayList<>();
        int[] buffer = walkBuffer();
        for (int s = n; s < stepCount; s++) {
            if (parent2[s] != ClusterStep.BEAM) {
                continue;
            }
            int p = parent1[s];
            int j = stepJet[p];
            boolean pass =
                    definition.algorithm() == JetAlgorithm.KT
                            ? dij[s] >= cut
                            : px[j] * px[j] + py[j] * py[j] >= cut;
            if (pass) {
                jets.add(jetAt(p, buffer));
            }
        }
        jets.sort(BY_PT_DESCENDING);
        return jets;
    }

    /**
     * The jets present when exactly {@code nJets} remain, hardest first: FastJet's {@code
     * exclusive_jets(n)}. Meaningful for kt and Cambridge/Aachen.
     *
     * @param nJets the number of jets, 0 ≤ nJets ≤ N
     * @return the jets sorted by decreasing pT
     * @throws IllegalArgumentException when nJets is negative or exceeds the number of particles
     */
    public List<Jet> exclusiveJets(int nJets) {
        if (nJets < 0 || nJets > n) {
            throw new IllegalArgumentException(
                    "requested " + nJets + " exclusive jets from " + n + " particles");
        }
        int stop = 2 * n - nJets;
        List<Jet> jets = new ArrayList<>(nJets);
        int[] buffer = walkBuffer();
        for (int s = stop; s < stepCount; s++) {
            if (parent1[s] < stop) {
                jets.add(jetAt(parent1[s], buffer));
            }
            if (parent2[s] < stop && parent2[s] >= 0) {
                jets.add(jetAt(parent2[s], buffer));
            }
        }
        jets.sort(BY_PT_DESCENDING);
        return jets;
    }

    /**
     * As {@link #exclusiveJets(int)} with {@code min(nJets, N)} jets.
     *
     * @param nJets the largest number of jets wanted, ≥ 0
     * @return at most {@code nJets} jets, hardest first
     */
    public List<Jet> exclusiveJetsUpTo(int nJets) {
        return exclusiveJets(Math.min(nJets, n));
    }

    /**
     * The exclusive jets obtained by stopping when every remaining distance exceeds {@code dcut}
     * (FastJet's {@code exclusive_jets(dcut)}), hardest first.
     *
     * @param dcut the distance cut, GeV^{2p}
     * @return the jets
     */
    public List<Jet> exclusiveJetsUpToDcut(double dcut) {
        return exclusiveJets(exclusiveJetCount(dcut));
    }

    /**
     * The number of exclusive jets at distance cut {@code dcut}: the jets left once every merge
     * whose running maximum distance is at most {@code dcut} has been made.
     *
     * @param dcut the distance cut
     * @return the number of jets
     */
    public int exclusiveJetCount(double dcut) {
        int s = stepCount - 1;
        while (s >= 0 && maxDij[s] > dcut) {
            s--;
        }
        return 2 * n - (s + 1);
    }

    /**
     * The distance d_{n,n+1} at which n+1 jets become n (0 when n ≥ N): FastJet's {@code
     * exclusive_dmerge(n)}.
     *
     * @param nJets the number of jets, ≥ 0
     * @return the merging distance
     * @throws IllegalArgumentException when nJets is negative
     */
    public double exclusiveDmerge(int nJets) {
        if (nJets < 0) {
            throw new IllegalArgumentException("nJets must be >= 0, got " + nJets);
        }
        return nJets >= n ? 0.0 : dij[2 * n - nJets - 1];
    }

    /**
     * The largest merging distance up to the step that leaves n jets: FastJet's {@code
     * exclusive_dmerge_max(n)}, which for kt equals {@link #exclusiveDmerge(int)}.
     *
     * @param nJets the number of jets, ≥ 0
     * @return the running-maximum merging distance
     * @throws IllegalArgumentException when nJets is negative
     */
    public double exclusiveDmergeMax(int nJets) {
        if (nJets < 0) {
            throw new IllegalArgumentException("nJets must be >= 0, got " + nJets);
        }
        return nJets >= n ? 0.0 : maxDij[2 * n - nJets - 1];
    }

    /**
     * Builds the jet produced at history step {@code step}, collecting its input leaves; {@code
     * buffer} (2N ints, shared by the jets of one query) holds the walk's stack and the leaves.
     */
    private Jet jetAt(int step, int[] buffer) {
        int j = stepJet[step];
        // Leaves fill the buffer from the front, the stack grows down from the back; together
        // they never hold more than the N inputs plus the tree's depth (< N).
        int count = 0;
        int top = buffer.length;
        buffer[--top] = step;
        while (top < buffer.length) {
            int s = buffer[top++];
            if (s < n) {
                buffer[count++] = s;
            } else {
                buffer[--top] = parent1[s];
                buffer[--top] = parent2[s];
            }
        }
        Arrays.sort(buffer, 0, count);
        List<Integer> constituents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            constituents.add(buffer[i]);
        }
        return new Jet(new FourMomentum(px[j], py[j], pz[j], e[j]), constituents, step);
    }

    private int[] walkBuffer() {
        return new int[2 * n + 1];
    }

    // ---- used by the strategies -------------------------------------------------------------

    double px(int jet) {
        return px[jet];
    }

    double py(int jet) {
        return py[jet];
    }

    double pz(int jet) {
        return pz[jet];
    }

    double e(int jet) {
        return e[jet];
    }

    /**
     * Records the merge of pseudojets {@code a} and {@code b} at distance {@code d} and returns the
     * index of the new pseudojet.
     */
    int recombine(int a, int b, double d) {
        int k = jetCount++;
        px[k] = px[a] + px[b];
        py[k] = py[a] + py[b];
        pz[k] = pz[a] + pz[b];
        e[k] = e[a] + e[b];
        int sa = jetStep[a];
        int sb = jetStep[b];
        int s = addStep(Math.min(sa, sb), Math.max(sa, sb), k, d);
        jetStep[k] = s;
        return k;
    }

    /** Records that pseudojet {@code a} merges with the beam at distance {@code d}. */
    void mergeWithBeam(int a, double d) {
        addStep(jetStep[a], ClusterStep.BEAM, ClusterStep.BEAM, d);
    }

    private int addStep(int p1, int p2, int jet, double d) {
        int s = stepCount++;
        parent1[s] = p1;
        parent2[s] = p2;
        stepJet[s] = jet;
        dij[s] = d;
        maxDij[s] = Math.max(d, maxDij[s - 1]);
        return s;
    }
}
