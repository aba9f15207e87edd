package org.quarryhep.pipeline;

import java.util.List;
import org.quarryhep.pipeline.AnalysisSchema.Key;

/**
 * The top level of the analysis file: its keys, one per section, in README order. A part of {@link
 * AnalysisSchema#KEYS}, which joins the parts in README order.
 */
final class TopLevelSchema {
    static final List<Key> KEYS =
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
                                    + " extension"));

    private TopLevelSchema() {}
}
