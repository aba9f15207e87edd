package org.quarryhep.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.DrellYanProcess;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.gen.process.TopPairProcess;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/** Reproducibility, event records, unweighting and cuts of the generator. */
class EventGeneratorTest {
    private static Collider collider(Map<String, Double> cuts) {
        PdfSet pdf = PdfSet.load(ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed"), 0);
        return new Collider(
                13000,
                pdf,
                ScaleChoice.parse("ht/2"),
                StandardModel.madgraphDefaults(),
                new GeneratorCuts(cuts));
    }

    private static List<Event> run(
            HardProcess p, Collider c, long seed, int threads, int n, boolean weighted) {
        GeneratorSettings s = new GeneratorSettings(seed, threads, 3, 2, 8000, 30, 500);
        EventGenerator g = new EventGenerator(p, c, s, 7);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        List<Event> out = new ArrayList<>();
        ig.generate(n, weighted, out::add, ProgressListener.NONE);
        return out;
    }

    @Test
    void sameSeedGivesIdenticalEventsWhateverTheThreadCount() {
        Collider c = collider(Map.of("mmll", 60.0));
        List<Event> a = run(new DrellYanProcess(13), c, 42, 1, 300, false);
        List<Event> b = run(new DrellYanProcess(13), c, 42, 2, 300, false);
        assertEquals(a, b);
        List<Event> d = run(new DrellYanProcess(13), c, 43, 2, 300, false);
        assertNotEquals(a, d);
    }

    @Test
    void drellYanRecordHasIncomingResonanceAndConservesMomentum() {
        Collider c = collider(Map.of("mmll", 60.0));
        List<Event> events = run(new DrellYanProcess(11), c, 1, 2, 200, false);
        for (Event e : events) {
            assertEquals(7, e.processId());
            List<Particle> ps = e.particles();
            assertEquals(5, ps.size());
            assertEquals(-1, ps.get(0).status());
            assertEquals(-1, ps.get(1).status());
            assertEquals(23, ps.get(2).pdgId());
            assertEquals(2, ps.get(2).status());
            assertArrayEquals(new int[] {0, 1}, ps.get(2).mothers());
            assertArrayEquals(new int[] {2}, ps.get(3).mothers());
            assertEquals(Map.of(11, 1, -11, 1), Map.of(ps.get(3).pdgId(), 1, ps.get(4).pdgId(), 1));
            FourMomentum in = ps.get(0).momentum().plus(ps.get(1).momentum());
            FourMomentum out = ps.get(3).momentum().plus(ps.get(4).momentum());
            Tolerance.assertClose(in.e(), out.e(), 1e-12, 1e-9, "E conservation");
            Tolerance.assertClose(in.pz(), out.pz(), 1e-12, 1e-9, "pz conservation");
            assertTrue(e.pdfInfo().x1() > 0 && e.pdfInfo().x1() < 1);
            assertEquals(247000, e.pdfInfo().pdfId1());
            // alpha_s is the PDF set's own at the event's scale.
            assertEquals(c.pdf().alphaS(e.scale()), e.alphaQcd());
        }
    }

    @Test
    void topRecordKeepsEveryDecayConsistent() {
        List<Event> events =
                run(
                        new TopPairProcess(TopPairProcess.INCLUSIVE),
                        collider(Map.of()),
                        2,
                        2,
                        200,
                        false);
        for (Event e : events) {
            FourMomentum in = e.particle(0).momentum().plus(e.particle(1).momentum());
            FourMomentum fin = FourMomentum.ZERO;
            for (Particle p : e.finalState()) {
                fin = fin.plus(p.momentum());
            }
            Tolerance.assertClose(in.e(), fin.e(), 1e-9, 1e-7, "E");
            Tolerance.assertClose(0, fin.px(), 0, 1e-7, "px");
            // Every intermediate's daughters add up to it.
            for (int i = 0; i < e.particles().size(); i++) {
                if (e.particle(i).status() != 2) {
                    continue;
                }
                FourMomentum sum = FourMomentum.ZERO;
                for (int d : e.daughters(i)) {
                    sum = sum.plus(e.particle(d).momentum());
                }
                Tolerance.assertClose(e.particle(i).momentum().e(), sum.e(), 1e-9, 1e-7, "dau");
            }
        }
    }

    @Test
    void cutsHoldForEveryEventAndWeightedMeanIsTheCrossSection() {
        Map<String, Double> cuts = Map.of("mmll", 60.0, "ptl", 25.0, "etal", 2.5);
        Collider c = collider(cuts);
        GeneratorSettings s = new GeneratorSettings(9, 2, 3, 2, 8000, 30, 500);
        EventGenerator g = new EventGenerator(new DrellYanProcess(13), c, s, 1);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        IntegrationResult ir = ig.integration();
        List<Event> unw = new ArrayList<>();
        GenerationResult ur = ig.generate(2000, false, unw::add, ProgressListener.NONE);
        // Accept-reject efficiency = <min(w, w_max)>/w_max ~ sigma/w_max (truncation 1e-3);
        // binomial error on 2000 events ~ 2%; 8% tolerance.
        Tolerance.assertClose(
                ir.crossSectionPb() / ir.maxWeightPb(),
                ur.efficiency(),
                0.08,
                0,
                "unweighting efficiency");
        for (Event e : unw) {
            for (Particle p : e.finalState()) {
                assertTrue(p.pt() >= 25 && Math.abs(p.eta()) <= 2.5, p.toString());
            }
            assertEquals(ir.crossSectionPb(), e.weight());
        }
        List<Event> w = new ArrayList<>();
        GenerationResult gr = ig.generate(20000, true, w::add, ProgressListener.NONE);
        double mean = w.stream().mapToDouble(Event::weight).average().orElseThrow();
        double sd =
                Math.sqrt(
                        w.stream().mapToDouble(e -> e.weight() * e.weight()).average().orElseThrow()
                                - mean * mean);
        // The mean weight of a weighted sample estimates sigma: 4 standard errors.
        Tolerance.assertClose(
                ir.crossSectionPb(), mean, 0, 4 * sd / Math.sqrt(w.size()), "mean weight");
        assertEquals(20000, gr.events());
        RunInfo run = ig.runInfo(true, Map.of("process", "drell-yan"));
        assertEquals(4, run.weightingStrategy());
        assertEquals(247000, run.pdfSet1());
        assertEquals(6500, run.beam1().energy());
        assertEquals(ir.crossSectionPb(), run.processes().get(0).crossSectionPb());
        assertTrue(run.header().contains("mmll"), run.header());
    }

    @Test
    void unknownCutIsRejectedWithItsName() {
        var e =
                assertThrows(
                        RuntimeException.class, () -> new GeneratorCuts(Map.of("ptmiss", 10.0)));
        assertTrue(e.getMessage().contains("ptmiss"), e.getMessage());
    }
}
