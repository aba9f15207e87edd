package org.quarryhep.jets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * Properties of the clustering on random hadron-collision-like events ({@link RandomEvents}): every
 * strategy gives the brute-force O(N³) result, the result does not depend on input order, jets
 * partition the input, and the hard jets are infrared and collinear safe.
 */
class ClusterSequencePropertyTest {

    @Provide
    Arbitrary<Double> radii() {
        return Arbitraries.of(0.05, 0.4, 0.7, 1.0, 1.5, 3.0);
    }

    /**
     * Plain and tiled strategies reproduce the brute-force reference exactly: the same merge tree
     * (hence identical inclusive and exclusive jets, bit for bit), and merge distances within 1e-9
     * relative: the reference uses core's rapidity formula, and for close pairs the cancellation in
     * Δy magnifies its last-bit differences (seen up to 2e-12).
     */
    @Property(tries = 300)
    void strategiesMatchBruteForce(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 90) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        List<FourMomentum> event = RandomEvents.generate(seed, n);
        BruteForceClusterer.Result ref = BruteForceClusterer.cluster(event, algorithm, radius);
        JetDefinition def = JetDefinition.of(algorithm, radius);
        for (ClusteringStrategy strategy :
                List.of(ClusteringStrategy.N2_PLAIN, ClusteringStrategy.N2_TILED)) {
            ClusterSequence cs = ClusterSequence.of(event, def, strategy);
            assertEquals(strategy, cs.strategy());
            assertSameJets(strategy + " inclusive", toJets(ref.inclusive()), cs.inclusiveJets(0));
            List<ClusterStep> history = cs.history();
            assertEquals(2 * n, history.size(), "history length");
            for (int s = 0; s < n; s++) {
                // The reference's distances are in merge order, starting after the N inputs.
                Tolerance.assertClose(
                        ref.distances().get(s),
                        history.get(n + s).dij(),
                        1e-9,
                        0,
                        "d at step " + s);
            }
            for (int k = 1; k <= Math.min(4, n); k++) {
                assertSameJets(
                        strategy + " exclusive " + k,
                        toJets(ref.exclusive(k, n)),
                        cs.exclusiveJets(k));
            }
        }
    }

    /**
     * On larger events (beyond the brute force's reach) plain and tiled agree bit for bit, on both
     * sides of the tiled strategy's switch from a linear minimum search to a heap.
     */
    @Property(tries = 25)
    void plainAndTiledAgreeOnLargeEvents(
            @ForAll long seed,
            @ForAll @IntRange(min = 200, max = 2500) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        List<FourMomentum> event = RandomEvents.generate(seed, n);
        JetDefinition def = JetDefinition.of(algorithm, radius);
        ClusterSequence plain = ClusterSequence.of(event, def, ClusteringStrategy.N2_PLAIN);
        ClusterSequence tiled = ClusterSequence.of(event, def, ClusteringStrategy.N2_TILED);
        assertEquals(plain.history(), tiled.history(), "identical histories");
    }

    /**
     * With exact duplicates, beam-collinear and zero vectors and φ-wrap neighbours, plain and tiled
     * still agree bit for bit (exact distance ties are broken the same way).
     */
    @Property(tries = 150)
    void plainAndTiledAgreeOnEdgeCases(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        List<FourMomentum> event = RandomEvents.withEdgeCases(seed, n);
        JetDefinition def = JetDefinition.of(algorithm, radius);
        ClusterSequence plain = ClusterSequence.of(event, def, ClusteringStrategy.N2_PLAIN);
        ClusterSequence tiled = ClusterSequence.of(event, def, ClusteringStrategy.N2_TILED);
        assertEquals(plain.history(), tiled.history(), "identical histories");
    }

    /**
     * The d_cut and n views of the exclusive jets agree: a cut between the running maxima d_max(n)
     * and d_max(n−1) leaves exactly n jets, the same ones (FastJet's {@code exclusive_jets(dcut)}
     * definition).
     */
    @Property(tries = 60)
    void dcutAndJetCountViewsAgree(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll("radii") double radius,
            @ForAll @IntRange(min = 1, max = 6) int k) {
        int jets = Math.min(k, n - 1);
        ClusterSequence cs =
                ClusterSequence.of(
                        RandomEvents.generate(seed, n), JetDefinition.of(JetAlgorithm.KT, radius));
        double lo = cs.exclusiveDmergeMax(jets);
        double hi = cs.exclusiveDmergeMax(jets - 1);
        if (hi > lo) {
            double dcut = lo + 0.5 * (hi - lo);
            assertEquals(jets, cs.exclusiveJetCount(dcut));
            assertSameJets("dcut", cs.exclusiveJets(jets), cs.exclusiveJetsUpToDcut(dcut));
        }
        assertTrue(lo <= hi, "running maximum is monotonic");
    }

    /** Shuffling the input permutes the constituent indices and changes nothing else. */
    @Property(tries = 40)
    void resultDoesNotDependOnInputOrder(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 400) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        List<FourMomentum> event = RandomEvents.generate(seed, n);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<FourMomentum> shuffled = new ArrayList<>();
        for (int i : order) {
            shuffled.add(event.get(i));
        }
        JetDefinition def = JetDefinition.of(algorithm, radius);
        List<Jet> original = ClusterSequence.of(event, def).inclusiveJets(0);
        List<Jet> permuted = new ArrayList<>();
        for (Jet j : ClusterSequence.of(shuffled, def).inclusiveJets(0)) {
            List<Integer> c = new ArrayList<>();
            for (int k : j.constituents()) {
                c.add(order.get(k));
            }
            Collections.sort(c);
            permuted.add(new Jet(j.momentum(), c, -1));
        }
        // Pairwise E-scheme sums are commutative, so the same merge tree gives the same bits.
        assertSameJets("shuffled", original, permuted);
    }

    /**
     * Inclusive jets partition the input; exclusive jets partition what is left once the pseudojets
     * merged with the beam before n jets remain are taken out.
     */
    @Property(tries = 40)
    void jetsPartitionTheInput(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        ClusterSequence cs =
                ClusterSequence.of(
                        RandomEvents.generate(seed, n), JetDefinition.of(algorithm, radius));
        List<Jet> inclusive = cs.inclusiveJets(0);
        assertPartition(n, inclusive);
        int k = Math.min(3, n);
        List<Jet> exclusive = new ArrayList<>(cs.exclusiveJets(k));
        List<ClusterStep> history = cs.history();
        Map<Integer, Jet> byStep = new HashMap<>();
        for (Jet j : inclusive) {
            byStep.put(j.historyIndex(), j);
        }
        for (int s = n; s < 2 * n - k; s++) {
            if (history.get(s).isBeamMerge()) {
                exclusive.add(byStep.get(history.get(s).parent1()));
            }
        }
        assertPartition(n, exclusive);
    }

    /**
     * Infrared safety: adding a 1e-10 GeV particle anywhere leaves every jet above 1 GeV with the
     * same hard constituents and a momentum changed by at most the soft particle's (1e-9 relative).
     */
    @Property(tries = 60)
    void hardJetsAreInfraredSafe(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        List<FourMomentum> event = RandomEvents.generate(seed, n);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<FourMomentum> withSoft = new ArrayList<>(event);
        withSoft.add(
                FourMomentum.ofPtYPhiM(
                        1e-10, rng.nextDouble(-4, 4), rng.nextDouble(-Math.PI, Math.PI), 0));
        JetDefinition def = JetDefinition.of(algorithm, radius);
        List<Jet> hard = ClusterSequence.of(event, def).inclusiveJets(1.0);
        List<Jet> soft = ClusterSequence.of(withSoft, def).inclusiveJets(1.0);
        assertSameHardJets(hard, soft, Map.of(), n);
    }

    /**
     * Collinear safety: splitting one particle into two exactly collinear parts (fraction z and 1 −
     * z) leaves the jets above 1 GeV unchanged (momenta 1e-12 relative: the split costs one
     * rounding).
     */
    @Property(tries = 60)
    void hardJetsAreCollinearSafe(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll JetAlgorithm algorithm,
            @ForAll("radii") double radius) {
        List<FourMomentum> event = RandomEvents.generate(seed, n);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        int split = rng.nextInt(n);
        double z = rng.nextDouble(0.1, 0.9);
        FourMomentum p = event.get(split);
        FourMomentum part = p.times(z);
        List<FourMomentum> withSplit = new ArrayList<>(event);
        withSplit.set(split, part);
        withSplit.add(p.minus(part));
        JetDefinition def = JetDefinition.of(algorithm, radius);
        List<Jet> hard = ClusterSequence.of(event, def).inclusiveJets(1.0);
        List<Jet> collinear = ClusterSequence.of(withSplit, def).inclusiveJets(1.0);
        assertSameHardJets(hard, collinear, Map.of(n, split), n);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static List<Jet> toJets(List<BruteForceClusterer.PseudoJet> pseudojets) {
        List<Jet> jets = new ArrayList<>();
        for (BruteForceClusterer.PseudoJet p : pseudojets) {
            jets.add(new Jet(p.p(), new ArrayList<>(p.constituents()), -1));
        }
        return jets;
    }

    /** Same constituent sets and bitwise-identical momenta. */
    static void assertSameJets(String what, List<Jet> expected, List<Jet> actual) {
        assertEquals(expected.size(), actual.size(), what + ": number of jets");
        Map<List<Integer>, FourMomentum> byConstituents = new HashMap<>();
        for (Jet j : actual) {
            byConstituents.put(j.constituents(), j.momentum());
        }
        for (Jet e : expected) {
            FourMomentum a = byConstituents.get(e.constituents());
            assertTrue(a != null, what + ": no jet with constituents " + e.constituents());
            assertEquals(e.momentum(), a, what + ": momentum of " + e.constituents());
        }
    }

    private static void assertPartition(int n, List<Jet> jets) {
        Set<Integer> seen = new HashSet<>();
        for (Jet j : jets) {
            for (int c : j.constituents()) {
                assertTrue(seen.add(c), "particle " + c + " in two jets");
            }
        }
        assertEquals(n, seen.size(), "every particle in exactly one jet");
    }

    /**
     * Jets of the modified event, with added index {@code n} dropped (soft) or mapped by {@code
     * alias} (collinear split), must equal the original hard jets.
     */
    private static void assertSameHardJets(
            List<Jet> original, List<Jet> modified, Map<Integer, Integer> alias, int n) {
        assertEquals(original.size(), modified.size(), "number of hard jets");
        Map<Set<Integer>, Jet> byConstituents = new HashMap<>();
        for (Jet j : modified) {
            Set<Integer> c = new HashSet<>();
            for (int k : j.constituents()) {
                if (k < n) {
                    c.add(k);
                } else if (alias.containsKey(k)) {
                    c.add(alias.get(k));
                }
            }
            byConstituents.put(c, j);
        }
        for (Jet o : original) {
            Jet m = byConstituents.get(new HashSet<>(o.constituents()));
            assertTrue(m != null, "hard jet " + o.constituents() + " changed");
            // The soft particle (pT 1e-10 GeV, |y| < 4) can shift a jet of pT >= 1 GeV by at most
            // its own momentum: |dpT| <= 1e-10, |dE| <= 1e-10 cosh 4 = 2.7e-9 GeV, and
            // |dy| <= (1e-10 / 1) * |y_soft - y_jet| <= 1e-10 * 8 in rapidity.
            Tolerance.assertClose(o.pt(), m.pt(), 1e-12, 1.01e-10, "pt");
            Tolerance.assertClose(o.rapidity(), m.rapidity(), 1e-12, 8e-10, "rapidity");
            Tolerance.assertClose(o.momentum().e(), m.momentum().e(), 1e-12, 2.8e-9, "E");
        }
    }
}
