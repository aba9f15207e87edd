package org.quarryhep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sample's filled histograms with what the statistics need to know about the sample.
 *
 * @param sample the sample
 * @param crossSectionPb the cross section its yields are normalised to (σ × K), pb
 * @param histograms the histograms by name
 * @param cutTables the cut × shape tables of shape scans, by {@code shape|cut}
 */
public record SampleHistograms(
        SampleDefinition sample,
        double crossSectionPb,
        Map<String, HistogramData> histograms,
        Map<String, CutTable> cutTables) {
    /** Copies the maps. */
    public SampleHistograms {
        histograms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(histograms));
        cutTables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cutTables));
    }

    /**
     * Histograms without cut tables.
     *
     * @param sample the sample
     * @param crossSectionPb the cross section its yields are normalised to (σ × K), pb
     * @param histograms the histograms by name
     */
    public SampleHistograms(
            SampleDefinition sample, double crossSectionPb, Map<String, HistogramData> histograms) {
        this(sample, crossSectionPb, histograms, Map.of());
    }
}
