package org.quarryhep.shower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.shower.parton.InvalidPartonEventException;

class ShowerRunTest {
    private static Particle p(int id, int status, double[] v, int col, int acol, int... m) {
        return new Particle(
                id,
                status,
                new FourMomentum(v[0], v[1], v[2], v[3]),
                0,
                m,
                -1,
                -1,
                col,
                acol,
                0,
                9,
                Map.of());
    }

    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double c = Math.cos(0.1 * k);
            double s = Math.sin(0.1 * k);
            double e = 45.6;
            Event.Builder b = Event.builder().optNumber(k + 1).optScale(2 * e);
            b.addParticle(p(11, -1, new double[] {0, 0, e, e}, 0, 0));
            b.addParticle(p(-11, -1, new double[] {0, 0, -e, e}, 0, 0));
            b.addParticle(p(1 + k % 3, 1, new double[] {e * s, 0, e * c, e}, 501, 0, 0, 1));
            b.addParticle(p(-(1 + k % 3), 1, new double[] {-e * s, 0, -e * c, e}, 0, 501, 0, 1));
            out.add(b.build());
        }
        return out;
    }

    private static List<Event> run(int threads, List<Event> in) {
        ShowerChain chain = ShowerChain.of(Tune.defaults()).withHadronization(false);
        List<Event> out = new ArrayList<>();
        new ShowerRun(chain, 42, threads, false).run(in.iterator(), out::add, n -> {});
        return out;
    }

    /** The same seed gives the same events, in input order, for 1 and 3 threads. */
    @Test
    void outputDoesNotDependOnTheThreadCount() {
        List<Event> in = events(300);
        List<Event> one = run(1, in);
        List<Event> three = run(3, in);
        assertEquals(300, one.size());
        for (int k = 0; k < one.size(); k++) {
            assertEquals(one.get(k), three.get(k), "event " + k);
        }
    }

    /**
     * A bad event (momentum not conserved) fails the run naming the event, or is skipped and
     * counted with lenient.
     */
    @Test
    void badEventsFailOrAreSkippedWhenLenient() {
        List<Event> in = new ArrayList<>(events(5));
        Event bad = in.get(2);
        List<Particle> ps = new ArrayList<>(bad.particles());
        ps.set(2, ps.get(2).withMomentum(new FourMomentum(1, 0, 45.6, 45.6)));
        in.set(2, bad.toBuilder().optParticles(ps).build());
        ShowerChain chain = ShowerChain.of(Tune.defaults()).withHadronization(false);
        InvalidPartonEventException x =
                assertThrows(
                        InvalidPartonEventException.class,
                        () ->
                                new ShowerRun(chain, 1, 2, false)
                                        .run(in.iterator(), e -> {}, n -> {}));
        assertEquals(
                true, x.getMessage().startsWith("event 3: momentum not conserved"), x.getMessage());
        ShowerRun lenient = new ShowerRun(chain, 1, 2, true);
        List<Event> out = new ArrayList<>();
        lenient.run(in.iterator(), out::add, n -> {});
        assertEquals(4, out.size());
        assertEquals(1, lenient.skippedCount());
    }
}
