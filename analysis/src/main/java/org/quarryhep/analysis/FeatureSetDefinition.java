package org.quarryhep.analysis;

import java.util.List;

/**
 * A feature table: one row per selected event of the listed categories, with the listed variables
 * as columns. A missing value (an absent object, NaN) is written as {@code placeholder}. The
 * pipeline adds the weight, the sample's labels and parameter columns named here.
 *
 * @param name the table name
 * @param columns the variables, in column order
 * @param categories the categories whose events give rows; empty means all
 * @param placeholder the value for missing entries (e.g. −999)
 * @param labels the sample labels written as columns (e.g. {@code signal})
 * @param parameters the sample parameters written as columns (e.g. {@code mass})
 */
public record FeatureSetDefinition(
        String name,
        List<String> columns,
        List<String> categories,
        double placeholder,
        List<String> labels,
        List<String> parameters) {
    /** Copies the lists. */
    public FeatureSetDefinition {
        columns = List.copyOf(columns);
        categories = List.copyOf(categories);
        labels = List.copyOf(labels);
        parameters = List.copyOf(parameters);
    }
}
