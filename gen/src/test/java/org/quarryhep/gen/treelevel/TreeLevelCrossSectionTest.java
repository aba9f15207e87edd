package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;

/**
 * Hadronic cross sections of MadGraph process strings against the hand-written processes of {@code
 * gen.process} (closed-form Σ̄|M|², their own phase space; themselves tested against an independent
 * luminosity integral) at 13 TeV with the same PDF, fixed scale and cuts: agreement within 5
 * combined standard errors of the two integrations. And the events of a process with a jet: each
 * conserves momentum, and every colour tag closes (appears exactly twice).
 */
class TreeLevelCrossSectionTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    private static IntegrationResult integrate(
            HardProcess p, String scale, Map<String, Double> cuts) {
        Collider c =
                new Collider(
                        13000, PDF, ScaleChoice.parse(scale), MODEL.sm(), new GeneratorCuts(cuts));
        EventGenerator g =
                new EventGenerator(
                        p, c, GeneratorSettings.defaults(7).withPoints(10_000).withThreads(2), 1);
        return g.integrate(ProgressListener.NONE).integration();
    }

    private static void assertAgree(
            String process,
            String builtIn,
            Map<String, Double> params,
            String scale,
            Map<String, Double> cuts) {
        IntegrationResult tree =
                integrate(
                        new TreeLevelProcess(process, MODEL, new GeneratorCuts(cuts), false),
                        scale,
                        cuts);
        IntegrationResult hand =
                integrate(ProcessCatalog.create(builtIn, params).process(), scale, cuts);
        double error = Math.hypot(tree.errorPb(), hand.errorPb());
        assertTrue(error < 0.02 * hand.crossSectionPb(), process + ": integration too coarse");
        assertEquals(hand.crossSectionPb(), tree.crossSectionPb(), 5 * error, process);
    }

    @Test
    void drellYanAgreesWithTheHandWrittenProcess() {
        assertAgree(
                "p p > mu+ mu-",
                "drell-yan",
                Map.of("lepton", 13.0),
                "91.188",
                Map.of("mmll", 60.0, "mmllmax", 120.0));
    }

    @Test
    void topPairsAgreeWithTheHandWrittenProcess() {
        assertAgree("p p > t t~", "ttbar", Map.of("decay", 0.0), "173", Map.of());
    }

    @Test
    void eventsWithAJetConserveMomentumAndCloseTheirColourLines() {
        GeneratorCuts cuts = TreeLevelProcesses.cuts(Map.of("mmll", 60.0));
        TreeLevelProcess p = new TreeLevelProcess("u u~ > e+ e- g", MODEL, cuts, false);
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("auto"), MODEL.sm(), cuts);
        EventGenerator g =
                new EventGenerator(
                        p, c, GeneratorSettings.defaults(3).withPoints(2000).withThreads(2), 1);
        EventGenerator.Integrated integrated = g.integrate(ProgressListener.NONE);
        List<Event> events = new ArrayList<>();
        integrated.generate(200, true, events::add, ProgressListener.NONE);
        assertEquals(200, events.size());
        for (Event e : events) {
            FourMomentum in = FourMomentum.ZERO;
            FourMomentum out = FourMomentum.ZERO;
            Map<Integer, Integer> tags = new HashMap<>();
            for (Particle q : e.particles()) {
                if (q.status() == -1) {
                    in = in.plus(q.momentum());
                } else if (q.status() == 1) {
                    out = out.plus(q.momentum());
                }
                for (int t : new int[] {q.colour(), q.anticolour()}) {
                    if (t != 0) {
                        tags.merge(t, 1, Integer::sum);
                    }
                }
            }
            assertEquals(in.e(), out.e(), 1e-9 * in.e());
            assertEquals(in.pz(), out.pz(), 1e-9 * in.e());
            assertEquals(0, out.px(), 1e-9 * in.e());
            assertEquals(2, tags.size(), "u u~ > e+ e- g: two colour lines " + tags);
            tags.values().forEach(n -> assertEquals(2, n, "a tag closes " + tags));
        }
    }
}
