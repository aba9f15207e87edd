package org.quarryhep.shower.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Vertex;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;
import org.quarryhep.testkit.ReferenceData;

/**
 * g g → t t̄ → b ℓν b̄ q q̄′ from gen's {@code ttbar} (LO, NNPDF2.3 LO, 13 TeV, g g only), whose
 * tops are colour-connected to the incoming gluons: they radiate in final–initial dipoles with the
 * massive map before they decay.
 */
class TopPairShowerTest {
    private static final double RS = 13000;

    private static List<Event> generate(int n, long seed) {
        ReferenceData.require("pdf/" + DrellYanEvents.PDF);
        PdfSet pdf = PdfSearchPath.standard(List.of(), Map.of()).load(DrellYanEvents.PDF, 0);
        ProcessCatalog.Built built =
                ProcessCatalog.create("ttbar", Map.of("decay", 2.0, "initial", 1.0));
        Collider collider =
                new Collider(
                        RS,
                        pdf,
                        ScaleChoice.parse("auto"),
                        built.sm(),
                        new GeneratorCuts(Map.of()));
        GeneratorSettings settings =
                GeneratorSettings.defaults(seed)
                        .withThreads(1)
                        .withPoints(GeneratorSettings.CHUNK * 4);
        EventGenerator gen =
                new EventGenerator(built.process(), collider, settings, built.processId());
        List<Event> out = new ArrayList<>(n);
        gen.integrate(ProgressListener.NONE).generate(n, false, out::add, ProgressListener.NONE);
        return out;
    }

    /**
     * 300 events: at parton level (with beam remnants) every event conserves four-momentum between
     * the beams and the final state (1e-7 √s, the rounding of the remnant boosts) and closes every
     * colour line; tops radiate (emission vertices with a top going in); the full chain
     * (hadronisation, decays) runs through every event, conserving four-momentum and charge.
     */
    @Test
    void gluonFusionTopPairsShowerConservingMomentumAndColour() {
        List<Event> hard = generate(300, 31);
        ShowerChain partons = ShowerChain.of(Tune.defaults()).withHadronization(false);
        ShowerChain full = ShowerChain.of(Tune.defaults());
        int topEmissions = 0;
        for (int k = 0; k < hard.size(); k++) {
            Event e = partons.process(hard.get(k), new SplittableRandom(500 + k));
            ChainRobustnessTest.assertConserved(e, 1e-7 * RS);
            assertColourLinesClosed(e);
            for (Vertex v : e.vertices()) {
                if (v.incoming().length == 1
                        && Math.abs(e.particle(v.incoming()[0]).pdgId()) == 6
                        && v.outgoing().length == 2) {
                    topEmissions++;
                }
            }
            ChainRobustnessTest.assertConserved(
                    full.process(hard.get(k), new SplittableRandom(900 + k)), 1e-7 * RS);
        }
        assertTrue(topEmissions > 0, "tops radiate: " + topEmissions);
    }

    private static void assertColourLinesClosed(Event e) {
        Map<Integer, int[]> tags = new HashMap<>();
        for (Particle p : e.particles()) {
            if (p.isFinal() && p.colour() != 0) {
                tags.computeIfAbsent(p.colour(), t -> new int[2])[0]++;
            }
            if (p.isFinal() && p.anticolour() != 0) {
                tags.computeIfAbsent(p.anticolour(), t -> new int[2])[1]++;
            }
        }
        for (var t : tags.entrySet()) {
            assertEquals(
                    1,
                    t.getValue()[0] * t.getValue()[1],
                    "event " + e.number() + ": colour line " + t.getKey() + " not closed once");
        }
    }
}
