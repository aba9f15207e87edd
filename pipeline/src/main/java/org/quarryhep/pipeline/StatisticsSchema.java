package org.quarryhep.pipeline;

import java.util.List;
import org.quarryhep.pipeline.AnalysisSchema.Key;

/**
 * The keys of a {@code statistics} entry, with its {@code scan}, {@code result}, {@code
 * systematics} and {@code regions}. A part of {@link AnalysisSchema#KEYS}, which joins the parts in
 * README order.
 */
final class StatisticsSchema {
    static final List<Key> KEYS =
            List.of(
                    new Key("statistics[]", "name", "string", "required", "key in results.json"),
                    new Key(
                            "statistics[]",
                            "method",
                            "asimov_limit | counting_limit | significance | histfactory | abcd"
                                    + " | roc",
                            "required",
                            "the method"),
                    new Key(
                            "statistics[]",
                            "histograms",
                            "list of names",
                            "required (abcd: regions)",
                            "histograms whose bins enter; several are combined"),
                    new Key(
                            "statistics[]",
                            "signal",
                            "sample name",
                            "required (not abcd)",
                            "signal sample or grid; one result per grid point"),
                    new Key(
                            "statistics[]",
                            "backgrounds",
                            "list of sample names",
                            "all background samples",
                            "backgrounds"),
                    new Key(
                            "statistics[]",
                            "threshold",
                            "number",
                            "3.841458820694124",
                            "asimov_limit: the q value of the limit"),
                    new Key(
                            "statistics[]",
                            "cl",
                            "number",
                            "0.95",
                            "counting_limit, histfactory: confidence level"),
                    new Key(
                            "statistics[]",
                            "background_uncertainty",
                            "number",
                            "0",
                            "counting_limit, significance: relative background uncertainty"),
                    new Key(
                            "statistics[]",
                            "scan",
                            "{histogram, keep: above | below, shape}",
                            "none",
                            "asimov_limit, counting_limit: best cut over the bin edges"),
                    new Key(
                            "statistics[]",
                            "signal_branching_ratio",
                            "number in (0, 1]",
                            "1",
                            "asimov_limit, counting_limit: the cross-section limit is divided by"
                                    + " it (a BR inside the signal's σ)"),
                    new Key(
                            "statistics[]",
                            "merge_bins",
                            "none | empty_background",
                            "none",
                            "asimov_limit, counting_limit: merge bins without background downwards"
                                    + " until each has some (else such a bin stops the entry)"),
                    new Key(
                            "statistics[]",
                            "result",
                            "{table, row, columns}",
                            "none",
                            "also write the result as a row of a top-level results.json table"),
                    new Key(
                            "statistics[]",
                            "systematics",
                            "list",
                            "none",
                            "histfactory: the systematics table"),
                    new Key(
                            "statistics[]",
                            "regions",
                            "{a, b, c, d}",
                            "required for abcd",
                            "abcd: the region histograms"),
                    new Key(
                            "statistics[].scan",
                            "histogram",
                            "name, or a list (shape)",
                            "required",
                            "histogram of the cut variable; with shape one per entry histogram"),
                    new Key(
                            "statistics[].scan",
                            "shape",
                            "boolean",
                            "false",
                            "the limit uses the entry's histograms of the events passing the cut"
                                    + " (else one counting bin); several cuts are scanned jointly"),
                    new Key(
                            "statistics[].scan",
                            "keep",
                            "above | below",
                            "above",
                            "keep events above (a score) or below (m_vis < f·m_H) the cut"),
                    new Key(
                            "statistics[].scan",
                            "common",
                            "group name",
                            "none",
                            "one-cut scans of a group also get one common cut: the least sum of"
                                    + " limit / the entry's best (common_cut, common_cut_*)"),
                    new Key(
                            "statistics[].result",
                            "table",
                            "string",
                            "required",
                            "the table's key in results.json (not one of the pipeline's keys)"),
                    new Key(
                            "statistics[].result",
                            "row",
                            "mapping name → value",
                            "required",
                            "the row's identifying cells; entries with equal cells fill one row"),
                    new Key(
                            "statistics[].result",
                            "columns",
                            "mapping column → result key",
                            "required",
                            "cells taken from the entry's result (e.g. mcol_fb:"
                                    + " cross_section_limit_fb, p_cut: best_cut, auc: auc)"),
                    new Key(
                            "statistics[].systematics[]",
                            "name",
                            "string",
                            "required",
                            "nuisance parameter (shared names are correlated)"),
                    new Key(
                            "statistics[].systematics[]",
                            "type",
                            "normsys | histosys | shapesys | lumi",
                            "required",
                            "modifier type"),
                    new Key(
                            "statistics[].systematics[]",
                            "samples",
                            "list of sample names",
                            "required",
                            "samples it acts on"),
                    new Key(
                            "statistics[].systematics[]",
                            "up",
                            "number",
                            "required (not histosys)",
                            "relative up variation (shapesys: per-bin, lumi: σ_L/L)"),
                    new Key(
                            "statistics[].systematics[]",
                            "down",
                            "number",
                            "= up",
                            "normsys: relative down variation"),
                    new Key(
                            "statistics[].systematics[]",
                            "up_histogram",
                            "name",
                            "required for histosys",
                            "histogram of the up-varied shape"),
                    new Key(
                            "statistics[].systematics[]",
                            "down_histogram",
                            "name",
                            "required for histosys",
                            "histogram of the down-varied shape"),
                    new Key("statistics[].regions", "a", "name", "required", "signal region A"),
                    new Key(
                            "statistics[].regions",
                            "b",
                            "name",
                            "required",
                            "control region B (shares a cut with A)"),
                    new Key(
                            "statistics[].regions",
                            "c",
                            "name",
                            "required",
                            "control region C (shares the other cut with A)"),
                    new Key(
                            "statistics[].regions",
                            "d",
                            "name",
                            "required",
                            "control region D (fails both)"));

    private StatisticsSchema() {}
}
