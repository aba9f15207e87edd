package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;

/** The merging run on small samples: normalisation, reproducibility, and clear errors. */
class MlmMergingTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);

    private static MergingSettings settings(
            int maxJets, double qcut, String scale, int threads, long events) {
        return new MergingSettings(
                "p p > e+ e-",
                maxJets,
                15,
                qcut,
                MergingSettings.DEFAULT_ETA_MAX,
                13000,
                Map.of(),
                Map.of("mmll", 60.0, "mmllmax", 120.0),
                ScaleChoice.parse(scale),
                new GeneratorSettings(5, threads, 1, 1, 2000, 20, 500),
                events,
                List.of());
    }

    @Test
    void jetsGoAfterTheFinalStateAndBeforeOrders() {
        assertEquals("p p > e+ e- j j", MlmMerging.processWithJets("p p > e+ e-", 2));
        assertEquals(
                "p p > e+ e- j QED=2 / h", MlmMerging.processWithJets("p p > e+ e- QED=2 / h", 1));
        assertEquals("p p > e+ e-", MlmMerging.processWithJets("p p > e+ e-", 0));
    }

    /**
     * The 0-parton sample alone, generated at μ = √ŝ, with a matching scale no jet reaches: for q
     * q̄ → ℓℓ the core scale m_T(ℓℓ) is √ŝ, so the CKKW factor is exactly 1 and nothing is vetoed;
     * the merged σ (the mean event weight) must then agree with the generator's own VEGAS estimate
     * within five combined standard errors.
     */
    @Test
    void unvetoedCoreSampleKeepsTheGeneratorCrossSection() {
        List<MergedEvent> events = new ArrayList<>();
        MergingResult r =
                new MlmMerging(settings(0, 10_000, "sqrt-shat", 2, 3000), PDF, chain())
                        .run(ProgressListener.NONE, events::add, false);
        MergingResult.Sample s = r.samples().get(0);
        assertEquals(s.generated(), s.accepted(), "nothing vetoed");
        double sum = 0;
        for (MergedEvent e : events) {
            sum += e.partonLevel().weight();
        }
        assertEquals(r.crossSectionPb(), sum / events.size(), 1e-9 * r.crossSectionPb());
        double err = Math.hypot(s.meErrorPb(), s.mergedErrorPb());
        assertEquals(s.meCrossSectionPb(), s.mergedCrossSectionPb(), 5 * err);
    }

    /** Same seed, one or two threads: the same merged events and weights (issue rule). */
    @Test
    void resultDoesNotDependOnTheThreadCount() {
        List<Double> one = weights(1);
        List<Double> two = weights(2);
        assertEquals(one, two);
        assertTrue(one.size() > 50, "kept events: " + one.size());
    }

    private static List<Double> weights(int threads) {
        List<Double> w = new ArrayList<>();
        new MlmMerging(settings(1, 20, "auto", threads, 150), PDF, chain())
                .run(ProgressListener.NONE, e -> w.add(e.partonLevel().weight()), false);
        return w;
    }

    @Test
    void badSettingsNameTheOption() {
        MergingException q =
                assertThrows(MergingException.class, () -> settings(1, 15, "auto", 1, 10));
        assertTrue(q.getMessage().startsWith("--qcut"), q.getMessage());
        MergingException j =
                assertThrows(MergingException.class, () -> settings(5, 20, "auto", 1, 10));
        assertTrue(j.getMessage().startsWith("--max-jets"), j.getMessage());
    }

    @Test
    void coreWithJetsIsRefused() {
        MergingSettings s =
                new MergingSettings(
                        "p p > e+ e- j",
                        1,
                        15,
                        20,
                        5,
                        13000,
                        Map.of(),
                        Map.of(),
                        ScaleChoice.parse("auto"),
                        new GeneratorSettings(5, 1, 1, 1, 2000, 20, 500),
                        10,
                        List.of());
        MergingException e =
                assertThrows(
                        MergingException.class,
                        () ->
                                new MlmMerging(s, PDF, chain())
                                        .run(ProgressListener.NONE, x -> {}, false));
        assertTrue(e.getMessage().startsWith("--process p p > e+ e- j"), e.getMessage());
    }

    private static ShowerChain chain() {
        return ShowerChain.of(Tune.defaults());
    }
}
