package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;

/**
 * {@code xqcut}, {@code mmjj} and {@code mmjjmax} on hand-built configurations, with MadGraph's k_T
 * measure worked out by hand (MG5 {@code kin_functions.f}: d_ij = 2 min(p_T²)(cosh Δη − cos Δφ),
 * d_iB = p_T² for massless partons).
 */
class JetPairCutsTest {
    private static final List<Integer> LEPTONS_AND_TWO_JETS = List.of(11, -11, 21, 1);

    /**
     * A collinear-ish pair: g (p_T 50, η 0, φ 0) and d (p_T 40, η 0.3, φ 0.2). By hand: cosh 0.3 −
     * cos 0.2 = 0.0652719, √d_12 = √(2 · 1600 · 0.0652719) = 14.452 GeV (below both beam distances
     * 50 and 40), m_jj = √(2 · 50 · 40 · 0.0652719) = 16.158 GeV. The leptons (p_T 30, wide apart)
     * take part in no jet cut.
     */
    @ParameterizedTest
    @CsvSource({
        "xqcut, 14.40, true", "xqcut, 14.50, false",
        "mmjj, 16.10, true", "mmjj, 16.20, false",
        "mmjjmax, 16.20, true", "mmjjmax, 16.10, false"
    })
    void closePairActsAtItsThreshold(String name, double value, boolean passes) {
        List<FourMomentum> ps =
                List.of(
                        FourMomentum.ofPtEtaPhiM(30, 1, 2, 0),
                        FourMomentum.ofPtEtaPhiM(30, -1, -1, 0),
                        FourMomentum.ofPtEtaPhiM(50, 0, 0, 0),
                        FourMomentum.ofPtEtaPhiM(40, 0.3, 0.2, 0));
        assertEquals(
                passes,
                new GeneratorCuts(Map.of(name, value)).pass(LEPTONS_AND_TWO_JETS, ps),
                name + "=" + value);
    }

    /**
     * A wide pair, g (p_T 30, η 0, φ 0) and d (p_T 20, η 1, φ π/2): √d_12 = √(2 · 400 · cosh 1) =
     * 35.13 GeV, so the beam distance of the softer jet, p_T = 20 GeV, is what {@code xqcut} sees.
     */
    @ParameterizedTest
    @CsvSource({"19.9, true", "20.1, false"})
    void softJetIsCutAgainstTheBeam(double xqcut, boolean passes) {
        List<FourMomentum> ps =
                List.of(
                        FourMomentum.ofPtEtaPhiM(30, 1, 2, 0),
                        FourMomentum.ofPtEtaPhiM(30, -1, -1, 0),
                        FourMomentum.ofPtEtaPhiM(30, 0, 0, 0),
                        FourMomentum.ofPtEtaPhiM(20, 1, Math.PI / 2, 0));
        assertEquals(
                passes,
                new GeneratorCuts(Map.of("xqcut", xqcut)).pass(LEPTONS_AND_TWO_JETS, ps),
                "xqcut=" + xqcut);
        assertEquals(
                35.134947,
                Math.sqrt(KtMeasure.between(ps.get(2), ps.get(3))),
                1e-5,
                "sqrt(2 * 400 * cosh 1)");
    }
}
