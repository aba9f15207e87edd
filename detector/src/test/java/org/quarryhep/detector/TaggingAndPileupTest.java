package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;

/** Jet energy scale, hadronic τ tagging and charged-hadron subtraction of pile-up. */
class TaggingAndPileupTest {
    private static final int N = 2000;

    @Test
    void jetEnergyScaleMultipliesTheClusteredJet() {
        // The perfect card with the CMS JetEnergyScale sqrt((2.5 - 0.15|eta|)^2/pt + 1).
        DetectorCard card =
                DetectorCards.parse(
                        TestEvents.perfectCardText()
                                .replace(
                                        "energyScale: {a: 0.0, b: 0.0}",
                                        "energyScale: {a: 2.5, b: 0.15}"),
                        "jes.yaml");
        DetectorSimulation sim = DetectorSimulation.builder().setCard(card).build();
        ReconstructedEvent r =
                sim.simulate(TestEvents.of(0, List.of(TestEvents.stable(211, 50, 1.0, 0.5))), 0);
        assertEquals(1, r.jets().size());
        double scale = Math.sqrt(Math.pow(2.5 - 0.15 * 1.0, 2) / 50 + 1);
        assertClose(50 * scale, r.jets().get(0).momentum().pt(), 1e-12, 0);
    }

    /** A τ⁻ made at the origin decaying to ν_τ plus the given charged pions (pT 40 GeV shared). */
    private static Event tauDecay(long number, int prongs) {
        List<Particle> ps = new ArrayList<>();
        List<Particle> daughters = new ArrayList<>();
        daughters.add(TestEvents.stable(16, 15, 0.4, 1.0).withVertices(1, -1));
        for (int k = 0; k < prongs; k++) {
            int pdg = k % 2 == 0 ? -211 : 211;
            daughters.add(
                    TestEvents.stable(pdg, 40.0 / prongs, 0.4 + 0.02 * k, 1.0 - 0.02 * k)
                            .withVertices(1, -1));
        }
        FourMomentum sum = FourMomentum.ZERO;
        for (Particle d : daughters) {
            sum = sum.plus(d.momentum());
        }
        ps.add(Particle.of(15, 2, sum).withVertices(0, 1));
        ps.addAll(daughters);
        int[] out = new int[daughters.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = k + 1;
        }
        return Event.builder()
                .optNumber(number)
                .optParticles(ps)
                .optVertices(
                        List.of(
                                new Vertex(0, Position.ORIGIN, new int[0], new int[] {0}, null),
                                new Vertex(0, Position.ORIGIN, new int[] {0}, out, null)))
                .build();
    }

    @Test
    void tauTagRatesFollowTheCardPerProngAndMistag() {
        // The perfect card with the ATLAS TrackCountingTauTagging rates: 0.70 one prong, 0.60
        // multi-prong, mistag 0.02 (one track) and 0.01 (more).
        DetectorCard card =
                DetectorCards.parse(
                        TestEvents.perfectCardText()
                                .replace(
                                        "oneProng: 0.6\n  multiProng: 0.6\n  mistagOneProng: 0.01",
                                        "oneProng: 0.70\n  multiProng: 0.60\n  mistagOneProng: 0.02"),
                        "tau.yaml");
        assertClose(0.70, card.tauTagging().oneProng(), 0, 0);
        DetectorSimulation sim = DetectorSimulation.builder().setCard(card).optSeed(8).build();
        int one = 0;
        int three = 0;
        int fake = 0;
        for (int i = 0; i < N; i++) {
            ReconstructedEvent a = sim.simulate(tauDecay(i, 1), i);
            one += a.taus().size();
            ReconstructedEvent b = sim.simulate(tauDecay(i, 3), N + i);
            three += b.taus().size();
            if (b.taus().size() == 1) {
                assertEquals(3, b.taus().get(0).prongs());
                assertEquals(-1, b.taus().get(0).charge(), "pi- pi+ pi-");
            }
            ReconstructedEvent c =
                    sim.simulate(
                            TestEvents.of(i, List.of(TestEvents.stable(211, 40, 0.4, 1.0))),
                            2L * N + i);
            fake += c.taus().size();
        }
        assertClose(0.70, (double) one / N, 0, 4 * Math.sqrt(0.70 * 0.30 / N));
        assertClose(0.60, (double) three / N, 0, 4 * Math.sqrt(0.60 * 0.40 / N));
        assertClose(0.02, (double) fake / N, 0, 4 * Math.sqrt(0.02 * 0.98 / N));
    }

    private static List<Event> minBias() {
        List<Event> pool = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<Particle> ps = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                // Charged pions of pT 1.5 ... 5.5 GeV (sum 17.5 GeV), all inside the tracker.
                ps.add(TestEvents.stable(j % 2 == 0 ? 211 : -211, 1.5 + j, -2 + j, k + 0.3 * j));
            }
            pool.add(TestEvents.of(k, ps));
        }
        return pool;
    }

    @Test
    void chargedHadronSubtractionRemovesPileupTracks() {
        int[] n = {300, 3000};
        double mu = 20;
        double[] extra = new double[2];
        for (int chs = 0; chs < 2; chs++) {
            String text = TestEvents.perfectCardText();
            if (chs == 0) {
                text =
                        text.replace(
                                "chargedHadronSubtraction: true",
                                "chargedHadronSubtraction: false");
            }
            DetectorCard card = DetectorCards.parse(text, "chs.yaml").withMeanPileup(mu);
            DetectorSimulation sim =
                    DetectorSimulation.builder()
                            .setCard(card)
                            .optSeed(9)
                            .optPileupEvents(minBias())
                            .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                            .build();
            for (int i = 0; i < n[chs]; i++) {
                ReconstructedEvent r =
                        sim.simulate(TestEvents.of(i, List.of(TestEvents.stable(13, 50, 0, 0))), i);
                extra[chs] += (r.met().sumEt() - 50) / n[chs];
            }
        }
        // Without subtraction every pile-up interaction adds 17.5 GeV: mean 17.5*mu, standard
        // error 17.5*sqrt(mu/n).
        assertClose(17.5 * mu, extra[0], 0, 4 * 17.5 * Math.sqrt(mu / n[0]));
        // With it only vertices within 0.1 mm of the primary (at z = 0) survive: a fraction
        // f = erf(0.1/(53*sqrt(2))) = 1.5050e-3 of the Gaussian z spread (53 mm), so 17.5*mu*f =
        // 0.527 GeV on average. The survivors per event are Poisson(mu*f) (a thinned Poisson), each
        // adding 17.5 GeV, so the standard error is 17.5*sqrt(mu*f/n) = 0.055 GeV; allow four.
        double f = 1.5050e-3;
        assertClose(17.5 * mu * f, extra[1], 0, 4 * 17.5 * Math.sqrt(mu * f / n[1]), "CHS");
    }
}
