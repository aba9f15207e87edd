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
            List.of("objects", "selection", "variables", "features", "histograms");

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
                            "extensions",
                            "mapping name → config",
                            "none",
                            "the analysis's own code run after the standard stages"
                                    + " (`pipeline.extension`); each config is checked by its"
                                    + " extension"),
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
                            "parton shower (default tune; hadronisation not yet)"),
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
                            "the table it trains on (every sample's rows)"),
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
                    new Key("statistics[]", "name", "string", "required", "key in results.json"),
                    new Key(
                            "statistics[]",
                            "method",
                            "asimov_limit | counting_limit | significance | histfactory | abcd",
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
                            "{histogram, keep: above | below}",
                            "none",
                            "asimov_limit, counting_limit: best cut over the bin edges"),
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
                            "name",
                            "required",
                            "histogram of the cut variable"),
                    new Key(
                            "statistics[].scan",
                            "keep",
                            "above | below",
                            "above",
                            "keep events above (a score) or below (m_vis < f·m_H) the cut"),
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
