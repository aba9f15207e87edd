package org.quarryhep.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.config.ConfigNode;

/**
 * A validated analysis file: the collision, the samples (grids expanded), the simulation chain, the
 * event-level sections handed to {@code analysis}, and the statistics.
 *
 * @param version the schema version the file declares
 * @param name the analysis name
 * @param source the analysis file
 * @param seed the root seed
 * @param collider √s, PDF, scale and luminosity
 * @param samples the samples, grids expanded, in file order
 * @param chain the simulation chain
 * @param eventLevel the canonical text of each event-level section (objects, selection, variables,
 *     features, histograms), the part of the cache keys they contribute
 * @param statistics the statistics entries, in file order
 * @param configSha256 SHA-256 of the file's canonical text after {@code --set} overrides
 */
public record AnalysisDefinition(
        int version,
        String name,
        Path source,
        long seed,
        ColliderSettings collider,
        List<SampleDefinition> samples,
        ChainDefinition chain,
        Map<String, ConfigNode> eventLevel,
        List<StatisticsDefinition> statistics,
        String configSha256) {

    /** Copies the collections. */
    public AnalysisDefinition {
        samples = List.copyOf(samples);
        eventLevel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eventLevel));
        statistics = List.copyOf(statistics);
    }

    /**
     * The canonical text of an event-level section (key-sorted JSON), for cache keys; "null" when
     * the file leaves the section out.
     *
     * @param section the section name
     * @return its canonical text
     */
    public String eventLevelText(String section) {
        ConfigNode n = eventLevel.get(section);
        return n == null ? "null" : n.canonical();
    }

    /**
     * The samples of a name as written in the file: one sample, or every point of a grid.
     *
     * @param group the name
     * @return the samples (empty when none has that name)
     */
    public List<SampleDefinition> samplesOf(String group) {
        return samples.stream().filter(s -> s.group().equals(group)).toList();
    }
}
