package org.quarryhep.ml.table;

import java.util.List;

/**
 * Standardisation x → (x − mean) / std per feature, fitted on a training table and stored with the
 * model.
 *
 * <p>The HiggsML convention: a value equal to {@code missingValue} (−999 there) means "not defined
 * for this event". It is left out of the fit and mapped to 0, the standardised mean, so a missing
 * value carries no pull. A feature with zero spread keeps std = 1.
 *
 * @param names the feature names, in order
 * @param mean the mean of each feature over the non-missing training values
 * @param std the standard deviation of each feature over the same values
 * @param missingValue the marker of a missing value, or NaN when there is none
 */
public record Standardizer(List<String> names, double[] mean, double[] std, double missingValue) {
    /** Validates lengths and copies. */
    public Standardizer {
        names = List.copyOf(names);
        mean = mean.clone();
        std = std.clone();
        if (mean.length != names.size() || std.length != names.size()) {
            throw new IllegalArgumentException("names, mean and std lengths differ");
        }
    }

    /**
     * Fits on a table (unweighted, so that a few large or negative weights do not distort the input
     * scale).
     *
     * @param t the training table
     * @param missingValue the missing-value marker, or NaN for none
     * @return the fitted standardiser
     */
    public static Standardizer fit(FeatureTable t, double missingValue) {
        int m = t.width();
        double[] mean = new double[m];
        double[] std = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            long n = 0;
            for (int i = 0; i < t.rows(); i++) {
                float x = t.get(i, j);
                if (x != missingValue) {
                    s += x;
                    n++;
                }
            }
            double mu = n > 0 ? s / n : 0;
            double ss = 0;
            for (int i = 0; i < t.rows(); i++) {
                float x = t.get(i, j);
                if (x != missingValue) {
                    ss += (x - mu) * (x - mu);
                }
            }
            double sd = n > 1 ? Math.sqrt(ss / n) : 0;
            mean[j] = mu;
            std[j] = sd > 0 ? sd : 1;
        }
        return new Standardizer(t.names(), mean, std, missingValue);
    }

    /** The identity transformation for the given features. */
    public static Standardizer identity(List<String> names) {
        double[] one = new double[names.size()];
        java.util.Arrays.fill(one, 1);
        return new Standardizer(names, new double[names.size()], one, Double.NaN);
    }

    /** True when a missing-value marker is set. */
    public boolean hasMissingValue() {
        return !Double.isNaN(missingValue);
    }

    /** Standardises one value of feature {@code j}. */
    public float apply(int j, float x) {
        if (x == missingValue) {
            return 0f;
        }
        return (float) ((x - mean[j]) / std[j]);
    }

    /**
     * The standardised features of a table in row-major order, columns in this standardiser's
     * order.
     *
     * @throws IllegalArgumentException when the table lacks a feature
     */
    public float[] transformRowMajor(FeatureTable t) {
        FeatureTable ordered = t.withFeatures(names);
        int n = ordered.rows();
        int m = names.size();
        float[] out = new float[n * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                out[i * m + j] = apply(j, ordered.get(i, j));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardizer s
                && names.equals(s.names)
                && java.util.Arrays.equals(mean, s.mean)
                && java.util.Arrays.equals(std, s.std)
                && Double.compare(missingValue, s.missingValue) == 0;
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + java.util.Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        return "Standardizer" + names;
    }
}
