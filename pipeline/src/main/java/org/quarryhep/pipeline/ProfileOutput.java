package org.quarryhep.pipeline;

import java.util.List;
import java.util.Optional;
import org.quarryhep.config.ConfigNode;

/**
 * Where a 2-D profile ({@code profiles.<name>.result}) goes in {@code results.json}: the profile
 * summed over the events of some samples (every point of a grid), as {@code <key>.<entry>}, drawn
 * as a colour map with, optionally, the line y = c·x of a {@code scan.common} group's common cut c.
 *
 * @param profile the profile's name
 * @param key the top-level results key (e.g. {@code score_map})
 * @param entry the entry under it (e.g. {@code 0jet})
 * @param samples the sample names (grids: every point) whose events are summed
 * @param lineFromCommon a {@code scan.common} group whose common cut is the line's slope, or empty
 */
record ProfileOutput(
        String profile,
        String key,
        String entry,
        List<String> samples,
        Optional<String> lineFromCommon) {

    /** Copies the list. */
    ProfileOutput {
        samples = List.copyOf(samples);
    }

    /**
     * Reads the {@code result} of every profile that has one, checking its samples and group.
     *
     * @param profiles the {@code profiles} section, if any
     * @param file the rest of the analysis (samples, statistics)
     * @return the outputs, in file order
     * @throws org.quarryhep.config.ConfigException naming the field at the first problem
     */
    static List<ProfileOutput> read(
            Optional<ConfigNode> profiles,
            List<SampleDefinition> samples,
            List<StatisticsDefinition> statistics) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        List<ProfileOutput> out = new java.util.ArrayList<>();
        for (var e : profiles.get().entries().entrySet()) {
            Optional<ConfigNode> r = e.getValue().opt("result");
            if (r.isEmpty()) {
                continue;
            }
            ConfigNode n = r.get().allowOnly(AnalysisSchema.keysOf("profiles.*.result"));
            String key = n.get("key").asString();
            if (ResultsDocument.RESERVED.contains(key)) {
                throw n.get("key").error("'" + key + "' is a key of results.json itself");
            }
            // A results table is a list at the top level: the profile's entry cannot go into it.
            if (statistics.stream()
                    .anyMatch(d -> d.resultRow().filter(t -> t.table().equals(key)).isPresent())) {
                throw n.get("key")
                        .error(
                                "'"
                                        + key
                                        + "' is a results table (statistics[].result.table);"
                                        + " choose another key");
            }
            String entry = n.get("entry").asString();
            for (ProfileOutput earlier : out) {
                if (earlier.key().equals(key) && earlier.entry().equals(entry)) {
                    throw n.get("entry")
                            .error(
                                    "profile '"
                                            + earlier.profile()
                                            + "' already writes "
                                            + key
                                            + "."
                                            + entry);
                }
            }
            List<ConfigNode> sampleNodes = n.get("samples").asList();
            if (sampleNodes.isEmpty()) {
                throw n.get("samples").error("needs at least one sample");
            }
            List<String> names = new java.util.ArrayList<>();
            for (ConfigNode s : sampleNodes) {
                if (samples.stream().noneMatch(d -> d.group().equals(s.asString()))) {
                    throw s.error("no sample '" + s.asString() + "'");
                }
                names.add(s.asString());
            }
            Optional<String> line = n.opt("line_from_common").map(ConfigNode::asString);
            if (line.isPresent()
                    && statistics.stream()
                            .noneMatch(
                                    d ->
                                            d instanceof StatisticsDefinition.AsimovLimit a
                                                    && a.scan().isPresent()
                                                    && a.scan()
                                                            .get()
                                                            .common()
                                                            .equals(line.get()))) {
                throw n.get("line_from_common")
                        .error("no asimov_limit entry has scan.common '" + line.get() + "'");
            }
            out.add(new ProfileOutput(e.getKey(), key, entry, names, line));
        }
        return out;
    }
}
