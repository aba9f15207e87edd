package org.quarryhep.pipeline;

import java.util.List;

/**
 * The analysis file's keys, one table that the parser takes its allowed names from and that the
 * module README prints (a test checks the README against {@link #markdown()}), so the documentation
 * cannot drift from what the parser accepts.
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

    /** Every key, in README order. */
    public static final List<Key> KEYS =
            List.of(
                    new Key("", "version", "integer", "required", "schema version; must be 1"),
                    new Key("", "name", "string", "required", "the analysis name"),
                    new Key("", "title", "string", "the name", "the title of reports"),
                    new Key(
                            "",
                            "description",
                            "string",
                            "none",
                            "a sentence saying what the analysis does"),
                    new Key(
                            "",
                            "seed",
                            "integer",
                            "1",
                            "root seed; each sample's default seed derives from it and the"
                                    + " sample's name"),
                    new Key("", "collider", "mapping", "see below", "the collision"),
                    new Key("", "samples", "list", "required", "the samples, in order"),
                    new Key("", "chain", "mapping", "see below", "the simulation chain"),
                    new Key(
                            "",
                            "objects",
                            "mapping",
                            "required",
                            "object definitions (read by `analysis`)"),
                    new Key(
                            "",
                            "selection",
                            "mapping",
                            "required",
                            "cut-flow, categories, vetoes (read by `analysis`)"),
                    new Key(
                            "",
                            "variables",
                            "mapping",
                            "library only",
                            "derived variables (read by `analysis`)"),
                    new Key(
                            "",
                            "features",
                            "list",
                            "none",
                            "feature tables per category (read by `analysis`)"),
                    new Key(
                            "",
                            "histograms",
                            "list",
                            "none",
                            "histograms: variable, binning, category (read by `analysis`)"),
                    new Key(
                            "",
                            "models",
                            "list",
                            "none",
                            "training jobs whose scores become variables"),
                    new Key(
                            "",
                            "statistics",
                            "list",
                            "none",
                            "limits, significances, workspaces, ABCD"),
                    new Key(
                            "",
                            "profiles",
                            "mapping",
                            "none",
                            "2-D profiles: the mean of a variable in cells of two others (read by"
                                    + " `analysis`; `result` says where the pipeline puts one)"),
                    new Key(
                            "",
                            "bootstrap",
                            "mapping",
                            "none",
                            "statistical errors of the `asimov_limit` results by a Poisson"
                                    + " bootstrap of the events (an error without such an entry)"),
                    new Key(
                            "",
                            "extensions",
                            "mapping name → config",
                            "none",
                            "the analysis's own code run after the standard stages"
                                    + " (`pipeline.extension`); each config is checked by its"
                                    + " extension"),
                    new Key(
                            "profiles.*.result",
                            "key",
                            "string",
                            "required",
                            "the top-level results.json key (e.g. `score_map`); not one of"
                                    + " results.json's own keys nor a results table's name"),
                    new Key(
                            "profiles.*.result",
                            "entry",
                            "string",
                            "required",
                            "the entry under it (e.g. `0jet`): `x_variable`, `y_variable`,"
                                    + " `mean_of`, `x_edges`, `y_edges`, `means` ([ix][iy], null"
                                    + " where no event is), `entries`, `line_slope`"),
                    new Key(
                            "profiles.*.result",
                            "samples",
                            "list",
                            "required",
                            "the samples (a grid: every point) whose events are summed; at"
                                    + " least one"),
                    new Key(
                            "profiles.*.result",
                            "line_from_common",
                            "string",
                            "none",
                            "a `scan.common` group: its common cut c draws the line y = c·x on the"
                                    + " map (e.g. m_vis = f·m_H)"),
                    new Key(
                            "bootstrap",
                            "replicas",
                            "integer",
                            "required",
                            "replicas: each event of a sample that an `asimov_limit` entry uses"
                                    + " gets a Poisson(1) weight per replica (stream: the sample's"
                                    + " seed, child `bootstrap`, the event's index); each replica"
                                    + " repeats the entry (its scan included), and the points"
                                    + " carry `limit_rel_err`, the replicas' standard deviation"
                                    + " over the nominal limit"),
                    new Key("collider", "sqrt_s", "number (GeV)", "13000", "centre-of-mass energy"),
                    new Key(
                            "collider",
                            "pdf",
                            "string",
                            "NNPDF23_lo_as_0130_qed",
                            "LHAPDF set of the built-in generator"),
                    new Key(
                            "collider",
                            "scale",
                            "string",
                            "auto",
                            "scale choice (`quarry generate --scale`)"),
                    new Key(
                            "collider",
                            "luminosity_ifb",
                            "number (fb⁻¹)",
                            "required",
                            "integrated luminosity of all yields"),
                    new Key("samples[]", "name", "string", "required", "unique sample name"),
                    new Key(
                            "samples[]",
                            "role",
                            "signal | background",
                            "required",
                            "role in training and statistics"),
                    new Key(
                            "samples[]",
                            "process",
                            "string",
                            "one of process/files",
                            "built-in process (`quarry processes`)"),
                    new Key(
                            "samples[]",
                            "files",
                            "list of paths",
                            "one of process/files",
                            "external LHE/HepMC files, relative to the analysis file"),
                    new Key(
                            "samples[]",
                            "params",
                            "mapping name → number",
                            "process defaults",
                            "process or SM parameters"),
                    new Key(
                            "samples[]",
                            "grid",
                            "mapping name → list, or {from, to, points}",
                            "none",
                            "one sample per combination of parameter values, named"
                                    + " `name[p=v,...]`; the values become labels"),
                    new Key(
                            "samples[]",
                            "cuts",
                            "mapping name → number",
                            "none",
                            "generator cuts (MadGraph run-card names)"),
                    new Key(
                            "samples[]",
                            "events",
                            "integer",
                            "required for process; all for files",
                            "events to generate, or at most to read"),
                    new Key(
                            "samples[]",
                            "seed",
                            "integer",
                            "derived",
                            "the sample's seed (generator and detector streams)"),
                    new Key(
                            "samples[]",
                            "cross_section_pb",
                            "number (pb)",
                            "generator / file",
                            "σ the yields are normalised to"),
                    new Key("samples[]", "k_factor", "number", "1", "factor multiplying σ"),
                    new Key(
                            "samples[]",
                            "labels",
                            "mapping name → number",
                            "none",
                            "labels carried into feature tables (e.g. the mass hypothesis)"),
                    new Key("samples[].grid.*", "from", "number", "required", "first value"),
                    new Key("samples[].grid.*", "to", "number", "required", "last value"),
                    new Key(
                            "samples[].grid.*",
                            "points",
                            "integer ≥ 2",
                            "required",
                            "evenly spaced values from..to"),
                    new Key(
                            "chain",
                            "shower",
                            "boolean",
                            "false",
                            "parton shower with beam remnants (the shower module's default tune)"),
                    new Key(
                            "chain",
                            "hadronization",
                            "boolean",
                            "true",
                            "with the shower: hadronisation, then hadron and τ decays"),
                    new Key(
                            "chain",
                            "detector",
                            "string",
                            "cms",
                            "detector card: cms, atlas, hllhc or a card file"),
                    new Key("chain", "pileup", "number", "the card's", "mean pile-up interactions"),
                    new Key(
                            "chain",
                            "pileup_events",
                            "path",
                            "none",
                            "minimum-bias events to overlay (needed when pileup > 0)"),
                    new Key(
                            "models[]",
                            "name",
                            "string",
                            "required",
                            "the model, as named by {score: NAME} variables"),
                    new Key(
                            "models[]",
                            "features",
                            "feature set name",
                            "required",
                            "the table it trains on"),
                    new Key(
                            "models[]",
                            "samples",
                            "list of sample names",
                            "every sample",
                            "the samples whose rows train it (keep a test bench out)"),
                    new Key(
                            "models[]",
                            "label",
                            "label name",
                            "signal",
                            "the target column (signal: 1 for signal samples, 0 else)"),
                    new Key(
                            "models[]",
                            "training",
                            "mapping",
                            "ml defaults",
                            "`quarry train` config keys (model, network, bdt, seed, balance,"
                                    + " parameters, …) except the tables, label, weight and"
                                    + " output, which the pipeline sets"),
                    new Key(
                            "models[]",
                            "file",
                            "path",
                            "none (one of training/file)",
                            "a trained model instead of training: a Quarry model file or any"
                                    + " ONNX file, relative to the analysis file"),
                    new Key(
                            "models[]",
                            "explain",
                            "{key, rows, background, permutations, seed}",
                            "none",
                            "SHAP values of the trained model on its training table"),
                    new Key(
                            "models[].explain",
                            "key",
                            "string",
                            "the model's name",
                            "its key in results.json's shap (e.g. the category)"),
                    new Key("models[].explain", "rows", "integer", "500", "rows explained"),
                    new Key(
                            "models[].explain",
                            "background",
                            "integer",
                            "100",
                            "reference rows (permutation SHAP)"),
                    new Key(
                            "models[].explain",
                            "permutations",
                            "integer",
                            "10",
                            "permutations per row, each walked both ways"),
                    new Key("models[].explain", "seed", "integer", "1", "seed of the draws"),
                    new Key(
                            "models[]",
                            "regression",
                            "{mass, mcol, evaluate, restarts, selection_weight, key}",
                            "none (a classifier)",
                            "a mass regression of R = mass / mcol instead of a classifier;"
                                    + " training then takes model (resnet | mlp), seed,"
                                    + " validation_fraction and network only; results.json's"
                                    + " regression rows"),
                    new Key(
                            "models[].regression",
                            "mass",
                            "parameter or label name",
                            "required",
                            "the true-mass column of the feature set (a grid value)"),
                    new Key(
                            "models[].regression",
                            "mcol",
                            "column name",
                            "required",
                            "the reconstructed mass: the target's denominator and the baseline"),
                    new Key(
                            "models[].regression",
                            "evaluate",
                            "list of sample names",
                            "required",
                            "samples evaluated per true mass (a test bench, with the mass label)"),
                    new Key(
                            "models[].regression",
                            "restarts",
                            "integer",
                            "1",
                            "trainings from different seeds; the least S on the validation rows"
                                    + " is kept"),
                    new Key(
                            "models[].regression",
                            "selection_weight",
                            "number",
                            "50",
                            "w in S = σ_SD + w·|μ − m|, averaged over the masses"),
                    new Key(
                            "models[].regression",
                            "key",
                            "string",
                            "the feature set's name",
                            "the category cell of its rows in results.json's regression"),
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
