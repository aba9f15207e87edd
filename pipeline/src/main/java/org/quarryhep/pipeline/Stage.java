package org.quarryhep.pipeline;

import java.util.Locale;

/** The stages of an analysis run, in execution order. */
public enum Stage {
    /** Integrates and generates a built-in process (or hashes external event files). */
    GENERATE,
    /** Parton shower and hadronisation of parton-level events. */
    SHOWER,
    /** Detector simulation into reconstructed events. */
    SIMULATE,
    /** Object definitions, the cut-flow and categories over reconstructed events. */
    SELECT,
    /** Feature tables per category. */
    FEATURES,
    /** Training of the models. */
    TRAIN,
    /** Model scores as variables. */
    APPLY,
    /** Histograms of variables per category at the luminosity. */
    HISTOGRAM,
    /** Limits, significances, workspaces and background predictions. */
    STATISTICS,
    /** Rendering of results.json (done by the report module after the run). */
    REPORT;

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
