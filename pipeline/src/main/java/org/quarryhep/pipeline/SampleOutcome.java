package org.quarryhep.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quarryhep.pipeline.cache.StageKey;

/** What the run learnt about one sample, filled in stage by stage. */
final class SampleOutcome {
    final SampleDefinition sample;
    final Map<String, Object> record;
    Map<String, Object> cutflow;
    List<Map<String, Object>> histograms;
    List<Map<String, Object>> cutTables;

    /** The histogram stage's 2-D profiles ({@code ProfileResult.toMap}), empty without any. */
    List<Map<String, Object>> profiles = List.of();

    StageKey histogramKey;
    StageKey selectKey;
    StageKey featuresKey;
    Path featuresDir;

    /** The histogram stage's bootstrap replicas, or null when the sample has none. */
    Path bootstrapFile;

    Path reco;
    StageKey generateKey;
    List<Path> eventFiles;
    double sigmaPb;
    double crossSectionPb;

    SampleOutcome(SampleDefinition sample, Map<String, Object> record) {
        this.sample = sample;
        this.record = record;
    }
}
