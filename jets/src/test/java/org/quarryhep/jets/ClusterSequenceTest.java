package org.quarryhep.jets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Tolerance;

/**
 * {@link ClusterSequence} on small events whose clustering follows by hand from the definitions
 * d_ij = min(pT_i^{2p}, pT_j^{2p}) ΔR²/R² and d_iB = pT_i^{2p} (arXiv:0802.1189, eqs. 1–2).
 */
class ClusterSequenceTest {

    private static FourMomentum massless(double pt, double y, double phi) {
        return FourMomentum.ofPtYPhiM(pt, y, phi, 0);
    }

    @ParameterizedTest
    @EnumSource(JetAlgorithm.class)
    void twoParticlesMergeOnlyWithinR(JetAlgorithm algorithm) {
        for (ClusteringStrategy s : ClusteringStrategy.values()) {
            // ΔR = 0.39 < R = 0.4: one jet, the E-scheme sum.
            FourMomentum a = massless(50, 0, 0);
            FourMomentum b = massless(20, 0, 0.39);
            List<Jet> one =
                    ClusterSequence.of(List.of(a, b), JetDefinition.of(algorithm, 0.4), s)
                            .inclusiveJets(0);
            assertEquals(1, one.size());
            assertEquals(a.plus(b), one.get(0).momentum());
            assertEquals(List.of(0, 1), one.get(0).constituents());
            // ΔR = 0.41 > R: two jets, hardest first.
            FourMomentum c = massless(20, 0, 0.41);
            List<Jet> two =
                    ClusterSequence.of(List.of(c, a), JetDefinition.of(algorithm, 0.4), s)
                            .inclusiveJets(0);
            assertEquals(2, two.size());
            assertEquals(List.of(1), two.get(0).constituents());
            assertEquals(List.of(0), two.get(1).constituents());
        }
    }

    /**
     * kt, R = 1, three massless particles: p1 (pT 10, y 0, φ 0), p2 (20, 0.2, 0), p3 (40, 0, 2).
     * d_12 = 10²·0.2² = 4 is the smallest (d_1B = 100), so 1+2 merge first; the pair (pT 30 at φ 0)
     * is then 2 away from p3, so both go to the beam: d = 30² = 900, then 40² = 1600.
     */
    @Test
    void ktHistoryAndExclusiveJetsFollowByHand() {
        FourMomentum p1 = massless(10, 0, 0);
        FourMomentum p2 = massless(20, 0.2, 0);
        FourMomentum p3 = massless(40, 0, 2);
        ClusterSequence cs =
                ClusterSequence.of(List.of(p1, p2, p3), JetDefinition.of(JetAlgorithm.KT, 1.0));
        List<ClusterStep> h = cs.history();
        assertEquals(6, h.size());
        assertTrue(h.get(0).isInput() && h.get(2).isInput());
        assertEquals(0, h.get(3).parent1());
        assertEquals(1, h.get(3).parent2());
        // The rapidity difference of the ofPtYPhiM vectors carries ~1e-16 rounding.
        Tolerance.assertClose(4.0, h.get(3).dij(), 1e-12, 0, "d_12");
        assertTrue(h.get(4).isBeamMerge() && h.get(5).isBeamMerge());
        Tolerance.assertClose(900.0, h.get(4).dij(), 1e-12, 0, "d_(12)B");
        Tolerance.assertClose(1600.0, h.get(5).dij(), 1e-12, 0, "d_3B");

        Tolerance.assertClose(4.0, cs.exclusiveDmerge(2), 1e-12, 0, "d_{2,3}");
        Tolerance.assertClose(900.0, cs.exclusiveDmerge(1), 1e-12, 0, "d_{1,2}");
        Tolerance.assertClose(1600.0, cs.exclusiveDmerge(0), 1e-12, 0, "d_{0,1}");
        assertEquals(0.0, cs.exclusiveDmerge(3));
        Tolerance.assertClose(900.0, cs.exclusiveDmergeMax(1), 1e-12, 0, "max d up to 1 jet");

        assertEquals(3, cs.exclusiveJets(3).size());
        List<Jet> two = cs.exclusiveJets(2);
        assertEquals(List.of(2), two.get(0).constituents());
        assertEquals(List.of(0, 1), two.get(1).constituents());
        // FastJet's exclusive_jets(1) returns what is left after n−1 steps: here the (12) jet has
        // already gone to the beam, so only p3 remains.
        assertEquals(List.of(List.of(2)), constituents(cs.exclusiveJets(1)));
        assertEquals(0, cs.exclusiveJets(0).size());
        assertEquals(3, cs.exclusiveJetsUpTo(7).size());

        // dcut between 4 and 900 stops after the first merge: two jets.
        assertEquals(2, cs.exclusiveJetCount(100));
        assertEquals(2, cs.exclusiveJetsUpToDcut(100).size());
        assertEquals(3, cs.exclusiveJetCount(1));
        assertEquals(0, cs.exclusiveJetCount(1e4));

        // Inclusive jets above 25 GeV: pT(12) = 30 and 40.
        List<Jet> inclusive = cs.inclusiveJets(25);
        assertEquals(2, inclusive.size());
        Tolerance.assertClose(40, inclusive.get(0).pt(), 1e-14, 0, "p3");
        Tolerance.assertClose(30, inclusive.get(1).pt(), 1e-14, 0, "p1 + p2");
        assertEquals(1, cs.inclusiveJets(35).size());
    }

    /**
     * Anti-kt grows a perfect cone around a hard particle: soft particles inside R join it even
     * when they are closer to each other (d_ij with the hard one is 1/pT_hard² · ΔR²/R²).
     */
    @Test
    void antiKtMakesConesAroundHardParticles() {
        List<FourMomentum> event = new ArrayList<>();
        event.add(massless(100, 0, 0));
        event.add(massless(1, 0.35, 0));
        event.add(massless(1, 0.38, 0.05));
        event.add(massless(1, 0.45, 0));
        List<Jet> jets = ClusterSequence.of(event, JetDefinition.antiKt(0.4)).inclusiveJets(0);
        assertEquals(List.of(List.of(0, 1, 2), List.of(3)), constituents(jets));
        // kt instead joins the two soft neighbours first (d = 1·0.0034/0.16), and the pair, whose
        // E-scheme axis is 0.365 from the hard one, then joins it: particle 3 is 0.08 from the
        // pair and merges with it before that.
        List<Jet> kt =
                ClusterSequence.of(event, JetDefinition.of(JetAlgorithm.KT, 0.4)).inclusiveJets(0);
        assertEquals(1, kt.size());
    }

    @Test
    void beamCollinearAndZeroParticlesFollowFastJetsConventions() {
        // pT = 0, E = |pz|: rapidity ±(1e5 + |pz|), so these stay apart as pT = 0 jets.
        List<FourMomentum> event =
                List.of(
                        massless(30, 0, 1),
                        new FourMomentum(0, 0, 50, 50),
                        new FourMomentum(0, 0, -20, 20),
                        FourMomentum.ZERO);
        for (JetAlgorithm a : JetAlgorithm.values()) {
            ClusterSequence cs = ClusterSequence.of(event, JetDefinition.of(a, 0.4));
            List<Jet> jets = cs.inclusiveJets(0);
            assertEquals(4, jets.size(), a.toString());
            assertEquals(1e5 + 50, findJet(jets, 1).rapidity());
            assertEquals(-(1e5 + 20), findJet(jets, 2).rapidity());
            assertEquals(1e5, findJet(jets, 3).rapidity(), "zero vector: +MaxRap as FastJet");
            assertEquals(1, cs.inclusiveJets(1).size());
        }
    }

    @Test
    void emptyInputHasNoJets() {
        for (ClusteringStrategy s : ClusteringStrategy.values()) {
            ClusterSequence cs = ClusterSequence.of(List.of(), JetDefinition.antiKt(0.4), s);
            assertEquals(0, cs.inclusiveJets(0).size());
            assertEquals(0, cs.exclusiveJets(0).size());
            assertEquals(0, cs.history().size());
        }
    }

    @Test
    void bestStrategyDependsOnMultiplicity() {
        List<FourMomentum> small = RandomEvents.generate(1, 10);
        List<FourMomentum> large = RandomEvents.generate(1, 500);
        assertEquals(
                ClusteringStrategy.N2_PLAIN,
                ClusterSequence.of(small, JetDefinition.antiKt(0.4)).strategy());
        assertEquals(
                ClusteringStrategy.N2_TILED,
                ClusterSequence.of(large, JetDefinition.antiKt(0.4)).strategy());
    }

    @Test
    void badInputIsRejected() {
        List<FourMomentum> withNaN =
                List.of(massless(10, 0, 0), new FourMomentum(1, Double.NaN, 0, 2));
        JetDefinitionException e =
                assertThrows(
                        JetDefinitionException.class,
                        () -> ClusterSequence.of(withNaN, JetDefinition.antiKt(0.4)));
        assertTrue(e.getMessage().startsWith("particles[1]: momentum"), e.getMessage());
        ClusterSequence cs =
                ClusterSequence.of(List.of(massless(10, 0, 0)), JetDefinition.antiKt(0.4));
        assertThrows(IllegalArgumentException.class, () -> cs.exclusiveJets(2));
        assertThrows(IllegalArgumentException.class, () -> cs.exclusiveJets(-1));
        assertThrows(IllegalArgumentException.class, () -> cs.exclusiveDmerge(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> cs.pseudojet(1));
    }

    private static Jet findJet(List<Jet> jets, int constituent) {
        for (Jet j : jets) {
            if (j.constituents().contains(constituent)) {
                return j;
            }
        }
        throw new AssertionError("no jet with constituent " + constituent);
    }

    private static List<List<Integer>> constituents(List<Jet> jets) {
        List<List<Integer>> out = new ArrayList<>();
        for (Jet j : jets) {
            out.add(j.constituents());
        }
        return out;
    }
}
