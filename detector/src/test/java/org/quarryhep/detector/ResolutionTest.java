package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Particle;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;

/**
 * Smearing reproduces the card's resolution formulas: the standard deviation of a smeared sample
 * equals the formula within its statistical error (σ/√(2N), held to 4 standard errors).
 */
class ResolutionTest {
    private static final int N = 4000;

    /** Sample mean and standard deviation. */
    private static double[] meanStd(List<Double> xs) {
        double m = 0;
        for (double x : xs) {
            m += x;
        }
        m /= xs.size();
        double v = 0;
        for (double x : xs) {
            v += (x - m) * (x - m);
        }
        return new double[] {m, Math.sqrt(v / (xs.size() - 1))};
    }

    private static void assertWidth(double expected, List<Double> sample, String what) {
        double[] ms = meanStd(sample);
        double err = expected / Math.sqrt(2.0 * sample.size());
        assertTrue(
                Math.abs(ms[1] - expected) < 4 * err,
                what + ": width " + ms[1] + " vs card " + expected + " ± " + err);
        assertTrue(
                Math.abs(ms[0] - 1) < 4 * expected / Math.sqrt(sample.size()),
                what + ": the smearing must be unbiased, mean " + ms[0]);
    }

    @Test
    void photonEnergyWidthFollowsCmsEcalFormula() {
        DetectorCard cms = DetectorCards.preset("cms");
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(cms)
                        .optSeed(11)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        // Tower centre of the 0.0174-wide cell 28 (eta in (0.4872, 0.5046]), so that the formula is
        // evaluated at the same eta as the simulation.
        double eta = 28.5 * 0.0174;
        double e = 50.0;
        double pt = e / Math.cosh(eta);
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < N; i++) {
            ReconstructedEvent r =
                    sim.simulate(TestEvents.of(i, List.of(TestEvents.stable(22, pt, eta, 0.3))), i);
            if (r.photons().size() == 1) {
                ratios.add(r.photons().get(0).momentum().e() / e);
            }
        }
        // delphes_card_CMS.tcl ECal: (1+0.64*eta^2) * sqrt(E^2*0.008^2 + E*0.11^2 + 0.40^2).
        double sigma =
                (1 + 0.64 * eta * eta)
                        * Math.sqrt(e * e * 0.008 * 0.008 + e * 0.11 * 0.11 + 0.16)
                        / e;
        assertWidth(sigma, ratios, "CMS ECAL at E=50, eta=" + eta);
        // PhotonEfficiency 0.95 for |eta|<=1.5, pt>10 (isolation is trivially passed): binomial
        // check.
        double eff = (double) ratios.size() / N;
        assertClose(0.95, eff, 0, 4 * Math.sqrt(0.95 * 0.05 / N));
    }

    @Test
    void neutralHadronEnergyWidthFollowsCmsHcalFormula() throws java.io.IOException {
        // The CMS preset with the jet energy scale switched off, so that a jet made of one HCAL
        // tower carries the tower's measured energy.
        String text;
        try (var in =
                DetectorCards.class.getResourceAsStream("/org/quarryhep/detector/cards/cms.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        DetectorCard card =
                DetectorCards.parse(
                        text.replace(
                                "energyScale: {a: 2.5, b: 0.15}", "energyScale: {a: 0.0, b: 0.0}"),
                        "cms-nojes.yaml");
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(card)
                        .optSeed(15)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        double eta = 5.5 * 0.087;
        double e = 100.0;
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < N; i++) {
            Particle kl = TestEvents.stable(130, e / Math.cosh(eta), eta, 0.7);
            ReconstructedEvent r = sim.simulate(TestEvents.of(i, List.of(kl)), i);
            assertEquals(1, r.jets().size(), "a 100 GeV K_L makes one jet");
            ratios.add(r.jets().get(0).momentum().e() / e);
        }
        // delphes_card_CMS.tcl HCal, |eta|<=3.0: sqrt(E^2*0.050^2 + E*1.50^2).
        assertWidth(Math.sqrt(0.05 * 0.05 + 1.5 * 1.5 / e), ratios, "CMS HCAL at E=100");
    }

    @Test
    void muonTrackPtWidthFollowsCmsTrackerFormula() {
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(DetectorCards.preset("cms"))
                        .optSeed(12)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        double pt = 200.0;
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < N; i++) {
            ReconstructedEvent r =
                    sim.simulate(
                            TestEvents.of(i, List.of(TestEvents.stable(13, pt, 1.0, -2.0))), i);
            if (r.muons().size() == 1) {
                ratios.add(r.muons().get(0).momentum().pt() / pt);
            }
        }
        // delphes_card_CMS.tcl MuonMomentumSmearing, 0.5<|eta|<=1.5: sqrt(0.015^2 + pt^2*1.5e-4^2).
        assertWidth(
                Math.sqrt(0.015 * 0.015 + pt * pt * 1.5e-4 * 1.5e-4),
                ratios,
                "CMS muon track at 200 GeV");
    }

    @Test
    void atlasElectronTrackWidthFollowsAtlasFormula() {
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(DetectorCards.preset("atlas"))
                        .optSeed(13)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        double pt = 40.0;
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < N; i++) {
            ReconstructedEvent r =
                    sim.simulate(
                            TestEvents.of(i, List.of(TestEvents.stable(-11, pt, 2.0, 1.0))), i);
            if (r.electrons().size() == 1) {
                ratios.add(r.electrons().get(0).momentum().pt() / pt);
            }
        }
        // delphes_card_ATLAS.tcl ElectronMomentumSmearing, 1.5<|eta|<=2.5: sqrt(0.15^2 +
        // pt^2*3.1e-3^2).
        assertWidth(
                Math.sqrt(0.15 * 0.15 + pt * pt * 3.1e-3 * 3.1e-3),
                ratios,
                "ATLAS electron at 40 GeV");
    }

    @Test
    void partonJetResponseWidthFollowsCardParametrisation() {
        DetectorCard cms = DetectorCards.preset("cms");
        DetectorSimulation sim = DetectorSimulation.builder().setCard(cms).optSeed(14).build();
        double pt = 150.0;
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < N; i++) {
            Particle q = TestEvents.stable(2, pt, 0.7, 0.1);
            ReconstructedEvent r = sim.simulate(TestEvents.of(i, List.of(q)), i);
            assertEquals(1, r.jets().size(), "a 150 GeV quark always makes a jet");
            ratios.add(r.jets().get(0).momentum().pt() / pt);
        }
        DetectorCard.Jets j = cms.jets();
        // cms.yaml partonResponse: sqrt(N^2/pT^2 + S^2/pT + C^2) with N=4, S=1, C=0.05.
        assertWidth(
                Math.sqrt(16.0 / (pt * pt) + 1.0 / pt + 0.0025),
                ratios,
                "parton response at 150 GeV");
        assertClose(Math.sqrt(16.0 / (pt * pt) + 1.0 / pt + 0.0025), j.responseSigma(pt), 1e-14, 0);
    }
}
