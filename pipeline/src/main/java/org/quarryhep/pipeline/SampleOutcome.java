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
    StageKey histogramKey;
    StageKey selectKey;
    StageKey featuresKey;
    Path featuresDir;
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
