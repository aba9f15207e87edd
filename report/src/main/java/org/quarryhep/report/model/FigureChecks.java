package org.quarryhep.report.model;

import java.util.List;

/**
 * The consistency checks of the figure types with more than a few, called from their records'
 * compact constructors (after the id check and the copying of lists), so that {@link Figure} reads
 * as the schema of {@code results.json}. Each failure is a {@link ResultsException} naming the
 * figure and the field.
 */
final class FigureChecks {
    private FigureChecks() {}

    /**
     * A histogram: one value per bin in every series, at least one series, a ratio with a
     * reference.
     */
    static void histogram(
            String id,
            double[] edges,
            List<BinnedSeries> stacked,
            List<BinnedSeries> overlaid,
            BinnedSeries data,
            Band band,
            Figure.RatioPanel ratio) {
        int n = edges.length - 1;
        for (BinnedSeries s : stacked) {
            Checks.length(s.values(), n, id + ": values of '" + s.label() + "'");
        }
        for (BinnedSeries s : overlaid) {
            Checks.length(s.values(), n, id + ": values of '" + s.label() + "'");
        }
        if (data != null) {
            Checks.length(data.values(), n, id + ": data values");
        }
        if (band != null) {
            Checks.length(band.lower(), n, id + ": band");
        }
        Checks.require(
                !stacked.isEmpty() || !overlaid.isEmpty() || data != null,
                id + ": a histogram needs at least one series");
        Checks.require(
                ratio == null || (!stacked.isEmpty() || overlaid.size() >= 2),
                id + ": a ratio panel needs a stacked prediction or two overlaid series");
    }

    /** A ROC curve: a label, two points or more in [0, 1], the false-positive rates ascending. */
    static void rocCurve(String label, double[] fpr, double[] tpr) {
        Checks.require(label != null, "ROC curve label is required");
        Checks.require(fpr != null && fpr.length >= 2, "ROC '" + label + "' needs 2 points");
        Checks.length(tpr, fpr.length, "tpr of ROC '" + label + "'");
        for (int i = 0; i < fpr.length; i++) {
            Checks.require(
                    fpr[i] >= 0 && fpr[i] <= 1 && tpr[i] >= 0 && tpr[i] <= 1,
                    "ROC '" + label + "' point " + i + " lies outside [0, 1]");
            Checks.require(
                    i == 0 || fpr[i] >= fpr[i - 1],
                    "fpr of ROC '" + label + "' must not decrease (point " + i + ")");
        }
    }

    /** A limit plot: two points or more, and every curve and band with one value per point. */
    static void limit(
            String id,
            double[] x,
            double[] observed,
            double[] expected,
            Band oneSigma,
            Band twoSigma) {
        Checks.require(x != null && x.length >= 2, id + ": needs at least two points");
        Checks.optionalLength(observed, x.length, id + ": observed");
        Checks.length(expected, x.length, id + ": expected");
        Checks.require(oneSigma != null && twoSigma != null, id + ": needs both bands");
        Checks.length(oneSigma.lower(), x.length, id + ": one_sigma");
        Checks.length(twoSigma.lower(), x.length, id + ": two_sigma");
    }

    /** A colour map: increasing edges and one z value per cell. */
    static void map2d(String id, double[] xEdges, double[] yEdges, double[][] z) {
        Checks.edges(xEdges, id + ": x_edges");
        Checks.edges(yEdges, id + ": y_edges");
        Checks.require(z != null, id + ": z is required");
        Checks.require(
                z.length == yEdges.length - 1,
                id + ": z has " + z.length + " rows, expected " + (yEdges.length - 1));
        for (int i = 0; i < z.length; i++) {
            Checks.length(z[i], xEdges.length - 1, id + ": z[" + i + "]");
        }
    }

    /** A correlation matrix: n×n for n names, symmetric, in [-1, 1]. */
    static void correlationMatrix(String id, List<String> names, double[][] matrix) {
        int n = names.size();
        Checks.require(n > 0 && matrix != null && matrix.length == n, id + ": matrix must be n×n");
        for (int i = 0; i < n; i++) {
            Checks.length(matrix[i], n, id + ": matrix row " + i);
            for (int j = 0; j < n; j++) {
                Checks.require(
                        Math.abs(matrix[i][j]) <= 1 + 1e-9
                                && Math.abs(matrix[i][j] - matrix[j][i]) <= 1e-9,
                        id + ": matrix[" + i + "][" + j + "] must be in [-1, 1] and symmetric");
            }
        }
    }

    /** A regression plot: response and resolution per bin, and both pull series or neither. */
    static void regression(
            String id,
            double[] edges,
            BinnedSeries response,
            BinnedSeries resolution,
            BinnedSeries pullMean,
            BinnedSeries pullWidth) {
        Checks.edges(edges, "edges of " + id);
        int n = edges.length - 1;
        Checks.require(
                response != null && resolution != null, id + ": needs response and resolution");
        Checks.length(response.values(), n, id + ": response");
        Checks.length(resolution.values(), n, id + ": resolution");
        Checks.require(
                (pullMean == null) == (pullWidth == null),
                id + ": give pull_mean and pull_width together");
        if (pullMean != null) {
            Checks.length(pullMean.values(), n, id + ": pull_mean");
            Checks.length(pullWidth.values(), n, id + ": pull_width");
        }
    }

    /** A reference overlay: the reference named, one predicted value per bin. */
    static void referenceOverlay(
            String id,
            String referenceCsv,
            String referenceLabel,
            double[] edges,
            BinnedSeries prediction) {
        Checks.require(
                referenceCsv != null && referenceLabel != null,
                id + ": needs reference_csv and reference_label");
        Checks.edges(edges, "edges of " + id);
        Checks.require(prediction != null, id + ": needs a prediction");
        Checks.length(prediction.values(), edges.length - 1, id + ": prediction");
    }

    /** Score distributions: at least one class, each with one value per bin. */
    static void scoreDistribution(String id, double[] edges, List<BinnedSeries> classes) {
        Checks.require(!classes.isEmpty(), id + ": needs at least one class");
        for (BinnedSeries s : classes) {
            Checks.length(s.values(), edges.length - 1, id + ": values of '" + s.label() + "'");
        }
    }

    /** A beeswarm feature: a name, and a value for each SHAP value. */
    static void shapFeature(String name, double[] shap, double[] value) {
        Checks.require(name != null, "feature name is required");
        Checks.require(shap != null && shap.length > 0, "feature '" + name + "' needs shap");
        Checks.length(value, shap.length, "value of feature '" + name + "'");
    }

    /** Pulls: at least one parameter, with a pull and an error each. */
    static void pulls(String id, List<String> names, double[] pulls, double[] errors) {
        Checks.require(!names.isEmpty(), id + ": needs at least one parameter");
        Checks.length(pulls, names.size(), id + ": pulls");
        Checks.length(errors, names.size(), id + ": errors");
    }
}
