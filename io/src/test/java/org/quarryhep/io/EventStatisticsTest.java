package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.testkit.Tolerance;

/**
 * The statistics {@code quarry inspect} prints, on the hand-made fixture {@code bad/good.lhe},
 * whose numbers are counted by hand: three events of three particles (u, ū → Z), weights +1, −1,
 * +1; the Z has status 2, so there is no final-state particle.
 */
class EventStatisticsTest {
    @Test
    void countsOfTheGoodLheFixture() {
        EventStatistics s = new EventStatistics();
        List<Event> events =
                BadInputTest.readAll(BadInputTest.fixture("good.lhe"), ReadOptions.STRICT);
        events.forEach(s::add);
        assertEquals(3, s.events());
        assertEquals(9, s.particles());
        assertEquals(0, s.finalStateParticles(), "the only outgoing particle, the Z, has status 2");
        assertEquals(1, s.negativeWeightEvents());
        Tolerance.assertClose(1.0, s.sumWeights(), 0, 1e-15, "1 - 1 + 1");
        Tolerance.assertClose(3.0, s.sumWeightsSquared(), 0, 1e-15, "1 + 1 + 1");
        assertEquals(Map.of(1, 3L), s.processCounts());
        Tolerance.assertClose(3.0, s.meanParticles(), 0, 1e-15, "9 / 3");
    }

    @Test
    void finalStateIdsOfTheGoodHepMc3Fixture() {
        EventStatistics s = new EventStatistics();
        BadInputTest.readAll(BadInputTest.fixture("good.hepmc3"), ReadOptions.STRICT)
                .forEach(s::add);
        // Each of the three events: e-, e+ beams (status 4) and a Z with status 2; no status 1.
        assertEquals(Map.of(), s.topFinalStatePdgIds(5));
        assertEquals(2, s.firstEventBeams().size());
        assertEquals(11, s.firstEventBeams().get(0).pdgId());
        Tolerance.assertClose(1.0, s.meanVertices(), 0, 1e-15, "one vertex per event");
    }
}
