package org.quarryhep.gen;

/** Receives progress of a long generator phase (the CLI shows it as a bar). */
@FunctionalInterface
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = (phase, done, total) -> {};

    /**
     * Reports progress.
     *
     * @param phase "integrate" or "generate"
     * @param done units done
     * @param total units in all
     */
    void progress(String phase, long done, long total);
}
