package org.quarryhep.pipeline;

import java.util.List;
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
                StatisticsDefinition.AbcdPrediction {

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
     * A cut scanned over the bin edges of a histogram of the cut variable: for each edge the yields
     * beyond it form one counting bin, and the edge with the best (lowest) limit is kept.
     *
     * @param histogram the histogram of the cut variable (for a score threshold: the score)
     * @param keepAbove true to keep events above the edge (a score threshold), false below it (an
     *     upper mass cut such as m_vis &lt; f·m_H)
     */
    record CutScan(String histogram, boolean keepAbove) {}

    /**
     * The binned Asimov exclusion: the signal scale at which q = 2 Σ [s − b ln(1 + s/b)] reaches
     * the threshold (3.84 for 95% CL).
     *
     * @param name the entry's name
     * @param histograms the histograms whose bins enter q
     * @param signal the signal sample (or grid) name
     * @param backgrounds the background sample names
     * @param threshold the q threshold
     * @param scan an optional cut scan (then q is computed on the single bin beyond the cut)
     * @param field the JSON pointer
     */
    record AsimovLimit(
            String name,
            List<String> histograms,
            String signal,
            List<String> backgrounds,
            double threshold,
            Optional<CutScan> scan,
            String field)
            implements StatisticsDefinition {}

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
            String field)
            implements StatisticsDefinition {}

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
