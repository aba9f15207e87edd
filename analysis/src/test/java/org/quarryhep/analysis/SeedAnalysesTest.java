package org.quarryhep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.core.FourMomentum;

/**
 * The event-level sections of the five seed analyses (analyses.md §1–5), written in this module's
 * schema, read and run on hand-made events: the schema serves all five, not only the first.
 */
class SeedAnalysesTest {
    /** Scores every row with its first feature, so the tests can predict the score. */
    private static final ScoreProvider FIRST_FEATURE = (model, features) -> row -> row[0];

    private static AnalysisDefinition load(String name) throws IOException {
        try (InputStream in = SeedAnalysesTest.class.getResourceAsStream("seeds/" + name)) {
            return AnalysisDefinition.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    /**
     * §1: an eμ event, electron (30, 0, 0), muon (−50, 0, 0) massless, MET (10, 0) along the
     * electron: x_τ = 0.75, M_col² = 6000/0.75 (hand), 0-jet category; the DNN score is the first
     * feature, m_vis.
     */
    @Test
    void lfvHiggs() throws IOException {
        AnalysisDefinition d = load("lfv-higgs.yaml");
        assertEquals(5, d.cuts().size());
        EventSelection s = d.newSelection(Map.of("mass", 125.0), FIRST_FEATURE);
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .electron(FourMomentum.ofPxPyPzE(30, 0, 0, 30), -1)
                                .muon(FourMomentum.ofPxPyPzE(-60, 0, 0, 60), 1)
                                .met(10, 0)
                                .build());
        assertTrue(o.selected());
        assertEquals("0jet", d.categories().get(o.category()).name());
        // m_vis² = 2·30·60·2 = 7200.
        assertClose(Math.sqrt(7200), s.value("mvis"), 1e-12, 0);
        assertClose(Math.sqrt(7200 / 0.75), s.value("mcol"), 1e-12, 0);
        assertClose(Math.sqrt(7200), s.value("dnn"), 1e-12, 0);
        assertClose(Math.sqrt(7200) / 125, s.value("mvis_over_mH"), 1e-12, 0);
        assertEquals(7, s.featureRow("dnn_inputs").length);
    }

    /**
     * §2: two muons, a jet on top of the leading muon removed by the first overlap step; the NN
     * (its first feature: the electron count, 0) fails the final cut at 0.9.
     */
    @Test
    void smuons() throws IOException {
        AnalysisDefinition d = load("smuons.yaml");
        assertEquals(4, d.overlapRemoval().size());
        EventSelection s = d.newSelection(Map.of(), FIRST_FEATURE);
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .muon(60, 0, 0, 1)
                                .muon(40, 1, 2, -1)
                                .jet(70, 0.05, 0.05, false)
                                .met(-5, 3)
                                .build());
        assertEquals(3, o.commonCutsPassed());
        assertEquals(0.0, s.value("n_jet"));
        assertEquals(0.0, s.value("static_veto"));
        // Not selected (the NN cut failed), so no feature row.
        assertNull(s.featureRow("nn_inputs"));
        assertClose(100, s.value("st_l"), 1e-12, 0);
    }

    /**
     * §3: an e⁺e⁻jj event: the ee category, m_ℓℓjj by hand for massless objects along the axes:
     * (300 + 300 + 100 + 100)² − 0 = 800² with the pairs back to back.
     */
    @Test
    void leftRightWr() throws IOException {
        AnalysisDefinition d = load("wr-lrsm.yaml");
        EventSelection s = d.newSelection(Map.of(), ScoreProvider.none());
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .electron(FourMomentum.ofPxPyPzE(300, 0, 0, 300), 1)
                                .electron(FourMomentum.ofPxPyPzE(-300, 0, 0, 300), -1)
                                .jet(FourMomentum.ofPxPyPzE(0, 100, 0, 100))
                                .jet(FourMomentum.ofPxPyPzE(0, -100, 0, 100))
                                .build());
        assertTrue(o.selected());
        assertEquals("ee", d.categories().get(o.category()).name());
        assertClose(800, s.value("mlljj"), 1e-12, 0);
        // m(ℓ₁jj)² = 500² − 300² = 400².
        assertClose(400, s.value("ml1jj"), 1e-12, 0);
        assertEquals(0.0, s.value("same_sign"));
    }

    /**
     * §4: a prompt and a displaced muon plus a displaced vertex; the PFN score (first feature:
     * m(ℓ₁ℓ₂) ≫ 0.8) and m_SV = 3 put the event in region A of the ABCD plane.
     */
    @Test
    void displacedHeavyNeutralLepton() throws IOException {
        AnalysisDefinition d = load("hnl-displaced.yaml");
        EventSelection s = d.newSelection(Map.of(), FIRST_FEATURE);
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .muon(40, 0, 0, 1, 0.01, 0.01)
                                .muon(15, 0.5, 2.5, 1, 0.01, 2.0)
                                .vertex(25, 4, 3)
                                .build());
        assertTrue(o.selected());
        assertEquals("A", d.categories().get(o.category()).name());
        assertEquals(25.0, s.value("d2d"));
        assertEquals(
                List.of("A", "B", "C", "D"),
                d.categories().stream().map(CategoryDefinition::name).toList());
    }

    /**
     * §5: a semileptonic tt̄-like event; m_tt̄ with the W-constrained neutrino must satisfy m(ℓν) =
     * m_W (the constraint) and the parameters enter the feature row.
     */
    @Test
    void dipHuntingTtbar() throws IOException {
        AnalysisDefinition d = load("dip-ttbar.yaml");
        assertEquals(List.of("m_S", "width"), d.parameterNames());
        EventSelection s = d.newSelection(Map.of("m_S", 500.0, "width", 20.0), FIRST_FEATURE);
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .muon(50, 0.3, 0.1, 1)
                                .jet(120, 0.2, 2.0, true)
                                .jet(90, -0.5, -2.0, false)
                                .jet(70, 1.0, 1.0, false)
                                .jet(40, -1.2, -0.7, false)
                                .met(30, -20)
                                .build());
        assertTrue(o.selected());
        double[] row = s.featureRow("lr_inputs");
        assertEquals(500.0, row[2]);
        assertEquals(20.0, row[3]);
        // m_T(μ, MET) ≈ 29 GeV < m_W, so the constraint has real roots and holds exactly.
        assertClose(80.379, s.value("mw"), 1e-9, 0);
        assertTrue(s.value("mtt") > 300, "m_tt " + s.value("mtt"));
        double cos = s.value("cos_l");
        assertTrue(cos >= -1 && cos <= 1, "cos " + cos);
    }
}
