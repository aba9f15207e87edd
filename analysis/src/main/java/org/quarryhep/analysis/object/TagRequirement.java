package org.quarryhep.analysis.object;

/** A requirement on a jet tag (b or τ). */
public enum TagRequirement {
    /** Tagged or not. */
    ANY,
    /** Tagged jets only ({@code bTag: true}). */
    REQUIRED,
    /** Untagged jets only ({@code bTag: false}). */
    VETOED;

    /**
     * Whether a jet with this tag state passes.
     *
     * @param tagged the jet's tag
     * @return whether it passes
     */
    public boolean accepts(boolean tagged) {
        return this == ANY || (this == REQUIRED) == tagged;
    }
}
