package org.quarryhep.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the analysis file's {@code statistics} section. Every method reads histograms that
 * the {@code histograms} section declares, filled with each sample's yields at the luminosity; a
 * signal given as a grid of samples gives one result per grid point. Several histograms in one
 * entry are combined (their bins are concatenated: categories or channels side by side).
 */
public sealed interface StatisticsDefinition
        permits StatisticsDefinition.AsimovLimit,
                StatisticsDefinition.CountingLimit,
                StatisticsDefinition.Significance,
                StatisticsDefinition.HistFactoryLimit,
                StatisticsDefinition.AbcdPrediction,
                StatisticsDefinition.RocCurve {

    /** The entry's name, the key of its results in {@code results.json}. */
    String name();

    /** The JSON pointer of the entry in the analysis file. */
    String field();

    /**
     * The histograms this entry reads.
     *
     * @return histogram names
     */
    List<String> histograms();

    /**
     * Where the entry's results go besides {@code statistics.<name>}: a row of a top-level table of
     * {@code results.json} (e.g. {@code limits}), whose cells are values of the entry's results.
     *
     * @param table the table's key in results.json
     * @param row the row's identifying cells (e.g. category and mass); a signal grid adds each
     *     point's labels
     * @param columns column name → key of the entry's result point (e.g. {@code mcol_fb →
     *     cross_section_limit_fb}); rows with equal identifying cells share one row
     */
    record ResultRow(String table, Map<String, Object> row, Map<String, String> columns) {
        /** Copies the maps. */
        public ResultRow {
            row = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(row));
            columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        }
    }

    /**
     * Options shared by the limit methods.
     *
     * @param signalBranchingRatio the limit on σ is divided by it, so that a branching ratio
     *     included in the signal sample's σ (e.g. BR(τ → eνν) of a τ decayed at matrix-element
     *     level) is taken out of the limit
     * @param mergeEmptyBackground merge bins without background into their neighbours before the
     *     limit (see {@link StatisticsStage}); false stops the entry at such a bin
     */
    record LimitOptions(double signalBranchingRatio, boolean mergeEmptyBackground) {
        /** No division, no merging. */
        public static final LimitOptions DEFAULT = new LimitOptions(1, false);
    }

    /**
     * A cut scanned over the bin edges of histograms of the cut variable. Without {@code shape},
     * for each edge the yields beyond it form one counting bin; with it, the limit uses the entry's
     * histograms filled with the events that pass the cut (one cut histogram per entry histogram,
     * the cuts of several scanned jointly). The edge (or combination) with the best (lowest) limit
     * is kept.
     *
     * @param cutHistograms the histograms of the cut variable (for a score threshold: the score);
     *     one, or with {@code shape} one per entry histogram
     * @param keepAbove true to keep events above the edge (a score threshold), false below it (an
     *     upper mass cut such as m_vis &lt; f·m_H)
     * @param shape whether the limit uses the entry's histograms of the passing events
     * @param common the name of a group of one-cut scans that also get one common cut (the one
     *     whose limits, each divided by the entry's own best, add up to the least), or empty
     */
    record CutScan(List<String> cutHistograms, boolean keepAbove, boolean shape, String common) {
        /** Copies the list. */
        public CutScan {
            cutHistograms = List.copyOf(cutHistograms);
        }

        /**
         * A scan without a common-cut group.
         *
         * @param cutHistograms the histograms of the cut variable
         * @param keepAbove keep events above the edge
         * @param shape whether the limit uses the entry's histograms of the passing events
         */
        public CutScan(List<String> cutHistograms, boolean keepAbove, boolean shape) {
            this(cutHistograms, keepAbove, shape, "");
        }

        /**
         * A counting-bin scan of one histogram.
         *
         * @param histogram the histogram of the cut variable
         * @param keepAbove keep events above the edge
         */
        public CutScan(String histogram, boolean keepAbove) {
            this(List.of(histogram), keepAbove, false, "");
        }

        /** The (first) histogram of the cut variable. */
        public String histogram() {
            return cutHistograms.get(0);
        }
    }

    /**
     * The binned Asimov exclusion: the signal scale at which q = 2 Σ [s − b ln(1 + s/b)] reaches
     * the threshold (3.84 for 95% CL).
     *
     * @param name the entry's name
     * @param histograms the histograms whose bins enter q
     * @param signal the signal sample (or grid) name
     * @param backgrounds the background sample names
     * @param threshold the q threshold
     * @param scan an optional cut scan
     * @param options branching ratio divisor and bin merging
     * @param result an optional row of a results table
     * @param field the JSON pointer
     */
    record AsimovLimit(
            String name,
            List<String> histograms,
            String signal,
            List<String> backgrounds,
            double threshold,
            Optional<CutScan> scan,
            LimitOptions options,
            Optional<ResultRow> result,
            String field)
            implements StatisticsDefinition {
        /**
         * Without options and results row.
         *
         * @param name the entry's name
         * @param histograms the histograms whose bins enter q
         * @param signal the signal sample (or grid) name
         * @param backgrounds the background sample names
         * @param threshold the q threshold
         * @param scan an optional cut scan
         * @param field the JSON pointer
         */
        public AsimovLimit(
                String name,
                List<String> histograms,
                String signal,
                List<String> backgrounds,
                double threshold,
                Optional<CutScan> scan,
                String field) {
            this(
                    name,
                    histograms,
                    signal,
                    backgrounds,
                    threshold,
                    scan,
                    LimitOptions.DEFAULT,
                    Optional.empty(),
                    field);
        }
    }

    /**
     * An asymptotic CLs upper limit (q̃) on the signal strength of a counting experiment in each
     * bin of the histograms, with a relative background uncertainty as a normalisation systematic,
     * expected from background-only Asimov data.
     *
     * @param name the entry's name
     * @param histograms the histograms (all bins are counting regions fitted together)
     * @param signal the signal sample (or grid) name
     * @param backgrounds the background sample names
     * @param backgroundUncertainty the relative background uncertainty (0 for none)
     * @param cl the confidence level
     * @param scan an optional cut scan
     * @param options branching ratio divisor and bin merging
     * @param result an optional row of a results table
     * @param field the JSON pointer
     */
    record CountingLimit(
            String name,
            List<String> histograms,
            String signal,
            List<String> backgrounds,
            double backgroundUncertainty,
            double cl,
            Optional<CutScan> scan,
            LimitOptions options,
            Optional<ResultRow> result,
            String field)
            implements StatisticsDefinition {
        /**
         * Without options and results row.
         *
         * @param name the entry's name
         * @param histograms the histograms (all bins are counting regions fitted together)
         * @param signal the signal sample (or grid) name
         * @param backgrounds the background sample names
         * @param backgroundUncertainty the relative background uncertainty (0 for none)
         * @param cl the confidence level
         * @param scan an optional cut scan
         * @param field the JSON pointer
         */
        public CountingLimit(
                String name,
                List<String> histograms,
                String signal,
                List<String> backgrounds,
                double backgroundUncertainty,
                double cl,
                Optional<CutScan> scan,
                String field) {
            this(
                    name,
                    histograms,
                    signal,
                    backgrounds,
                    backgroundUncertainty,
                    cl,
                    scan,
                    LimitOptions.DEFAULT,
                    Optional.empty(),
                    field);
        }
    }

    /**
     * The ROC curve of a classifier score between a signal and the backgrounds, from the histogram
     * of the score (a cut above each edge), and its area: the probability that a signal event
     * scores above a background event, ties within a bin counted one half.
     *
     * @param name the entry's name
     * @param histogram the histogram of the score
     * @param signal the signal sample (or grid) name
     * @param backgrounds the background sample names
     * @param result an optional row of a results table (column source {@code auc})
     * @param field the JSON pointer
     */
    record RocCurve(
            String name,
            String histogram,
            String signal,
            List<String> backgrounds,
            Optional<ResultRow> result,
            String field)
            implements StatisticsDefinition {
        @Override
        public List<String> histograms() {
            return List.of(histogram);
        }
    }

    /** The entry's results-table row, if it declares one. */
    default Optional<ResultRow> resultRow() {
        if (this instanceof AsimovLimit a) {
            return a.result();
        } else if (this instanceof CountingLimit c) {
            return c.result();
        } else if (this instanceof RocCurve r) {
            return r.result();
        }
        return Optional.empty();
    }

    /**
     * The expected discovery significance Z_A (Cowan et al., arXiv:1007.1727 eq. 97; with a
     * background uncertainty, Cowan 2012 eq. 20), per bin and combined in quadrature.
     *
     * @param name the entry's name
     * @param histograms the histograms
     * @param signal the signal sample (or grid) name
     * @param backgrounds the background sample names
     * @param backgroundUncertainty the relative background uncertainty (0 for none)
     * @param field the JSON pointer
     */
    record Significance(
            String name,
            List<String> histograms,
            String signal,
            List<String> backgrounds,
            double backgroundUncertainty,
            String field)
            implements StatisticsDefinition {}

    /**
     * A HistFactory workspace built from histograms (one channel per histogram) with a systematics
     * table, written as pyhf JSON, and its asymptotic CLs upper limit on the signal strength.
     *
     * @param name the entry's name
     * @param histograms the channels
     * @param signal the signal sample (or grid) name
     * @param backgrounds the background sample names
     * @param systematics the systematics table
     * @param cl the confidence level
     * @param field the JSON pointer
     */
    record HistFactoryLimit(
            String name,
            List<String> histograms,
            String signal,
            List<String> backgrounds,
            List<Systematic> systematics,
            double cl,
            String field)
            implements StatisticsDefinition {}

    /**
     * One row of a systematics table.
     *
     * @param name the nuisance parameter's name
     * @param type the modifier type
     * @param samples the samples it acts on (names or grid names)
     * @param up the relative up variation (normsys: the factor is 1 + up; shapesys: the relative
     *     per-bin uncertainty; lumi: the relative luminosity uncertainty)
     * @param down the relative down variation (normsys: 1 − down)
     * @param upHistogram histosys: the histogram holding the up-varied shape
     * @param downHistogram histosys: the histogram holding the down-varied shape
     */
    record Systematic(
            String name,
            Type type,
            List<String> samples,
            double up,
            double down,
            String upHistogram,
            String downHistogram) {
        /** The modifier types of the table. */
        public enum Type {
            /** A normalisation uncertainty. */
            NORMSYS,
            /** A correlated shape uncertainty from varied histograms. */
            HISTOSYS,
            /** An uncorrelated per-bin uncertainty. */
            SHAPESYS,
            /** The luminosity uncertainty. */
            LUMI
        }
    }

    /**
     * The ABCD background prediction per bin, N_A = N_B·N_C/N_D, from the backgrounds' yields in
     * the histograms of regions B, C and D, with the closure against the yield in A.
     *
     * @param name the entry's name
     * @param regionA the histogram of the signal region A
     * @param regionB the histogram of region B
     * @param regionC the histogram of region C
     * @param regionD the histogram of region D
     * @param backgrounds the background sample names
     * @param field the JSON pointer
     */
    record AbcdPrediction(
            String name,
            String regionA,
            String regionB,
            String regionC,
            String regionD,
            List<String> backgrounds,
            String field)
            implements StatisticsDefinition {
        @Override
        public List<String> histograms() {
            return List.of(regionA, regionB, regionC, regionD);
        }
    }
}
