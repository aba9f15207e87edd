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
 * Heavy validation (-Pvalidation): on a grid per preset, the width of reconstructed muon pT and
 * photon energy over 20 000 single-particle events equals the card's resolution within 4 standard
 * errors (σ/√(2N), widened by √(1 + κ/2) for the log-normal's excess kurtosis κ).
 */
class ResolutionScanValidationTest {
    private static final int N = 20_000;

    private static double[] meanStd(List<Double> xs) {
        double m = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double v = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
        return new double[] {m, Math.sqrt(v)};
    }

    private static String check(String what, double sigma, List<Double> ratios) {
        double[] ms = meanStd(ratios);
        double s2 = Math.log1p(sigma * sigma);
        double kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 6;
        double err = sigma / Math.sqrt(2.0 * ratios.size()) * Math.sqrt(1 + kurtosis / 2);
        if (Math.abs(ms[1] - sigma) > 4 * err
                || Math.abs(ms[0] - 1) > 4 * sigma / Math.sqrt(ratios.size())) {
            return what + ": mean " + ms[0] + ", width " + ms[1] + " vs " + sigma + " ± " + err;
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cms", "atlas", "hllhc"})
    void widthsFollowTheCardOnAGrid(String preset) {
        Requirements.validationProfile();
        DetectorCard card = DetectorCards.preset(preset).withMeanPileup(0);
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(card)
                        .optSeed(41)
                        .optThreads(2)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        List<String> failures = new ArrayList<>();
        long index = 0;
        double cell = card.ecal().cellEta();
        for (int k : new int[] {3, 40, 100, 125}) {
            double eta = (k + 0.5) * cell;
            for (double pt : new double[] {20, 80, 300}) {
                List<Double> mu = new ArrayList<>();
                List<Double> gamma = new ArrayList<>();
                double e = pt * Math.cosh(eta);
                for (int i = 0; i < N; i++) {
                    ReconstructedEvent a =
                            sim.simulate(
                                    TestEvents.of(i, List.of(TestEvents.stable(13, pt, eta, 0.1))),
                                    index++);
                    a.muons().forEach(m -> mu.add(m.momentum().pt() / pt));
                    ReconstructedEvent b =
                            sim.simulate(
                                    TestEvents.of(i, List.of(TestEvents.stable(22, pt, eta, 0.1))),
                                    index++);
                    b.photons().forEach(g -> gamma.add(g.momentum().e() / e));
                }
                double sMu = card.tracking().muonResolution().relative(eta, pt);
                double sGamma = card.ecal().region(eta).sigma(e, eta) / e;
                String f1 = check("muon eta " + eta + " pT " + pt, sMu, mu);
                String f2 = check("photon eta " + eta + " E " + e, sGamma, gamma);
                if (f1 != null) {
                    failures.add(f1);
                }
                if (f2 != null) {
                    failures.add(f2);
                }
            }
        }
        assertTrue(failures.isEmpty(), preset + ": " + failures);
    }
}
