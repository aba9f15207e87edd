package org.quarryhep.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Requirements;
import org.quarryhep.testkit.Tolerance;

/**
 * Validation profile: every catalogue process at its defaults, 13 TeV, full default integration and
 * 20 000 events: every event conserves four-momentum at every vertex of its record (to 1e-7
 * relative), and the mean event weight is σ.
 */
class CatalogValidationTest {
    static List<String> processes() {
        return ProcessCatalog.entries().stream().map(ProcessCatalog.Entry::name).toList();
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyProcessGeneratesConsistentEvents(String name) {
        Requirements.validationProfile();
        PdfSet pdf = PdfSet.load(ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed"), 0);
        ProcessCatalog.Built b = ProcessCatalog.create(name, Map.of());
        Collider c =
                new Collider(
                        13000, pdf, ScaleChoice.parse("ht/2"), b.sm(), new GeneratorCuts(Map.of()));
        EventGenerator g =
                new EventGenerator(
                        b.process(),
                        c,
                        GeneratorSettings.defaults(1).withThreads(2),
                        b.processId());
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        IntegrationResult ir = ig.integration();
        List<Event> events = new ArrayList<>();
        ig.generate(20_000, false, events::add, ProgressListener.NONE);
        assertEquals(20_000, events.size());
        double sumW = 0;
        for (Event e : events) {
            sumW += e.weight();
            for (int i = 0; i < e.particles().size(); i++) {
                Particle p = e.particle(i);
                int[] d = e.daughters(i);
                if (p.status() == -1 || d.length == 0) {
                    continue;
                }
                FourMomentum sum = FourMomentum.ZERO;
                for (int k : d) {
                    sum = sum.plus(e.particle(k).momentum());
                }
                if (p.status() == 2) {
                    Tolerance.assertClose(p.momentum().e(), sum.e(), 1e-7, 1e-7, name + " E");
                    Tolerance.assertClose(p.momentum().pz(), sum.pz(), 1e-7, 1e-6, name + " pz");
                }
            }
            assertTrue(Double.isFinite(e.weight()));
        }
        double absSigma = ir.absCrossSectionPb();
        // Unweighted: every weight is sigma. Signed (interference): weights are +-sum|w|, so the
        // mean estimates sigma with error sum|w|/sqrt(n) = 0.007 sum|w|; 5% of it is allowed.
        boolean signed = b.process().signedWeights();
        Tolerance.assertClose(
                ir.crossSectionPb(),
                sumW / events.size(),
                signed ? 0 : 1e-12,
                signed ? 0.05 * absSigma : 0,
                name + " mean weight");
    }
}
