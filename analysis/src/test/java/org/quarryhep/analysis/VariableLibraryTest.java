package org.quarryhep.analysis;

import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.core.FourMomentum;

/**
 * The built-in library as the analysis file uses it: each variable on a hand-built event against a
 * value worked out by hand (or, for M_T2, a published one).
 */
class VariableLibraryTest {
    private static final String YAML =
            """
            objects:
              muons: {from: muons}
              electrons: {from: electrons}
              jets: {from: jets}
              leptons: {merge: [electrons, muons]}
            selection: {}
            variables:
              mll: "m(leptons[0], leptons[1])"
              mlljj: "m(leptons[0], leptons[1], jets[0], jets[1])"
              mljj: "m(leptons[1], jets[0], jets[1])"
              dphi: "dphi(leptons[0], jets[0])"
              dr: "dr(leptons[0], jets[0])"
              etmiss: "pt(met)"
              phimiss: "phi(met)"
              ht: "ht(jets)"
              stl: "st(leptons)"
              mt: "mt(leptons[0], met)"
              mvis: "m(electrons[0], muons[0])"
              xtau: "xtau(electrons[0], met)"
              mcol: "mcol(electrons[0], muons[0], met)"
              mtt: "m(sum(leptons[0], leptons[1]), jets[0])"
              mt2: "mt2(jets[0], jets[1], met, 100)"
              mct: "mct(jets[0], jets[1])"
            """;

    private static EventSelection select(Events e) {
        EventSelection s =
                AnalysisDefinition.parse(YAML, "library.yaml")
                        .newSelection(Map.of(), ScoreProvider.none());
        s.apply(e.build());
        return s;
    }

    /**
     * Massless-like objects along the axes at η = 0 (electron along +x with 30 GeV, muon along −x
     * with 50 GeV, jets along ±y with 40 and 20 GeV), MET (0, 10):
     *
     * <pre>
     * m_ℓℓ² = 2·30·50·(1 − cos π) = 6000
     * m_ℓℓjj² = (30 + 50 + 40 + 20)² − (−20)² − 20² = 19 600 − 800 = 18 800
     * m_ℓjj (ℓ = the 30 GeV electron, the sub-leading lepton): (90)² − 30² − 20² = 6 800
     * Δφ(μ, j₁) = π/2, ΔR = π/2; E_T^miss = 10, φ_miss = π/2; H_T = 60, S_T = 80
     * m_T(μ, MET) = √(2·50·10·(1 − cos 90°)) = √1000
     * x_τ = 30/40, M_col = √(6000/0.75)
     * </pre>
     *
     * All objects are massless here, so the values are exact up to rounding (1e-12 relative).
     */
    @Test
    void handCalculationOnAxisAlignedEvent() {
        EventSelection s =
                select(
                        Events.event()
                                .electron(FourMomentum.ofPxPyPzE(30, 0, 0, 30), -1)
                                .muon(FourMomentum.ofPxPyPzE(-50, 0, 0, 50), 1)
                                .jet(FourMomentum.ofPxPyPzE(0, 40, 0, 40))
                                .jet(FourMomentum.ofPxPyPzE(0, -20, 0, 20))
                                .met(0, 10));
        double rel = 1e-12;
        assertClose(Math.sqrt(6000), s.value("mll"), rel, 0);
        assertClose(Math.sqrt(18800), s.value("mlljj"), rel, 0);
        assertClose(Math.sqrt(6800), s.value("mljj"), rel, 0);
        assertClose(Math.PI / 2, s.value("dphi"), 1e-12, 0);
        assertClose(Math.PI / 2, s.value("dr"), 1e-12, 0);
        assertClose(10, s.value("etmiss"), 1e-15, 0);
        assertClose(Math.PI / 2, s.value("phimiss"), 1e-15, 0);
        assertClose(60, s.value("ht"), 1e-15, 0);
        assertClose(80, s.value("stl"), 1e-12, 0);
        assertClose(Math.sqrt(1000), s.value("mt"), rel, 0);
        assertClose(Math.sqrt(6000), s.value("mvis"), rel, 0);
        assertClose(0.75, s.value("xtau"), 1e-12, 0);
        assertClose(Math.sqrt(8000), s.value("mcol"), rel, 0);
        // m(ℓℓ + j₁): (30 + 50 + 40)² − (−20)² − 40² = 14 400 − 2 000 = 12 400.
        assertClose(Math.sqrt(12400), s.value("mtt"), rel, 0);
    }

    /**
     * M_T2 through the analysis file on the Oxbridge library's example event (visible masses 100
     * and 150 GeV, χ = 100 GeV): "Expected mT2 = 412.628" (Python {@code mt2} package), to half a
     * unit of the last digit. m_CT of the same two systems by hand: E_T = √(m² + p_T²).
     */
    @Test
    void stransverseAndContransverseMassOnTheOxbridgeEvent() {
        EventSelection s =
                select(
                        Events.event()
                                .jet(FourMomentum.ofPxPyPzM(410, 20, 0, 100))
                                .jet(FourMomentum.ofPxPyPzM(-210, -300, 0, 150))
                                .met(-200, 280));
        assertClose(412.628, s.value("mt2"), 0, 5e-4);
        double eta = Math.sqrt(100 * 100 + 410 * 410 + 20 * 20);
        double etb = Math.sqrt(150 * 150 + 210 * 210 + 300 * 300);
        double mct2 = (eta + etb) * (eta + etb) - 620 * 620 - 320 * 320;
        assertClose(Math.sqrt(mct2), s.value("mct"), 1e-12, 0);
    }
}
