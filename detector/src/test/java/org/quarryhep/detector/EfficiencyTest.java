package org.quarryhep.detector;

import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.Particle;
import org.quarryhep.detector.card.DetectorCards;

/**
 * Efficiencies reproduce the card's values within binomial errors (4 standard errors of N trials).
 * Each row: card, particle, pT, η, expected efficiency with its source in the Delphes card.
 */
class EfficiencyTest {
    private static final int N = 3000;

    static Stream<Arguments> rows() {
        return Stream.of(
                // delphes_card_CMS.tcl: ElectronTrackingEfficiency 0.95 (|eta|<=1.5, 1<pt<=100) x
                // ElectronEfficiency 0.95.
                Arguments.of("cms", 11, 30.0, 0.8, 0.95 * 0.95),
                // ElectronTrackingEfficiency 0.83 (1.5<|eta|<=2.5) x ElectronEfficiency 0.85.
                Arguments.of("cms", -11, 30.0, -2.0, 0.83 * 0.85),
                // MuonTrackingEfficiency 0.99 x MuonEfficiency 0.95*exp(0.5 - pt*5e-4) above 1 TeV.
                Arguments.of("cms", 13, 1500.0, 0.4, 0.99 * 0.95 * Math.exp(0.5 - 1500 * 5e-4)),
                // MuonEfficiency is 0 beyond |eta| 2.4 (tracking reaches 2.5).
                Arguments.of("cms", 13, 50.0, 2.45, 0.0),
                // delphes_card_ATLAS.tcl: MuonTrackingEfficiency 0.98 (1.5<|eta|<=2.5) x
                // MuonEfficiency 0.85 (1.5<|eta|<=2.7).
                Arguments.of("atlas", -13, 50.0, 2.2, 0.98 * 0.85),
                // CMS_PhaseII_0PU_v02.tcl: ElectronTrackingEfficiency 0.82+pt*0.01 is not reached
                // (pt 30 > 10): 0.90 for 1.2<|eta|<=2.5, times the CMS ElectronEfficiency 0.85
                // (1.5<|eta|<=2.5).
                Arguments.of("hllhc", 11, 30.0, 1.8, 0.90 * 0.85),
                // PhotonEfficiency 0.85 for 1.5<|eta|<=2.5.
                Arguments.of("cms", 22, 40.0, 1.9, 0.85));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void identificationEfficiencyMatchesCard(
            String card, int pdgId, double pt, double eta, double expected) {
        var c = DetectorCards.preset(card);
        if (c.pileup().meanInteractions() > 0) {
            c = c.withMeanPileup(0);
        }
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(c)
                        .optSeed(21)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        int found = 0;
        for (int i = 0; i < N; i++) {
            Particle p = TestEvents.stable(pdgId, pt, eta, 0.5);
            ReconstructedEvent r = sim.simulate(TestEvents.of(i, List.of(p)), i);
            int a = Math.abs(pdgId);
            found +=
                    a == 11
                            ? r.electrons().size()
                            : a == 13 ? r.muons().size() : r.photons().size();
        }
        double err = Math.sqrt(Math.max(expected * (1 - expected), 1.0 / N) / N);
        assertClose(expected, (double) found / N, 0, 4 * err);
    }

    static Stream<Arguments> tagRows() {
        double pt = 60.0;
        return Stream.of(
                // delphes_card_CMS.tcl BTagging: b 0.85*tanh(0.0025*pt)*(25/(1+0.063*pt)).
                Arguments.of(5, 0.85 * Math.tanh(0.0025 * pt) * 25.0 / (1 + 0.063 * pt)),
                // c 0.25*tanh(0.018*pt)*(1/(1+0.0013*pt)).
                Arguments.of(4, 0.25 * Math.tanh(0.018 * pt) / (1 + 0.0013 * pt)),
                // light 0.01+0.000038*pt.
                Arguments.of(21, 0.01 + 0.000038 * pt));
    }

    /** The perfect card keeps jet pT exact, so the rate is evaluated at the generated pT. */
    @ParameterizedTest
    @MethodSource("tagRows")
    void bTagRatesMatchCmsCard(int parton, double expected) {
        DetectorSimulation sim =
                DetectorSimulation.builder().setCard(TestEvents.perfectCard()).optSeed(22).build();
        int tagged = 0;
        for (int i = 0; i < N; i++) {
            ReconstructedEvent r =
                    sim.simulate(
                            TestEvents.of(i, List.of(TestEvents.stable(parton, 60.0, 0.3, 1.0))),
                            i);
            tagged += r.jets().get(0).bTagged() ? 1 : 0;
        }
        assertClose(expected, (double) tagged / N, 0, 4 * Math.sqrt(expected * (1 - expected) / N));
    }
}
