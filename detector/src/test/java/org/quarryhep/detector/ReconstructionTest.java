package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;

/**
 * Isolation, missing transverse momentum, impact parameters and displaced vertices on events built
 * in code.
 */
class ReconstructionTest {
    private static final double PION_MASS = 0.13957039;

    private static DetectorSimulation perfect() {
        return DetectorSimulation.builder()
                .setCard(TestEvents.perfectCard())
                .optSeed(3)
                .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                .build();
    }

    @Test
    void muonIsolationIsTheConePtSumOverPt() {
        DetectorSimulation sim = perfect();
        // 10 GeV pion at dR = 0.3: ratio 10/50 = 0.2 <= 0.25 (card PTRatioMax for muons): kept.
        ReconstructedEvent kept =
                sim.simulate(
                        TestEvents.of(
                                0,
                                List.of(
                                        TestEvents.stable(13, 50, 0, 0),
                                        TestEvents.stable(211, 10, 0.3, 0))),
                        0);
        assertEquals(1, kept.muons().size());
        assertClose(0.2, kept.muons().get(0).isolation(), 1e-12, 0);
        // 15 GeV pion: ratio 0.3 > 0.25: rejected.
        ReconstructedEvent lost =
                sim.simulate(
                        TestEvents.of(
                                1,
                                List.of(
                                        TestEvents.stable(13, 50, 0, 0),
                                        TestEvents.stable(211, 15, 0.3, 0))),
                        1);
        assertEquals(0, lost.muons().size());
        // 40 GeV pion outside the 0.5 cone, and a 0.4 GeV pion inside it below PTMin 0.5: ratio 0.
        ReconstructedEvent far =
                sim.simulate(
                        TestEvents.of(
                                2,
                                List.of(
                                        TestEvents.stable(13, 50, 0, 0),
                                        TestEvents.stable(211, 40, 0.6, 0),
                                        TestEvents.stable(-211, 0.4, 0.1, 0.1))),
                        2);
        assertEquals(1, far.muons().size());
        assertClose(0.0, far.muons().get(0).isolation(), 0, 0);
    }

    @Test
    void electronIsolationUsesItsOwnThreshold() {
        DetectorSimulation sim = perfect();
        // Electron PTRatioMax 0.12: 5/50 = 0.10 kept, 7/50 = 0.14 rejected.
        ReconstructedEvent kept =
                sim.simulate(
                        TestEvents.of(
                                0,
                                List.of(
                                        TestEvents.stable(11, 50, 1, 1),
                                        TestEvents.stable(211, 5, 1.4, 1))),
                        0);
        assertEquals(1, kept.electrons().size());
        assertClose(0.10, kept.electrons().get(0).isolation(), 1e-12, 0);
        ReconstructedEvent lost =
                sim.simulate(
                        TestEvents.of(
                                1,
                                List.of(
                                        TestEvents.stable(11, 50, 1, 1),
                                        TestEvents.stable(211, 7, 1.4, 1))),
                        1);
        assertEquals(0, lost.electrons().size());
    }

    @Test
    void emptyAndInvisibleEventsGiveEmptyObjectsAndZeroMissingEt() {
        for (DetectorSimulation.InputLevel level : DetectorSimulation.InputLevel.values()) {
            DetectorSimulation sim =
                    DetectorSimulation.builder()
                            .setCard(DetectorCards.preset("cms"))
                            .optInputLevel(level)
                            .build();
            ReconstructedEvent empty = sim.simulate(TestEvents.of(0, List.of()), 0);
            ReconstructedEvent neutrinos =
                    sim.simulate(
                            TestEvents.of(
                                    1,
                                    List.of(
                                            TestEvents.stable(12, 30, 0, 0),
                                            TestEvents.stable(-14, 30, 1, 2))),
                            1);
            for (ReconstructedEvent r : List.of(empty, neutrinos)) {
                assertTrue(
                        r.jets().isEmpty()
                                && r.electrons().isEmpty()
                                && r.muons().isEmpty()
                                && r.photons().isEmpty()
                                && r.vertices().isEmpty(),
                        r.toString());
                assertEquals(0.0, r.met().met(), 0.0);
            }
        }
    }

    @Test
    void missingEtIsMinusTheVectorSumOfVisibleObjects() {
        DetectorSimulation sim = perfect();
        List<Particle> ps =
                List.of(
                        TestEvents.stable(13, 50, 0.5, 0.2),
                        TestEvents.stable(211, 30, -1.0, 2.5),
                        TestEvents.stable(22, 40, 0.1, -2.0),
                        TestEvents.stable(12, 60, 0.0, 1.0));
        ReconstructedEvent r = sim.simulate(TestEvents.of(0, ps), 0);
        assertEquals(1, r.muons().size());
        assertEquals(1, r.photons().size());
        assertEquals(1, r.jets().size(), "the 30 GeV pion is a jet above the 20 GeV threshold");
        FourMomentum visible =
                r.muons()
                        .get(0)
                        .momentum()
                        .plus(r.photons().get(0).momentum())
                        .plus(r.jets().get(0).momentum());
        // Every particle-flow candidate belongs to exactly one object here, so the identity is
        // exact.
        assertClose(-visible.px(), r.met().x(), 1e-12, 1e-9);
        assertClose(-visible.py(), r.met().y(), 1e-12, 1e-9);
        // Against the generator: the photon's tower direction is drawn within its 0.0174 x 1 degree
        // cell, which moves 40 GeV by at most 40*0.0175 = 0.7 GeV.
        FourMomentum gen =
                ps.get(0).momentum().plus(ps.get(1).momentum()).plus(ps.get(2).momentum());
        assertClose(-gen.px(), r.met().x(), 0, 1.0);
        assertClose(-gen.py(), r.met().y(), 0, 1.0);
    }

    /**
     * The reference is the truth: at parton level the smeared objects' recoil must average to minus
     * the vector sum of the visible partons' true transverse momenta (the neutrino's pT plus the
     * event's own imbalance), computed here from the inputs, not from the reconstruction. Smearing
     * is unbiased, so over the (about 400) events the mean missing-ET components sit within a few
     * standard errors of it; the spread of the per-event differences measures that standard error
     * (about 0.5 GeV here), and the test allows five of them. A dropped object, a sign error or a
     * wrong scale would move the mean by tens of GeV.
     */
    @Test
    void partonLevelMissingEtAveragesToTheTruthImbalance() {
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(DetectorCards.preset("cms"))
                        .optSeed(4)
                        .build();
        List<Particle> ps =
                List.of(
                        TestEvents.stable(1, 80, 0.5, 0.2),
                        TestEvents.stable(-5, 60, -1.0, 2.5),
                        TestEvents.stable(11, 40, 0.1, -2.0),
                        TestEvents.stable(-12, 60, 0.0, 1.0));
        double truthX = 0;
        double truthY = 0;
        for (Particle p : ps) {
            if (Math.abs(p.pdgId()) != 12) {
                truthX -= p.momentum().px();
                truthY -= p.momentum().py();
            }
        }
        int n = 400;
        double[] dx = new double[n];
        double[] dy = new double[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            ReconstructedEvent r = sim.simulate(TestEvents.of(i, ps), i);
            assertEquals(2, r.jets().size(), "both partons are far above threshold");
            // An electron lost to the card's efficiency counts as missing momentum, as it should;
            // the truth reference holds where all three visible objects were reconstructed.
            if (r.electrons().size() == 1) {
                dx[used] = r.met().x() - truthX;
                dy[used] = r.met().y() - truthY;
                used++;
            }
        }
        assertTrue(used > n / 2, "most events keep their electron: " + used);
        dx = Arrays.copyOf(dx, used);
        dy = Arrays.copyOf(dy, used);
        double ex = 5 * standardError(dx);
        double ey = 5 * standardError(dy);
        assertClose(0.0, mean(dx), 0, ex, "mean MET_x - truth (5 standard errors)");
        assertClose(0.0, mean(dy), 0, ey, "mean MET_y - truth (5 standard errors)");
        assertTrue(ex < 5 && ey < 5, "the smearing is a few GeV per event, not tens: " + ex);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double standardError(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1) / v.length);
    }

    /** A heavy neutral lepton made at the origin that decays at (10, 5, 3) mm to mu- pi+ pi-. */
    static Event displacedDecay(long number) {
        Particle mu = TestEvents.stable(13, 30, 0.3, 0.5).withVertices(1, -1);
        Particle pip = TestEvents.stable(211, 20, 0.5, 0.9).withVertices(1, -1);
        Particle pim = TestEvents.stable(-211, 15, 0.1, 0.2).withVertices(1, -1);
        FourMomentum n = mu.momentum().plus(pip.momentum()).plus(pim.momentum());
        Particle hnl = Particle.of(9900012, 2, n).withVertices(0, 1);
        // A prompt, isolated muon from the primary vertex, far from the decay products.
        Particle prompt = TestEvents.stable(-13, 40, -1.5, -2.5).withVertices(0, -1);
        List<Vertex> vs =
                List.of(
                        new Vertex(0, Position.ORIGIN, new int[0], new int[] {0, 4}, null),
                        new Vertex(
                                0,
                                new Position(10, 5, 3, 0),
                                new int[] {0},
                                new int[] {1, 2, 3},
                                null));
        return Event.builder()
                .optNumber(number)
                .optWeights(1.0)
                .optParticles(List.of(hnl, mu, pip, pim, prompt))
                .optVertices(vs)
                .build();
    }

    @Test
    void displacedDecayGivesOneVertexWithItsTracksMassAndLepton() {
        Event e = displacedDecay(0);
        ReconstructedEvent r = perfect().simulate(e, 0);
        assertEquals(1, r.vertices().size(), r.toString());
        SecondaryVertex v = r.vertices().get(0);
        assertEquals(3, v.tracks());
        // The decay point (10, 5, 3) mm as built; with sigma(d0) = sigma(z0) = 0 and exact
        // directions the three straight tracks meet there, so the least-squares point is exact.
        assertClose(10.0, v.xMm(), 0, 1e-9);
        assertClose(5.0, v.yMm(), 0, 1e-9);
        assertClose(3.0, v.zMm(), 0, 1e-9);
        assertClose(Math.hypot(10, 5), v.dxyMm(), 0, 1e-9);
        // Vertex mass with every track taken as a charged pion.
        FourMomentum sum = FourMomentum.ZERO;
        for (int i = 1; i <= 3; i++) {
            FourMomentum p = e.particle(i).momentum();
            sum = sum.plus(FourMomentum.ofPtEtaPhiM(p.pt(), p.eta(), p.phi(), PION_MASS));
        }
        assertClose(sum.mass(), v.mass(), 1e-9, 0);
        // Its four-momentum is that same sum, component by component.
        assertClose(sum.px(), v.momentum().px(), 1e-12, 1e-12);
        assertClose(sum.py(), v.momentum().py(), 1e-12, 1e-12);
        assertClose(sum.pz(), v.momentum().pz(), 1e-12, 1e-12);
        assertClose(sum.e(), v.momentum().e(), 1e-12, 1e-12);
        // The displaced muon is identified (though not isolated) and is associated with the vertex.
        assertEquals(13, v.leptonPdgId());
        assertClose(30.0, v.leptonPt(), 1e-12, 0);
        // The prompt muon is isolated, with zero impact parameter.
        assertEquals(1, r.muons().size());
        assertClose(0.0, r.muons().get(0).d0Mm(), 0, 1e-6);
    }

    @Test
    void impactParameterOfADisplacedTrackIsItsDistanceOfClosestApproach() {
        // A muon made at (2, 0, 0) going along +y (phi = pi/2): the line x = 2 passes the beam at
        // d0 = 2 mm.
        Particle mu = TestEvents.stable(13, 30, 0.0, Math.PI / 2).withVertices(1, -1);
        Particle parent = Particle.of(9900012, 2, mu.momentum()).withVertices(0, 1);
        Event e =
                Event.builder()
                        .optParticles(List.of(parent, mu))
                        .optVertices(
                                List.of(
                                        new Vertex(
                                                0,
                                                Position.ORIGIN,
                                                new int[0],
                                                new int[] {0},
                                                null),
                                        new Vertex(
                                                0,
                                                new Position(2, 0, 0, 0),
                                                new int[] {0},
                                                new int[] {1},
                                                null)))
                        .build();
        ReconstructedEvent r = perfect().simulate(e, 0);
        assertEquals(1, r.muons().size());
        assertClose(2.0, r.muons().get(0).d0Mm(), 0, 1e-6);
        assertClose(0.0, r.muons().get(0).z0Mm(), 0, 1e-6);
    }

    @Test
    void pileupOverlayHasPoissonMeanInteractions() {
        List<Event> minBias = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<Particle> ps = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                ps.add(TestEvents.stable(j % 2 == 0 ? 211 : -211, 1.5 + j, -2 + j, k + 0.3 * j));
            }
            minBias.add(TestEvents.of(k, ps));
        }
        DetectorCard card = DetectorCards.preset("cms").withMeanPileup(20);
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(card)
                        .optSeed(6)
                        .optPileupEvents(minBias)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        int n = 500;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum +=
                    sim.simulate(TestEvents.of(i, List.of(TestEvents.stable(13, 50, 0, 0))), i)
                            .pileupInteractions();
        }
        // Poisson mean 20: the sample mean has standard error sqrt(20/500).
        assertClose(20.0, sum / n, 0, 4 * Math.sqrt(20.0 / n));
    }
}
