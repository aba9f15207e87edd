package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;
import org.quarryhep.testkit.Requirements;

/**
 * The samples the MLM merging validations share, at 13 TeV with NNPDF2.3 LO, μ = {@code auto}, two
 * threads and 3 + 2 VEGAS iterations, showered without hadronisation: the merged sample, its events
 * matched again at a varied qcut, and the shower alone (the 0-parton sample with nothing vetoed: no
 * k_T jet reaches 10 TeV). Also the check they share, that σ is stable under the qcut variation.
 * Heavy: made only under {@code -Pvalidation}.
 *
 * @param qcut the matching scale of the merged sample, GeV
 * @param qcutVaried the varied matching scale, GeV
 * @param merged the merged sample's result, with the variation
 * @param mergedEvents the merged sample's events
 * @param showerOnly the shower-alone result
 * @param showerOnlyEvents the shower-alone events
 * @param seconds the wall time both runs took
 */
record MergingValidationSamples(
        double qcut,
        double qcutVaried,
        MergingResult merged,
        List<MergedEvent> mergedEvents,
        MergingResult showerOnly,
        List<MergedEvent> showerOnlyEvents,
        double seconds) {

    /**
     * Runs the merged sample with {@code maxJets} extra partons and the shower alone.
     *
     * @param process the MadGraph process string
     * @param maxJets the highest parton multiplicity merged
     * @param xqcut the generation cut, GeV
     * @param qcut the matching scale, GeV
     * @param qcutVaried the varied matching scale, GeV
     * @param cuts the generator cuts
     * @param seed the seed of the generation
     * @param points VEGAS points per iteration
     * @param events events per parton multiplicity
     * @return the samples
     */
    static MergingValidationSamples run(
            String process,
            int maxJets,
            double xqcut,
            double qcut,
            double qcutVaried,
            Map<String, Double> cuts,
            long seed,
            int points,
            int events) {
        Requirements.validationProfile();
        Generation generation =
                new Generation(
                        process,
                        xqcut,
                        cuts,
                        new GeneratorSettings(seed, 2, 3, 2, points, 50, 2000),
                        events,
                        PdfSearchPath.standard(List.of(), Map.of())
                                .load(PdfSearchPath.DEFAULT_SET, 0),
                        ShowerChain.of(Tune.defaults()));
        long t0 = System.nanoTime();
        List<MergedEvent> mergedEvents = new ArrayList<>();
        MergingResult merged = generation.merge(maxJets, qcut, List.of(qcutVaried), mergedEvents);
        List<MergedEvent> showerOnlyEvents = new ArrayList<>();
        MergingResult showerOnly = generation.merge(0, 10_000, List.of(), showerOnlyEvents);
        return new MergingValidationSamples(
                qcut,
                qcutVaried,
                merged,
                mergedEvents,
                showerOnly,
                showerOnlyEvents,
                (System.nanoTime() - t0) / 1e9);
    }

    /** What the merged and the shower-alone sample share. */
    private record Generation(
            String process,
            double xqcut,
            Map<String, Double> cuts,
            GeneratorSettings settings,
            int events,
            PdfSet pdf,
            ShowerChain chain) {
        /** Generates, showers and matches one sample, adding its events to {@code into}. */
        MergingResult merge(int maxJets, double qcut, List<Double> vary, List<MergedEvent> into) {
            MergingSettings merging =
                    new MergingSettings(
                            process,
                            maxJets,
                            xqcut,
                            qcut,
                            MergingSettings.DEFAULT_ETA_MAX,
                            13000,
                            Map.of(),
                            cuts,
                            ScaleChoice.parse("auto"),
                            settings,
                            events,
                            vary);
            return new MlmMerging(merging, pdf, chain).run(ProgressListener.NONE, into::add, true);
        }
    }

    /**
     * Asserts that σ of the merged sample at the varied qcut (the same events matched again) is σ
     * at the nominal qcut within 10 % plus three MC errors of the difference (taken,
     * conservatively, as the nominal error). MLM's σ moves by up to ~10 % under such changes
     * (Alwall et al., Eur. Phys. J. C 53 (2008) 473, arXiv:0706.2569, §3–4: the matched rates vary
     * by 10–20 % over a wider range of matching parameters).
     *
     * @param label what the printed line starts with
     */
    void assertCrossSectionStableUnderQcutVariation(String label) {
        MergingResult.QcutVariation v = merged.variations().get(0);
        double ratio = v.crossSectionPb() / merged.crossSectionPb();
        double err = merged.errorPb() / merged.crossSectionPb();
        System.out.printf(
                Locale.ROOT,
                "%ssigma(qcut %.0f) = %.1f +- %.1f pb, sigma(qcut %.0f) = %.1f +- %.1f pb, ratio"
                        + " %.4f; per sample %s vs %s%n",
                label,
                qcut,
                merged.crossSectionPb(),
                merged.errorPb(),
                qcutVaried,
                v.crossSectionPb(),
                v.errorPb(),
                ratio,
                merged.samples().stream().map(MergingResult.Sample::mergedCrossSectionPb).toList(),
                v.perSample());
        assertEquals(
                1,
                ratio,
                0.10 + 3 * err,
                String.format(Locale.ROOT, "sigma(qcut %.0f)/sigma(qcut %.0f)", qcutVaried, qcut));
    }
}
