package org.quarryhep.ml.table;

import java.util.List;

/**
 * Which columns of a text table are not features: the label, the weight, group columns and columns
 * to ignore (identifiers, bookkeeping). Every other column is a float feature.
 *
 * @param label the label column, or {@code null} for an unlabelled table
 * @param weight the weight column, or {@code null} for unit weights
 * @param groups group columns (kept apart from the features)
 * @param drop columns to ignore
 */
public record ColumnRoles(String label, String weight, List<String> groups, List<String> drop) {
    /** Copies the lists. */
    public ColumnRoles {
        groups = List.copyOf(groups);
        drop = List.copyOf(drop);
    }

    /** Roles with only a label column (or none when {@code label} is null). */
    public static ColumnRoles ofLabel(String label) {
        return new ColumnRoles(label, null, List.of(), List.of());
    }

    /** These roles with a weight column. */
    public ColumnRoles withWeight(String column) {
        return new ColumnRoles(label, column, groups, drop);
    }

    /** These roles with group columns. */
    public ColumnRoles withGroups(List<String> columns) {
        return new ColumnRoles(label, weight, columns, drop);
    }

    /** These roles with columns to ignore. */
    public ColumnRoles withDrop(List<String> columns) {
        return new ColumnRoles(label, weight, groups, columns);
    }
}
