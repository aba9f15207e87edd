package org.quarryhep.ml.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable columnar table of float features with one label, one weight and any number of group
 * columns (signal mass, physics parameters) per row.
 *
 * <p>Weights may be negative (NLO generators, interference terms); every consumer in this module
 * keeps their sign. Labels are floats: 0/1 for classification, the target for regression. A table
 * read without a label column has all labels 0 and {@link #hasLabels()} false.
 */
public final class FeatureTable {
    private final List<String> names;
    private final float[][] columns;
    private final float[] labels;
    private final double[] weights;
    private final boolean hasLabels;
    private final Map<String, float[]> groups;

    private FeatureTable(
            List<String> names,
            float[][] columns,
            float[] labels,
            double[] weights,
            boolean hasLabels,
            Map<String, float[]> groups) {
        this.names = List.copyOf(names);
        this.columns = columns;
        this.labels = labels;
        this.weights = weights;
        this.hasLabels = hasLabels;
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /**
     * A table from its columns; arrays are copied.
     *
     * @param names feature names, unique
     * @param columns one array per feature, all of the same length
     * @param labels one label per row, or {@code null} for an unlabelled table
     * @param weights one weight per row, or {@code null} for unit weights
     * @param groups group columns by name (may be empty)
     * @return the table
     * @throws IllegalArgumentException when lengths differ or names repeat
     */
    public static FeatureTable of(
            List<String> names,
            float[][] columns,
            float[] labels,
            double[] weights,
            Map<String, float[]> groups) {
        if (names.size() != columns.length) {
            throw new IllegalArgumentException(
                    names.size() + " names for " + columns.length + " columns");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("duplicate feature names in " + names);
        }
        int n =
                columns.length > 0
                        ? columns[0].length
                        : labels != null ? labels.length : weights != null ? weights.length : 0;
        float[][] cols = new float[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            requireLength(names.get(j), columns[j].length, n);
            cols[j] = columns[j].clone();
        }
        if (labels != null) {
            requireLength("label", labels.length, n);
        }
        if (weights != null) {
            requireLength("weight", weights.length, n);
        }
        Map<String, float[]> g = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> e : groups.entrySet()) {
            requireLength(e.getKey(), e.getValue().length, n);
            g.put(e.getKey(), e.getValue().clone());
        }
        double[] w = weights == null ? filled(n) : weights.clone();
        return new FeatureTable(
                names, cols, labels == null ? new float[n] : labels.clone(), w, labels != null, g);
    }

    private static double[] filled(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    private static void requireLength(String what, int len, int n) {
        if (len != n) {
            throw new IllegalArgumentException(
                    "column '" + what + "' has " + len + " rows, expected " + n);
        }
    }

    /** The number of rows. */
    public int rows() {
        return labels.length;
    }

    /** The number of feature columns. */
    public int width() {
        return columns.length;
    }

    /** The feature names in column order. */
    public List<String> names() {
        return names;
    }

    /** True when the table was built or read with a label column. */
    public boolean hasLabels() {
        return hasLabels;
    }

    /**
     * The index of a feature column.
     *
     * @throws IllegalArgumentException when there is no such column
     */
    public int indexOf(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no feature column '" + name + "' in " + names);
        }
        return j;
    }

    /** A copy of feature column {@code j}. */
    public float[] column(int j) {
        return columns[j].clone();
    }

    /** A copy of the named feature column. */
    public float[] column(String name) {
        return column(indexOf(name));
    }

    /** The feature value at row {@code i}, column {@code j}. */
    public float get(int i, int j) {
        return columns[j][i];
    }

    /** A copy of the labels. */
    public float[] labels() {
        return labels.clone();
    }

    /** The label of row {@code i}. */
    public float label(int i) {
        return labels[i];
    }

    /** A copy of the weights. */
    public double[] weights() {
        return weights.clone();
    }

    /** The weight of row {@code i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** The names of the group columns. */
    public List<String> groupNames() {
        return new ArrayList<>(groups.keySet());
    }

    /**
     * A copy of a group column.
     *
     * @throws IllegalArgumentException when there is no such group column
     */
    public float[] group(String name) {
        float[] g = groups.get(name);
        if (g == null) {
            throw new IllegalArgumentException(
                    "no group column '" + name + "' in " + groups.keySet());
        }
        return g.clone();
    }

    /**
     * A copy of a column that may be either a group column (a label kept out of the features, such
     * as a mass hypothesis) or a feature column; the group wins where both exist.
     *
     * @param name the column
     * @param user who asks, named in the error
     * @throws IllegalArgumentException when the table has no such column
     */
    public float[] groupOrFeature(String name, String user) {
        if (groups.containsKey(name)) {
            return group(name);
        }
        if (names.contains(name)) {
            return column(name);
        }
        throw new IllegalArgumentException(
                user
                        + ": column '"
                        + name
                        + "' is not in the table (features "
                        + names
                        + ", groups "
                        + groups.keySet()
                        + ")");
    }

    /** The features in row-major order ({@code rows × width}), as native engines want them. */
    public float[] rowMajor() {
        int n = rows();
        int m = width();
        float[] out = new float[n * m];
        for (int j = 0; j < m; j++) {
            float[] c = columns[j];
            for (int i = 0; i < n; i++) {
                out[i * m + j] = c[i];
            }
        }
        return out;
    }

    /** The rows with the given indices, in that order (indices may repeat). */
    public FeatureTable select(int[] rowIndices) {
        float[][] cols = new float[columns.length][rowIndices.length];
        for (int j = 0; j < columns.length; j++) {
            for (int k = 0; k < rowIndices.length; k++) {
                cols[j][k] = columns[j][rowIndices[k]];
            }
        }
        float[] l = new float[rowIndices.length];
        double[] w = new double[rowIndices.length];
        for (int k = 0; k < rowIndices.length; k++) {
            l[k] = labels[rowIndices[k]];
            w[k] = weights[rowIndices[k]];
        }
        Map<String, float[]> g = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> e : groups.entrySet()) {
            float[] src = e.getValue();
            float[] dst = new float[rowIndices.length];
            for (int k = 0; k < rowIndices.length; k++) {
                dst[k] = src[rowIndices[k]];
            }
            g.put(e.getKey(), dst);
        }
        return new FeatureTable(names, cols, l, w, hasLabels, g);
    }

    /**
     * The table restricted to (and reordered as) the named features, as a model expects them.
     *
     * @throws IllegalArgumentException when a name is missing, naming it
     */
    public FeatureTable withFeatures(List<String> wanted) {
        float[][] cols = new float[wanted.size()][];
        for (int j = 0; j < wanted.size(); j++) {
            String name = wanted.get(j);
            int src = names.indexOf(name);
            if (src < 0) {
                float[] g = groups.get(name);
                if (g == null) {
                    throw new IllegalArgumentException(
                            "the model needs feature '" + name + "', the table has " + names);
                }
                cols[j] = g;
            } else {
                cols[j] = columns[src];
            }
        }
        return new FeatureTable(wanted, cols, labels, weights, hasLabels, groups);
    }

    /** The same table with new weights. */
    public FeatureTable withWeights(double[] newWeights) {
        requireLength("weight", newWeights.length, rows());
        return new FeatureTable(names, columns, labels, newWeights.clone(), hasLabels, groups);
    }

    /** The same table with new labels (a regression target computed from its columns, say). */
    public FeatureTable withLabels(float[] newLabels) {
        requireLength("label", newLabels.length, rows());
        return new FeatureTable(names, columns, newLabels.clone(), weights, true, groups);
    }

    /** The same table with a feature column replaced or appended. */
    public FeatureTable withColumn(String name, float[] values) {
        requireLength(name, values.length, rows());
        List<String> n = new ArrayList<>(names);
        List<float[]> c = new ArrayList<>(Arrays.asList(columns));
        int j = n.indexOf(name);
        if (j >= 0) {
            c.set(j, values.clone());
        } else {
            n.add(name);
            c.add(values.clone());
        }
        return new FeatureTable(n, c.toArray(new float[0][]), labels, weights, hasLabels, groups);
    }

    /** The same table with a group column replaced or added. */
    public FeatureTable withGroup(String name, float[] values) {
        requireLength(name, values.length, rows());
        Map<String, float[]> g = new LinkedHashMap<>(groups);
        g.put(name, values.clone());
        return new FeatureTable(names, columns, labels, weights, hasLabels, g);
    }

    /**
     * The rows of two tables with the same features and group columns, {@code a}'s first.
     *
     * @throws IllegalArgumentException when the feature or group names differ
     */
    public static FeatureTable concat(FeatureTable a, FeatureTable b) {
        if (!a.names.equals(b.names) || !a.groups.keySet().equals(b.groups.keySet())) {
            throw new IllegalArgumentException(
                    "cannot concatenate tables with features " + a.names + " and " + b.names);
        }
        int n = a.rows() + b.rows();
        float[][] cols = new float[a.width()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = join(a.columns[j], b.columns[j]);
        }
        double[] w = Arrays.copyOf(a.weights, n);
        System.arraycopy(b.weights, 0, w, a.rows(), b.rows());
        Map<String, float[]> g = new LinkedHashMap<>();
        for (String k : a.groups.keySet()) {
            g.put(k, join(a.groups.get(k), b.groups.get(k)));
        }
        return new FeatureTable(
                a.names, cols, join(a.labels, b.labels), w, a.hasLabels && b.hasLabels, g);
    }

    private static float[] join(float[] x, float[] y) {
        float[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /** The sum of weights of rows with label 1 (signal) and of the other rows (background). */
    public double[] classWeightSums() {
        double s = 0;
        double b = 0;
        for (int i = 0; i < rows(); i++) {
            if (labels[i] == 1f) {
                s += weights[i];
            } else {
                b += weights[i];
            }
        }
        return new double[] {s, b};
    }
}
