package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

/**
 * The k_T-MLM rules (Alwall et al., arXiv:0706.2569, §2.2; Pythia 8's JetMatchingMadgraph) on
 * showered configurations built by hand, qcut = 20 GeV: the expected verdict follows from the rule,
 * the jets from k_T clustering with R = 1 worked out by hand.
 */
class MlmMatchingTest {
    private static final MlmMatching MLM = new MlmMatching(20, 5);
    private static final FourMomentum PARTON = FourMomentum.ofPtEtaPhiM(50, 0, 0, 0);

    /** The parton split collinearly (ΔR 0.1, d = 25² · 0.01 ≪ 20²) is one jet on top of it. */
    private static final List<FourMomentum> SPLIT =
            List.of(
                    FourMomentum.ofPtEtaPhiM(25, 0.05, 0, 0),
                    FourMomentum.ofPtEtaPhiM(25, -0.05, 0, 0));

    @Test
    void collinearSplittingStaysMatched() {
        MlmMatching.Result r = MLM.match(List.of(PARTON), SPLIT, false, 50);
        assertTrue(r.accepted());
        assertEquals(1, r.jets());
    }

    /**
     * An extra wide-angle emission of p_T 40 (d_B = 1600 > 400) is a second jet: the exclusive
     * sample rejects it; the highest multiplicity keeps it, softer than the 50 GeV parton.
     */
    @Test
    void extraJetBelowTheSoftestPartonIsAllowedOnlyAtTheHighestMultiplicity() {
        List<FourMomentum> showered =
                List.of(SPLIT.get(0), SPLIT.get(1), FourMomentum.ofPtEtaPhiM(40, 1.5, Math.PI, 0));
        assertFalse(MLM.match(List.of(PARTON), showered, false, 50).accepted());
        assertTrue(MLM.match(List.of(PARTON), showered, true, 50).accepted());
    }

    /** An extra emission harder than the softest matrix-element parton is vetoed everywhere. */
    @Test
    void extraJetAboveTheSoftestPartonIsVetoedEverywhere() {
        List<FourMomentum> showered =
                List.of(SPLIT.get(0), SPLIT.get(1), FourMomentum.ofPtEtaPhiM(60, 1.5, Math.PI, 0));
        assertFalse(MLM.match(List.of(PARTON), showered, true, 50).accepted());
    }

    /**
     * A jet far from the parton (ΔR = 2, d = 50² · 4 > 20²) does not match it, even with the right
     * number of jets.
     */
    @Test
    void jetAwayFromThePartonIsNotAMatch() {
        List<FourMomentum> showered = List.of(FourMomentum.ofPtEtaPhiM(50, 0, 2, 0));
        MlmMatching.Result r = MLM.match(List.of(PARTON), showered, false, 50);
        assertFalse(r.accepted());
        assertEquals(1, r.jets());
    }

    /** The 0-parton sample: shower radiation below qcut passes, above it is a jet and is vetoed. */
    @Test
    void zeroPartonSampleVetoesAnyJetAboveQcut() {
        assertTrue(
                MLM.match(List.of(), List.of(FourMomentum.ofPtEtaPhiM(15, 0, 0, 0)), false, 91)
                        .accepted());
        assertFalse(
                MLM.match(List.of(), List.of(FourMomentum.ofPtEtaPhiM(25, 0, 0, 0)), false, 91)
                        .accepted());
    }

    /** Partons beyond |η| = 5 take no part: a forward emission is no jet. */
    @Test
    void forwardRadiationIsIgnored() {
        assertTrue(
                MLM.match(List.of(), List.of(FourMomentum.ofPtEtaPhiM(40, 6, 0, 0)), false, 91)
                        .accepted());
    }

    @Test
    void nonPositiveQcutIsAnError() {
        MergingException e = assertThrows(MergingException.class, () -> new MlmMatching(0, 5));
        assertTrue(e.getMessage().startsWith("--qcut"), e.getMessage());
    }
}
