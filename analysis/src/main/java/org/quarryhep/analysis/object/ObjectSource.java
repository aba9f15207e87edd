package org.quarryhep.analysis.object;

/** Where an object collection comes from: a list of the reconstructed event, or a merge. */
public enum ObjectSource {
    /** {@code ReconstructedEvent.electrons()}. */
    ELECTRONS("electrons"),
    /** {@code ReconstructedEvent.muons()}. */
    MUONS("muons"),
    /** {@code ReconstructedEvent.taus()} (hadronic τ candidates). */
    TAUS("taus"),
    /** {@code ReconstructedEvent.photons()}. */
    PHOTONS("photons"),
    /** {@code ReconstructedEvent.jets()}. */
    JETS("jets"),
    /** {@code ReconstructedEvent.vertices()} (displaced vertices; no four-momentum). */
    VERTICES("vertices"),
    /** The p_T-ordered union of other collections of the analysis, after overlap removal. */
    MERGED("merged");

    private final String key;

    ObjectSource(String key) {
        this.key = key;
    }

    /** The name used in the analysis file. */
    public String key() {
        return key;
    }
}
