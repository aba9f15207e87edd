package org.quarryhep.shower.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.ShowerFailedException;
import org.quarryhep.shower.Tune;
import org.quarryhep.testkit.Requirements;

/**
 * Property: no event throws out of the hadron-level chain (shower, hadronisation, decays), and
 * every event conserves four-momentum (final state against the beams, to 1e-9 of √s plus rounding
 * of the many boosts) and electric charge exactly. A quick run by default, ≥ 20 000 e⁺e⁻ and 3 000
 * pp events with -Pvalidation.
 */
class ChainRobustnessTest {
    private static final ShowerChain CHAIN = ShowerChain.of(Tune.defaults());

    @Test
    void electronPositronEventsQuick() {
        electronPositron(2000, 11);
    }

    @Test
    void protonProtonEventsQuick() {
        protonProton(150, 12);
    }

    @Test
    void electronPositronEventsFull() {
        Requirements.validationProfile();
        electronPositron(20000, 21);
    }

    @Test
    void protonProtonEventsFull() {
        Requirements.validationProfile();
        protonProton(3000, 22);
    }

    /**
     * Two events of a 100 000-event scan (generator seeds 793 384 and 826 820) in which a light
     * b–d̄ (4.69 GeV) and s–b̄ (2.61 GeV) string piece could take the mass it lacks for one B meson
     * from no single neighbour, and threw ColourFlowException: the hadron now exchanges momentum
     * with the rest of the event taken together, with no retry.
     */
    @Test
    void lightHeavyFlavourPiecesHadroniseWithoutRetry() {
        ShowerChain chain = ShowerChain.of(Tune.defaults());
        ElectronPositronEvents source = new ElectronPositronEvents(91.2);
        for (long seed : new long[] {793_384, 826_820}) {
            SplittableRandom rng = new SplittableRandom(seed);
            assertConserved(chain.process(source.next(1, rng), rng), 1e-9 * 91.2);
        }
        assertEquals(0, chain.retries());
    }

    private static void electronPositron(int n, long seed) {
        ElectronPositronEvents source = new ElectronPositronEvents(91.2);
        for (int k = 0; k < n; k++) {
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003 + k);
            assertConserved(CHAIN.process(source.next(k + 1, rng), rng), 1e-9 * 91.2);
        }
    }

    private static void protonProton(int n, long seed) {
        List<Event> hard = DrellYanEvents.generate(13000, 66, 116, n, seed);
        for (int k = 0; k < n; k++) {
            assertConserved(
                    CHAIN.process(hard.get(k), new SplittableRandom(seed + k)), 1e-7 * 13000);
        }
    }

    static void assertConserved(Event out, double tol) {
        FourMomentum in = FourMomentum.ZERO;
        FourMomentum fin = FourMomentum.ZERO;
        double charge = 0;
        for (Particle p : out.particles()) {
            if (p.status() == 4) {
                in = in.plus(p.momentum());
                charge -= PdgTable.charge(p.pdgId());
            } else if (p.isFinal()) {
                fin = fin.plus(p.momentum());
                charge += PdgTable.charge(p.pdgId());
            }
        }
        FourMomentum d = fin.minus(in);
        String what = "event " + out.number();
        assertEquals(0, d.px(), tol, what + " px");
        assertEquals(0, d.py(), tol, what + " py");
        assertEquals(0, d.pz(), tol, what + " pz");
        assertEquals(0, d.e(), tol, what + " E");
        assertEquals(0, charge, 1e-9, what + " charge");
    }

    /**
     * An event no attempt can hadronise (an undecayed final-state top quark: hadronisation refuses
     * it every time) is tried {@link ShowerChain#MAX_ATTEMPTS} times, counted, and then fails with
     * a message naming the event and the reason.
     */
    @Test
    void anEventThatFailsEveryAttemptIsRetriedCountedAndNamed() {
        ShowerChain chain = ShowerChain.of(Tune.defaults());
        Event tops = topPair(7);
        ShowerFailedException x =
                assertThrows(
                        ShowerFailedException.class,
                        () -> chain.process(tops, new SplittableRandom(1)));
        assertTrue(x.getMessage().startsWith("event 7: "), x.getMessage());
        assertTrue(x.getMessage().contains("top"), x.getMessage());
        assertEquals(ShowerChain.MAX_ATTEMPTS - 1, chain.retries());
        assertEquals(1, chain.retriedEvents());
    }

    private static Event topPair(int number) {
        double e = 200;
        double mt = 172.5;
        double p = Math.sqrt(e * e - mt * mt);
        Event.Builder b = Event.builder().optNumber(number).optScale(2 * e);
        b.addParticle(Particle.of(11, -1, new FourMomentum(0, 0, e, e)));
        b.addParticle(Particle.of(-11, -1, new FourMomentum(0, 0, -e, e)));
        b.addParticle(
                new Particle(
                        6,
                        1,
                        new FourMomentum(0, 0, p, e),
                        mt,
                        new int[] {0, 1},
                        -1,
                        -1,
                        501,
                        0,
                        0,
                        9,
                        java.util.Map.of()));
        b.addParticle(
                new Particle(
                        -6,
                        1,
                        new FourMomentum(0, 0, -p, e),
                        mt,
                        new int[] {0, 1},
                        -1,
                        -1,
                        0,
                        501,
                        0,
                        9,
                        java.util.Map.of()));
        return b.build();
    }
}
