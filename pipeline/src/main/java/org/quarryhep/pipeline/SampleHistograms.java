package org.quarryhep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sample's filled histograms with what the statistics need to know about the sample.
 *
 * @param sample the sample
 * @param crossSectionPb the cross section its yields are normalised to (σ × K), pb
 * @param histograms the histograms by name
 */
public record SampleHistograms(
        SampleDefinition sample, double crossSectionPb, Map<String, HistogramData> histograms) {
    /** Copies the map. */
    public SampleHistograms {
        histograms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(histograms));
    }
}
