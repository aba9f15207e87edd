package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Provenance;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.detector.format.ColumnarReader;
import org.quarryhep.detector.format.ColumnarWriter;

/** Same seed → identical output whatever the thread count; another seed → different output. */
class DeterminismTest {

    /** Random hadron-level events: pions, photons, K_L, electrons, muons and displaced decays. */
    static List<Event> randomEvents(int n) {
        SplittableRandom r = new SplittableRandom(5);
        int[] species = {211, -211, 22, 22, 130, 2112, 11, -13, 321};
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Particle> ps = new ArrayList<>();
            int m = 30 + r.nextInt(60);
            for (int k = 0; k < m; k++) {
                double pt = 0.3 - 8 * Math.log(1 - r.nextDouble());
                ps.add(
                        TestEvents.stable(
                                species[r.nextInt(species.length)],
                                pt,
                                r.nextDouble(-3, 3),
                                r.nextDouble(-Math.PI, Math.PI)));
            }
            out.add(TestEvents.of(i, ps));
        }
        out.add(ReconstructionTest.displacedDecay(n));
        // Events with two displaced decays exercise the vertex finder's seeding and merging.
        for (int k = 1; k <= 10; k++) {
            out.add(
                    SecondaryVertexFinderTest.decays(
                            n + k,
                            List.of(new Position(10, 5, 3, 0), new Position(-4 * k, 8, -15, 0)),
                            List.of(
                                    SecondaryVertexFinderTest.DECAY_A,
                                    new double[][] {
                                        {25, -0.4, 2.6}, {12, -0.2, 2.9}, {18, -0.7, 2.3}
                                    })));
        }
        return out;
    }

    private static String run(List<Event> events, long seed, int threads, Path file)
            throws IOException {
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(DetectorCards.preset("cms"))
                        .optSeed(seed)
                        .optThreads(threads)
                        .build();
        ColumnarWriter w =
                ColumnarWriter.open(file, Provenance.of("test", Map.of(), seed, List.of()));
        sim.run(events.iterator(), w, null);
        w.close();
        return w.dataSha256();
    }

    @Test
    void sameSeedGivesIdenticalOutputOnAnyThreadCount(@TempDir Path dir) throws IOException {
        List<Event> events = randomEvents(120);
        String one = run(events, 7, 1, dir.resolve("a.qreco"));
        String two = run(events, 7, 2, dir.resolve("b.qreco.gz"));
        String again = run(events, 7, 3, dir.resolve("c.qreco"));
        assertEquals(one, two);
        assertEquals(one, again);
        assertEquals(
                ColumnarReader.readAll(dir.resolve("a.qreco")),
                ColumnarReader.readAll(dir.resolve("b.qreco.gz")));
        assertNotEquals(one, run(events, 8, 2, dir.resolve("d.qreco")));
    }
}
