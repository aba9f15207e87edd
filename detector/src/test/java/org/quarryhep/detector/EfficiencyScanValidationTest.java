package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.testkit.Requirements;

/**
 * Heavy validation (-Pvalidation): on a grid of (η, pT) points per preset, the simulated electron,
 * muon and photon rates equal the card's tracking × identification efficiency within 4 binomial
 * standard errors of 20 000 single-particle events each (pT up to 250 GeV: above, the Delphes
 * electron track resolution of the CMS card exceeds 100 % and the identification, evaluated at the
 * measured pT, no longer follows the generated one).
 */
class EfficiencyScanValidationTest {
    private static final int N = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"cms", "atlas", "hllhc"})
    void simulatedRatesFollowTheCardOnAGrid(String preset) {
        Requirements.validationProfile();
        DetectorCard card = DetectorCards.preset(preset).withMeanPileup(0);
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(card)
                        .optSeed(31)
                        .optThreads(2)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        List<String> failures = new ArrayList<>();
        long index = 0;
        for (int pdg : new int[] {11, 13, 22}) {
            for (double eta : new double[] {0.2, 1.0, 1.7, 2.2, 2.45, 2.6}) {
                for (double pt : new double[] {15, 60, 250}) {
                    double expected =
                            switch (pdg) {
                                case 11 ->
                                        card.tracking().electronEfficiency().at(eta, pt)
                                                * card.electron().efficiency().at(eta, pt);
                                case 13 ->
                                        card.tracking().muonEfficiency().at(eta, pt)
                                                * card.muon().efficiency().at(eta, pt);
                                default -> card.photon().efficiency().at(eta, pt);
                            };
                    int found = 0;
                    for (int i = 0; i < N; i++) {
                        ReconstructedEvent r =
                                sim.simulate(
                                        TestEvents.of(
                                                i, List.of(TestEvents.stable(pdg, pt, eta, 0.1))),
                                        index++);
                        found +=
                                pdg == 11
                                        ? r.electrons().size()
                                        : pdg == 13 ? r.muons().size() : r.photons().size();
                    }
                    double err = Math.sqrt(Math.max(expected * (1 - expected), 1.0 / N) / N);
                    double got = (double) found / N;
                    if (Math.abs(got - expected) > 4 * err) {
                        failures.add(
                                pdg
                                        + " at eta "
                                        + eta
                                        + ", pT "
                                        + pt
                                        + ": "
                                        + got
                                        + " vs "
                                        + expected);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), preset + ": " + failures);
    }
}
