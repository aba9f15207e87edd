package org.quarryhep.pipeline;

import java.util.List;
import java.util.stream.Stream;

/**
 * The analysis file's keys, one table that the parser takes its allowed names from and that the
 * module README prints (a test checks the README against {@link #markdown()}), so the documentation
 * cannot drift from what the parser accepts. The keys are written section by section in {@link
 * TopLevelSchema}, {@link ProfilesBootstrapSchema}, {@link SamplesChainSchema}, {@link
 * ModelsSchema} and {@link StatisticsSchema}; this class joins them, in that order.
 */
public final class AnalysisSchema {
    /** The schema version this Quarry reads. */
    public static final int VERSION = 1;

    /**
     * One key.
     *
     * @param section where it sits: "" for the top level, "samples[]" for each sample entry
     * @param name the key
     * @param type its type as written in the README
     * @param defaultValue its default, or "required"
     * @param description what it means
     */
    public record Key(
            String section, String name, String type, String defaultValue, String description) {}

    /** The event-level sections that {@code analysis} reads (see analysis/README.md). */
    public static final List<String> EVENT_LEVEL_SECTIONS =
            List.of("objects", "selection", "variables", "features", "histograms", "profiles");

    /** The {@code training} keys of a mass-regression model entry. */
    public static final List<String> REGRESSION_TRAINING_KEYS =
            List.of("model", "seed", "validation_fraction", "network");

    /** Every key, in README order: the sections' lists one after the other. */
    public static final List<Key> KEYS =
            Stream.of(
                            TopLevelSchema.KEYS,
                            ProfilesBootstrapSchema.KEYS,
                            SamplesChainSchema.KEYS,
                            ModelsSchema.KEYS,
                            StatisticsSchema.KEYS)
                    .flatMap(List::stream)
                    .toList();

    private AnalysisSchema() {}

    /**
     * The key names of a section.
     *
     * @param section the section ("" for the top level)
     * @return its keys, in table order
     */
    public static String[] keysOf(String section) {
        return KEYS.stream()
                .filter(k -> k.section().equals(section))
                .map(Key::name)
                .toArray(String[]::new);
    }

    /** The table as Markdown, as printed in the module README. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| section | key | type | default | meaning |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Key k : KEYS) {
            sb.append("| ")
                    .append(k.section().isEmpty() ? "(top)" : k.section())
                    .append(" | `")
                    .append(k.name())
                    .append("` | ")
                    .append(k.type().replace("|", "\\|"))
                    .append(" | ")
                    .append(k.defaultValue())
                    .append(" | ")
                    .append(k.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }
}
