package org.quarryhep.pipeline;

import java.util.Locale;

/**
 * The stages of an analysis run, in execution order. Three steps of the list run inside
 * others or elsewhere: the parton shower is refused at validation until the {@code shower} module
 * provides it, applying the models happens as the histogram stage evaluates the score variables
 * (its key holds the trained models' keys), and the report is rendered by the {@code report} module
 * from results.json.
 */
public enum Stage {
    /** Integrates and generates a built-in process (or hashes external event files). */
    GENERATE,
    /** Parton shower of parton-level events (hadronisation off until the shower module has it). */
    SHOWER,
    /** Detector simulation into reconstructed events. */
    SIMULATE,
    /** Object definitions, the cut-flow and categories over reconstructed events. */
    SELECT,
    /** Feature tables per category. */
    FEATURES,
    /** Training of the models. */
    TRAIN,
    /** Histograms of variables (model scores included) per category at the luminosity. */
    HISTOGRAM,
    /** Limits, significances, workspaces and background predictions. */
    STATISTICS,
    /** The analysis's own code ({@code extensions:}, {@code pipeline.extension}). */
    EXTENSION;

    /** The lower-case name used on the command line, in the cache and in results.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The stage for a command-line name.
     *
     * @param id the name, e.g. "select"
     * @return the stage
     * @throws PipelineException for an unknown name
     */
    public static Stage of(String id) {
        for (Stage s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Stage s : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(s.id());
        }
        throw new PipelineException("unknown stage '" + id + "'; stages: " + known);
    }
}
