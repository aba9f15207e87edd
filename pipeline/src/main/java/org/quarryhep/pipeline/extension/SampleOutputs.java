package org.quarryhep.pipeline.extension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the standard stages produced for one sample.
 *
 * @param info the sample's definition
 * @param crossSectionPb σ × K in pb, the sample's normalisation
 * @param eventFiles the parton-level events: the generate stage's LHE, or the external files
 * @param featureTables feature set name → its gzip CSV (rows: the set's columns, labels, {@code
 *     weight})
 * @param histograms histogram name → its yields at the luminosity (empty when none is defined)
 */
public record SampleOutputs(
        SampleInfo info,
        double crossSectionPb,
        List<Path> eventFiles,
        Map<String, Path> featureTables,
        Map<String, Histogram> histograms) {
    /** Copies the collections. */
    public SampleOutputs {
        eventFiles = List.copyOf(eventFiles);
        featureTables = Map.copyOf(featureTables);
        histograms = Map.copyOf(histograms);
    }

    /**
     * One filled histogram.
     *
     * @param edges the bin edges (bins + 1)
     * @param yields the yields per bin at the luminosity
     * @param variances their variances (Σ w²)
     */
    public record Histogram(double[] edges, double[] yields, double[] variances) {}

    /**
     * The sample's name.
     *
     * @return the name as in results.json
     */
    public String name() {
        return info.name();
    }
}
