package org.quarryhep.report.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One figure of the report, told apart by its {@code type} key in {@code results.json}. Every
 * figure has an {@code id} (also its file name: lower-case letters, digits, '-' and '_'), a {@code
 * title} and an optional {@code caption}; the fields of each type are documented on its record and
 * in the module README.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Figure.Histogram.class, name = "histogram"),
    @JsonSubTypes.Type(value = Figure.ScoreDistribution.class, name = "score_distribution"),
    @JsonSubTypes.Type(value = Figure.Roc.class, name = "roc"),
    @JsonSubTypes.Type(value = Figure.Limit.class, name = "limit"),
    @JsonSubTypes.Type(value = Figure.Map2d.class, name = "map2d"),
    @JsonSubTypes.Type(value = Figure.ShapBeeswarm.class, name = "shap_beeswarm"),
    @JsonSubTypes.Type(value = Figure.ShapBar.class, name = "shap_bar"),
    @JsonSubTypes.Type(value = Figure.TrainingCurve.class, name = "training_curve"),
    @JsonSubTypes.Type(value = Figure.Pulls.class, name = "pulls"),
    @JsonSubTypes.Type(value = Figure.CorrelationMatrix.class, name = "correlation_matrix"),
    @JsonSubTypes.Type(value = Figure.Regression.class, name = "regression"),
    @JsonSubTypes.Type(value = Figure.ReferenceOverlay.class, name = "reference_overlay"),
})
public sealed interface Figure {
    /** The figure's id, unique in the report and used as its file name. */
    String id();

    /** The title (LaTeX-like). */
    String title();

    /** A sentence or two under the figure, or {@code null}. */
    String caption();

    /** Checks an id: lower-case letters, digits, '-' and '_', starting with a letter or digit. */
    static void checkId(String id) {
        Checks.require(
                id != null && id.matches("[a-z0-9][a-z0-9_-]*"),
                "figure/table id must match [a-z0-9][a-z0-9_-]*, got '" + id + "'");
    }

    /**
     * Stacked and overlaid histograms with optional data points, an uncertainty band on the stack
     * total and a ratio panel.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the binned variable
     * @param yAxis the bin contents
     * @param edges bin edges, n + 1 for n bins
     * @param stacked samples drawn stacked, bottom first
     * @param overlaid samples drawn as lines on top (e.g. a signal)
     * @param data measured points with errors, or {@code null}
     * @param band total uncertainty of the prediction, or {@code null} to combine the stacked
     *     samples' errors in quadrature
     * @param ratio the ratio panel (data, or the first overlaid series, over the prediction), or
     *     {@code null} for none
     */
    record Histogram(
            String id,
            String title,
            String caption,
            Axis xAxis,
            Axis yAxis,
            double[] edges,
            List<BinnedSeries> stacked,
            List<BinnedSeries> overlaid,
            BinnedSeries data,
            Band band,
            RatioPanel ratio)
            implements Figure {
        /** Checks that every series has one value per bin. */
        public Histogram {
            checkId(id);
            Checks.edges(edges, "edges of " + id);
            stacked = Checks.list(stacked);
            overlaid = Checks.list(overlaid);
            FigureChecks.histogram(id, edges, stacked, overlaid, data, band, ratio);
        }
    }

    /**
     * The ratio panel under a histogram.
     *
     * @param label the y label, e.g. {@code "Data / Pred."}
     * @param min lower end of the y range
     * @param max upper end of the y range
     */
    record RatioPanel(String label, double min, double max) {
        /** Checks the range. */
        public RatioPanel {
            Checks.require(label != null, "ratio label is required");
            Checks.require(max > min, "ratio max must be above min");
        }
    }

    /**
     * Classifier score distributions, one histogram per class, optionally normalised to unit area.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the score
     * @param yAxis the contents
     * @param edges bin edges
     * @param classes one series per class
     * @param normalise scale each class to unit area before drawing
     */
    record ScoreDistribution(
            String id,
            String title,
            String caption,
            Axis xAxis,
            Axis yAxis,
            double[] edges,
            List<BinnedSeries> classes,
            boolean normalise)
            implements Figure {
        /** Checks the lengths. */
        public ScoreDistribution {
            checkId(id);
            Checks.edges(edges, "edges of " + id);
            classes = Checks.list(classes);
            FigureChecks.scoreDistribution(id, edges, classes);
        }
    }

    /**
     * ROC curves, several on one plot, each with its area under the curve in the legend.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis usually the background efficiency (false-positive rate)
     * @param yAxis usually the signal efficiency (true-positive rate)
     * @param curves the curves
     */
    record Roc(
            String id, String title, String caption, Axis xAxis, Axis yAxis, List<RocCurve> curves)
            implements Figure {
        /** Checks that there is a curve. */
        public Roc {
            checkId(id);
            curves = Checks.list(curves);
            Checks.require(!curves.isEmpty(), id + ": needs at least one curve");
        }
    }

    /**
     * One ROC curve.
     *
     * @param label the classifier
     * @param fpr false-positive rates (background efficiencies), ascending
     * @param tpr true-positive rates (signal efficiencies), one per rate
     */
    record RocCurve(String label, double[] fpr, double[] tpr) {
        /** Checks the lengths and the order. */
        public RocCurve {
            FigureChecks.rocCurve(label, fpr, tpr);
        }
    }

    /**
     * A limit versus a parameter (mass): the observed and expected limits with the ±1σ and ±2σ
     * bands of the expected limit ("Brazil" plot) and baseline curves to compare with.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the scanned parameter
     * @param yAxis the limit (e.g. σ × B in fb, or μ)
     * @param x scanned values, ascending
     * @param observed observed limits, or {@code null} for a projection
     * @param expected median expected limits
     * @param oneSigma the ±1σ band of the expected limit
     * @param twoSigma the ±2σ band of the expected limit
     * @param baselines curves to compare with (theory cross section, published limits)
     */
    record Limit(
            String id,
            String title,
            String caption,
            Axis xAxis,
            Axis yAxis,
            double[] x,
            double[] observed,
            double[] expected,
            Band oneSigma,
            Band twoSigma,
            List<Curve> baselines)
            implements Figure {
        /** Checks the lengths. */
        public Limit {
            checkId(id);
            FigureChecks.limit(id, x, observed, expected, oneSigma, twoSigma);
            baselines = Checks.list(baselines);
        }
    }

    /**
     * A colour map over a plane with lines drawn on top: exclusion contours (several analyses or
     * luminosities on one plot) over CLs or the limit, or a mean classifier score with its decision
     * boundary.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis horizontal parameter
     * @param yAxis vertical parameter
     * @param zAxis the coloured quantity (its {@code log} picks a log colour scale)
     * @param xEdges cell edges along x
     * @param yEdges cell edges along y
     * @param z cell values, {@code z[iy][ix]}; NaN (null in JSON) for an empty cell, left blank
     * @param lines contours and other lines drawn on top
     */
    record Map2d(
            String id,
            String title,
            String caption,
            Axis xAxis,
            Axis yAxis,
            Axis zAxis,
            double[] xEdges,
            double[] yEdges,
            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(
                            using = GapMatrix.Reader.class)
                    @com.fasterxml.jackson.databind.annotation.JsonSerialize(
                            using = GapMatrix.Writer.class)
                    double[][] z,
            List<Curve> lines)
            implements Figure {
        /** Checks the grid. */
        public Map2d {
            checkId(id);
            FigureChecks.map2d(id, xEdges, yEdges, z);
            lines = Checks.list(lines);
        }
    }

    /**
     * SHAP beeswarm: one row per feature, one point per event at its SHAP value, coloured by the
     * feature's value.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the SHAP value axis
     * @param features features, most important first
     */
    record ShapBeeswarm(
            String id, String title, String caption, Axis xAxis, List<ShapFeature> features)
            implements Figure {
        /** Checks that there is a feature. */
        public ShapBeeswarm {
            checkId(id);
            features = Checks.list(features);
            Checks.require(!features.isEmpty(), id + ": needs at least one feature");
        }
    }

    /**
     * One feature of a beeswarm.
     *
     * @param name feature name (LaTeX-like)
     * @param shap SHAP value per event
     * @param value the feature's value per event (coloured low to high)
     */
    record ShapFeature(String name, double[] shap, double[] value) {
        /** Checks the lengths. */
        public ShapFeature {
            FigureChecks.shapFeature(name, shap, value);
        }
    }

    /**
     * Mean |SHAP| per feature as horizontal bars.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the mean |SHAP| axis
     * @param features names, most important first
     * @param meanAbsShap mean |SHAP| per feature
     */
    record ShapBar(
            String id,
            String title,
            String caption,
            Axis xAxis,
            List<String> features,
            double[] meanAbsShap)
            implements Figure {
        /** Checks the lengths. */
        public ShapBar {
            checkId(id);
            features = Checks.list(features);
            Checks.require(!features.isEmpty(), id + ": needs at least one feature");
            Checks.length(meanAbsShap, features.size(), id + ": mean_abs_shap");
        }
    }

    /**
     * Loss or metric versus epoch, one curve per set (training, validation).
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis epochs
     * @param yAxis loss
     * @param curves the curves
     */
    record TrainingCurve(
            String id, String title, String caption, Axis xAxis, Axis yAxis, List<Curve> curves)
            implements Figure {
        /** Checks that there is a curve. */
        public TrainingCurve {
            checkId(id);
            curves = Checks.list(curves);
            Checks.require(!curves.isEmpty(), id + ": needs at least one curve");
        }
    }

    /**
     * Post-fit pulls of the nuisance parameters, (θ̂ − θ₀)/Δθ with the post-fit error Δθ̂/Δθ, on
     * the ±1σ and ±2σ bands.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param names parameter names
     * @param pulls pull per parameter
     * @param errors post-fit error per parameter, in units of the pre-fit error
     */
    record Pulls(
            String id,
            String title,
            String caption,
            List<String> names,
            double[] pulls,
            double[] errors)
            implements Figure {
        /** Checks the lengths. */
        public Pulls {
            checkId(id);
            names = Checks.list(names);
            FigureChecks.pulls(id, names, pulls, errors);
        }
    }

    /**
     * The correlation matrix of a fit's parameters.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param names parameter names
     * @param matrix correlations, symmetric, in [−1, 1]
     */
    record CorrelationMatrix(
            String id, String title, String caption, List<String> names, double[][] matrix)
            implements Figure {
        /** Checks shape, range and symmetry. */
        public CorrelationMatrix {
            checkId(id);
            names = Checks.list(names);
            FigureChecks.correlationMatrix(id, names, matrix);
        }
    }

    /**
     * A regression's response (mean predicted/true), resolution (width of (pred − true)/true) and
     * pull (mean and width of (pred − true)/σ_pred) in bins of the true value.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the true value
     * @param edges bins of the true value
     * @param response mean predicted/true per bin (ideal 1)
     * @param resolution relative resolution per bin
     * @param pullMean mean pull per bin (ideal 0), or {@code null}
     * @param pullWidth pull width per bin (ideal 1), or {@code null}
     */
    record Regression(
            String id,
            String title,
            String caption,
            Axis xAxis,
            double[] edges,
            BinnedSeries response,
            BinnedSeries resolution,
            BinnedSeries pullMean,
            BinnedSeries pullWidth)
            implements Figure {
        /** Checks the lengths. */
        public Regression {
            checkId(id);
            FigureChecks.regression(id, edges, response, resolution, pullMean, pullWidth);
        }
    }

    /**
     * Quarry's prediction against a digitised published distribution read from a CSV file beside
     * {@code results.json} (columns {@code x_low,x_high,y,y_err}), with a ratio panel.
     *
     * @param id file name
     * @param title title
     * @param caption caption or {@code null}
     * @param xAxis the variable
     * @param yAxis the contents
     * @param referenceCsv the CSV file, relative to {@code results.json}
     * @param referenceLabel legend text of the reference (e.g. "ATLAS, JHEP 07 (2017) 001")
     * @param edges Quarry's bin edges
     * @param prediction Quarry's bin contents
     */
    record ReferenceOverlay(
            String id,
            String title,
            String caption,
            Axis xAxis,
            Axis yAxis,
            String referenceCsv,
            String referenceLabel,
            double[] edges,
            BinnedSeries prediction)
            implements Figure {
        /** Checks the lengths. */
        public ReferenceOverlay {
            checkId(id);
            FigureChecks.referenceOverlay(id, referenceCsv, referenceLabel, edges, prediction);
        }
    }

    /** Checks that ids are unique. */
    static void checkUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            Checks.require(seen.add(id), "duplicate " + what + " id '" + id + "'");
        }
    }
}
