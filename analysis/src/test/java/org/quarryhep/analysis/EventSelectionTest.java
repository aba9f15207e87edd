package org.quarryhep.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.config.ConfigException;
import org.quarryhep.core.FourMomentum;

class EventSelectionTest {
    private static final String DIMUON =
            """
            objects:
              muons: {from: muons, ptMin: 20, absEtaMax: 2.4, isolationMax: 0.15}
              electrons: {from: electrons, ptMin: 10}
              jets: {from: jets, ptMin: 30, absEtaMax: 4.7}
              bjets: {from: jets, ptMin: 30, bTag: true}
              leptons: {merge: [electrons, muons]}
              overlapRemoval:
                - {remove: jets, near: muons, deltaR: 0.4}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) == 2"}
                - {name: opposite charge, require: "charge(muons[0]) * charge(muons[1]) < 0"}
                - {name: no b jets, veto: "n(bjets) > 0"}
              categories:
                - name: 0jet
                  require: "n(jets) == 0"
                - name: 1jet
                  require: "n(jets) == 1"
                  cuts:
                    - {name: jet pt, require: "pt(jets[0]) > 40"}
            variables:
              mll: "m(muons[0], muons[1])"
              ptj: {expr: "pt(jets[0])", categories: [1jet]}
              ht: "ht(jets)"
              lead: "pt(leptons[0])"
              sublead_flavour: "flavour(leptons[1])"
              ratio: "mll / lead"
              mH: {parameter: mass}
              below: "mll < 0.5 * mH"
              dnn: {score: net, features: main}
            features:
              main: {columns: [mll, ht, lead], placeholder: -999}
              jetty: {columns: [mll, ptj], categories: [1jet], placeholder: -1}
            histograms:
              mll: {variable: mll, bins: {count: 4, low: 70, high: 110}}
              ptj: {variable: ptj, edges: [0, 50, 100], categories: [1jet]}
            """;

    private static final ScoreProvider SUM =
            (model, features) -> {
                assertEquals("net", model);
                assertEquals(List.of("mll", "ht", "lead"), features);
                return row -> row[0] + row[1] + row[2];
            };

    private static EventSelection selection() {
        return AnalysisDefinition.parse(DIMUON, "dimuon.yaml")
                .newSelection(Map.of("mass", 125.0), SUM);
    }

    /**
     * Two back-to-back muons at η = 0, p_T = 45 GeV: m_μμ = 2·√(45² + m_μ²) = 90.000248… (hand
     * calculation from E = √(p² + m²)).
     */
    @Test
    void dimuonMassAndCategories() {
        EventSelection s = selection();
        SelectionOutcome o =
                s.apply(Events.event().muon(45, 0, 0, 1).muon(45, 0, Math.PI, -1).build());
        assertTrue(o.selected());
        assertEquals(0, o.category());
        double e = Math.sqrt(45 * 45 + 0.10566 * 0.10566);
        assertClose(2 * e, s.value("mll"), 1e-12, 0);
        assertClose(2 * e / 45, s.value("ratio"), 1e-12, 0);
        assertEquals(0.0, s.value("ht"));
        assertTrue(Double.isNaN(s.value("ptj")));
        // Parameter and comparison: 90 < 0.5·125 is false.
        assertEquals(0.0, s.value("below"));
        // The score provider sums mll + ht + lead.
        assertClose(2 * e + 0 + 45, s.value("dnn"), 1e-12, 0);
        assertArrayEquals(new double[] {2 * e, 0, 45}, s.featureRow("main"), 1e-12);
        assertNull(s.featureRow("jetty"));
    }

    @Test
    void cutsStopAtTheFirstFailure() {
        EventSelection s = selection();
        // Same-sign muons fail the second cut.
        SelectionOutcome o = s.apply(Events.event().muon(45, 0, 0, 1).muon(45, 0, 3, 1).build());
        assertEquals(1, o.commonCutsPassed());
        assertEquals(-1, o.category());
        assertFalse(o.selected());
        // A b jet is vetoed at the third cut.
        o =
                s.apply(
                        Events.event()
                                .muon(45, 0, 0, 1)
                                .muon(45, 0, 3, -1)
                                .jet(50, 1, 1.5, true)
                                .build());
        assertEquals(2, o.commonCutsPassed());
        // A muon failing isolation is not a muon: one muon left.
        o = s.apply(Events.event().muon(45, 0, 0, 1).muon(45, 0, 3, -1, 0.5, 0).build());
        assertEquals(0, o.commonCutsPassed());
    }

    @Test
    void overlapRemovalAndOneJetCategory() {
        EventSelection s = selection();
        // The 60 GeV jet sits on top of the leading muon (ΔR = 0.1) and is removed; the 35 GeV jet
        // is kept and fails the 1-jet category's 40 GeV cut.
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .muon(45, 0, 0, 1)
                                .muon(40, 0, 3, -1)
                                .jet(60, 0.1, 0, false)
                                .jet(35, -1, 1.5, false)
                                .build());
        assertEquals(3, o.commonCutsPassed());
        assertEquals(1, o.category());
        assertEquals(0, o.categoryCutsPassed());
        assertFalse(o.selected());
        assertClose(35, s.value("ht"), 1e-12, 0);
        o =
                s.apply(
                        Events.event()
                                .muon(45, 0, 0, 1)
                                .muon(40, 0, 3, -1)
                                .jet(55, -1, 1.5, false)
                                .build());
        assertTrue(o.selected());
        assertArrayEquals(new double[] {s.value("mll"), 55}, s.featureRow("jetty"), 1e-9);
    }

    @Test
    void mergedLeptonsArePtOrdered() {
        EventSelection s = selection();
        s.apply(Events.event().muon(45, 0, 0, 1).muon(25, 0, 3, -1).electron(30, 1, 1, -1).build());
        assertClose(45, s.value("lead"), 1e-12, 0);
        assertEquals(11.0, s.value("sublead_flavour"));
    }

    @Test
    void missingObjectsBecomePlaceholdersInFeatureRows() {
        EventSelection s = selection();
        s.apply(Events.event().muon(45, 0, 0, 1).muon(45, 0, 3, -1).build());
        // Fill checks the histograms: mll ≈ 89.6 falls in bin [80, 90) or [90, 100).
        AnalysisAccumulator acc = s.definition().newAccumulator();
        s.fill(acc, 2.0);
        HistogramResult h = acc.histograms(1.0).get(0);
        assertEquals(1, h.entries()[1] + h.entries()[2]);
        assertEquals(0L, acc.histograms(1.0).get(1).missing());
    }

    /** Static and dynamic jet vetoes (Pascoli, Ruiz & Weiland arXiv:1812.08750): by hand. */
    @Test
    void staticAndDynamicJetVetoes() {
        String yaml =
                """
                objects:
                  muons: {from: muons}
                  jets: {from: jets}
                selection:
                  cuts:
                    - {name: static veto, veto: "jet_veto(jets, 25)"}
                variables:
                  dynamic: "jet_veto(jets, pt(muons[0]))"
                  hadronic_over_leptonic: "ht(jets) > st(muons)"
                  st_met: "st(muons, met)"
                """;
        EventSelection s =
                AnalysisDefinition.parse(yaml, "veto.yaml")
                        .newSelection(Map.of(), ScoreProvider.none());
        SelectionOutcome o =
                s.apply(
                        Events.event()
                                .muon(60, 0, 0, 1)
                                .muon(20, 1, 2, -1)
                                .jet(40, 2, 1, false)
                                .met(3, 4)
                                .build());
        assertFalse(o.selected());
        // A 40 GeV jet is below the 60 GeV leading muon: the dynamic veto keeps the event.
        assertEquals(0.0, s.value("dynamic"));
        assertEquals(0.0, s.value("hadronic_over_leptonic"));
        assertClose(60 + 20 + 5, s.value("st_met"), 1e-12, 0);
        o =
                s.apply(
                        Events.event()
                                .muon(60, 0, 0, 1)
                                .jet(20, 2, 1, false)
                                .jet(70, -2, 1, false)
                                .build());
        assertFalse(o.selected());
        assertEquals(1.0, s.value("dynamic"));
        assertEquals(1.0, s.value("hadronic_over_leptonic"));
        o = s.apply(Events.event().muon(60, 0, 0, 1).jet(20, 2, 1, false).build());
        assertTrue(o.selected());
    }

    /**
     * m(ℓ₁, SV): hand values. A massless muon (30, 0, 0, 30) and a vertex (−30, 0, 0, 50) (m_SV =
     * 40) sum to (0, 0, 0, 80): m = 80 GeV. A muon (0, 0, 30, 30) and a vertex (0, 40, 0, 50) (m_SV
     * = 30) sum to (0, 40, 30, 80): m² = 6400 − 1600 − 900 = 3900. A vertex collection is refused
     * by m(…) and a non-vertex by m_lsv's second argument.
     */
    @Test
    void leptonVertexMass() {
        String yaml =
                """
                objects:
                  mu: {from: muons}
                  sv: {from: vertices, dxyMinMm: 1}
                selection:
                  cuts:
                    - {name: any event, require: "1"}
                variables:
                  mlsv: "m_lsv(mu[0], sv[0])"
                  msv: "m_sv(sv[0])"
                """;
        EventSelection s =
                AnalysisDefinition.parse(yaml, "lsv.yaml")
                        .newSelection(Map.of(), ScoreProvider.none());
        s.apply(
                Events.event()
                        .muon(new FourMomentum(30, 0, 0, 30), -1)
                        .vertex(12, 3, new FourMomentum(-30, 0, 0, 50))
                        .build());
        // Rounding only: the sums are exact in binary, the square roots correctly rounded.
        assertClose(80.0, s.value("mlsv"), 1e-15, 0, "back to back");
        assertClose(40.0, s.value("msv"), 1e-15, 0, "m_SV");
        s.apply(
                Events.event()
                        .muon(new FourMomentum(0, 0, 30, 30), 1)
                        .vertex(12, 3, new FourMomentum(0, 40, 0, 50))
                        .build());
        assertClose(Math.sqrt(3900), s.value("mlsv"), 1e-15, 0, "orthogonal");
        s.apply(Events.event().muon(new FourMomentum(0, 0, 30, 30), 1).build());
        assertTrue(Double.isNaN(s.value("mlsv")), "no vertex: NaN");
        for (String bad : List.of("m(mu[0], sv[0])", "m_lsv(mu[0], mu[0])")) {
            ConfigException e =
                    assertThrows(
                            ConfigException.class,
                            () ->
                                    AnalysisDefinition.parse(
                                            yaml.replace("m_lsv(mu[0], sv[0])", bad), "bad.yaml"));
            assertTrue(e.getMessage().contains("vert"), e.getMessage());
        }
    }

    /**
     * Displaced vertices: Δ_2D, m_SV and track counts come from the detector's vertex; a vertex
     * collection with cuts drops the prompt one.
     */
    @Test
    void vertexVariables() {
        String yaml =
                """
                objects:
                  sv: {from: vertices, dxyMinMm: 1, tracksMin: 3}
                selection:
                  cuts:
                    - {name: one displaced vertex, require: "n(sv) >= 1"}
                variables:
                  d2d: "d2d(sv[0])"
                  msv: "m_sv(sv[0])"
                  ntrk: "ntracks(sv[0])"
                """;
        EventSelection s =
                AnalysisDefinition.parse(yaml, "sv.yaml")
                        .newSelection(Map.of(), ScoreProvider.none());
        SelectionOutcome o = s.apply(Events.event().vertex(0.5, 5, 3).vertex(12, 4, 6.5).build());
        assertTrue(o.selected());
        assertEquals(12.0, s.value("d2d"));
        assertEquals(6.5, s.value("msv"));
        assertEquals(4.0, s.value("ntrk"));
    }
}
