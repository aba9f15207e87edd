package org.quarryhep.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.config.ConfigNode;

/**
 * A validated analysis file: the collision, the samples (grids expanded), the simulation chain, the
 * event-level sections handed to {@code analysis}, and the statistics.
 *
 * @param version the schema version the file declares
 * @param name the analysis name
 * @param title the title shown in reports
 * @param description a sentence saying what the analysis does, or ""
 * @param source the analysis file
 * @param seed the root seed
 * @param collider √s, PDF, scale and luminosity
 * @param samples the samples, grids expanded, in file order
 * @param chain the simulation chain
 * @param sections the event-level sections and the statistics section as written, whose canonical
 *     text enters the cache keys of the stages that read them
 * @param models the training jobs, in file order
 * @param statistics the statistics entries, in file order
 * @param profileOutputs where the 2-D profiles go in results.json ({@code profiles.*.result})
 * @param bootstrapReplicas how many Poisson-bootstrap replicas of their histograms the samples of
 *     the {@code asimov_limit} entries carry (0: none; {@code bootstrap.replicas})
 * @param configSha256 SHA-256 of the file's canonical text after {@code --set} overrides
 */
public record AnalysisFile(
        int version,
        String name,
        String title,
        String description,
        Path source,
        long seed,
        ColliderSettings collider,
        List<SampleDefinition> samples,
        ChainDefinition chain,
        AnalysisDefinition events,
        Map<String, ConfigNode> sections,
        List<ModelDefinition> models,
        List<StatisticsDefinition> statistics,
        List<ProfileOutput> profileOutputs,
        int bootstrapReplicas,
        String configSha256) {

    /** Copies the collections. */
    public AnalysisFile {
        samples = List.copyOf(samples);
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        models = List.copyOf(models);
        statistics = List.copyOf(statistics);
        profileOutputs = List.copyOf(profileOutputs);
    }

    /**
     * The canonical text of a section (key-sorted JSON), for cache keys; "null" when the file
     * leaves the section out.
     *
     * @param section the section name
     * @return its canonical text
     */
    public String sectionText(String section) {
        ConfigNode n = sections.get(section);
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
