package org.quarryhep.pipeline;

/**
 * One stage applied to one item in a run.
 *
 * @param stage the stage
 * @param item the sample name, or the analysis name for analysis-wide stages
 * @param key the output's cache key (hex)
 * @param cached true when the output came from the cache
 * @param seconds wall time spent (0 for a cached output)
 */
public record StageRun(Stage stage, String item, String key, boolean cached, double seconds) {}
