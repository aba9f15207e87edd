package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ScaleChoice;

/**
 * A VEGAS grid per phase-space channel ({@code vegas_per_channel}) on u ū → u ū with the run-card
 * jet cuts: the same σ as the shared grid within 5 combined standard errors (both estimators are
 * unbiased; the shared one is the integrator checked against the hand-written processes), three
 * channels, and a result that does not depend on the thread count (bit for bit).
 */
class PerChannelGridsTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    private static IntegrationResult integrate(boolean perChannel, int threads) {
        GeneratorCuts cuts = TreeLevelProcesses.cuts(Map.of());
        TreeLevelProcess p =
                new TreeLevelProcess(
                        "u u~ > u u~",
                        MODEL,
                        cuts,
                        false,
                        AlphaSRunning.PDF,
                        TreeLevelProcess.DEFAULT_BWCUTOFF,
                        perChannel);
        assertEquals(perChannel ? 3 : 1, p.integrationChannels());
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("auto"), MODEL.sm(), cuts);
        return new EventGenerator(
                        p,
                        c,
                        GeneratorSettings.defaults(4).withPoints(4000).withThreads(threads),
                        1)
                .integrate(ProgressListener.NONE)
                .integration();
    }

    @Test
    void perChannelGridsAgreeWithTheSharedGridAndIgnoreThreads() {
        IntegrationResult shared = integrate(false, 2);
        IntegrationResult one = integrate(true, 1);
        IntegrationResult two = integrate(true, 2);
        assertEquals(one.crossSectionPb(), two.crossSectionPb(), 0.0);
        assertEquals(one.errorPb(), two.errorPb(), 0.0);
        double error = Math.hypot(shared.errorPb(), two.errorPb());
        assertTrue(error < 0.05 * shared.crossSectionPb(), "integration too coarse: " + error);
        assertEquals(shared.crossSectionPb(), two.crossSectionPb(), 5 * error);
    }
}
