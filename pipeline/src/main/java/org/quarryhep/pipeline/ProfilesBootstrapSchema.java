package org.quarryhep.pipeline;

import java.util.List;
import org.quarryhep.pipeline.AnalysisSchema.Key;

/**
 * The keys of a profile's {@code result} and of {@code bootstrap}. A part of {@link
 * AnalysisSchema#KEYS}, which joins the parts in README order.
 */
final class ProfilesBootstrapSchema {
    static final List<Key> KEYS =
            List.of(
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
                                    + " over the nominal limit"));

    private ProfilesBootstrapSchema() {}
}
