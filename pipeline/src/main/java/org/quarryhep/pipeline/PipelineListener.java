package org.quarryhep.pipeline;

/** Told what a run is doing, stage by stage, for progress bars and logs. */
public interface PipelineListener {
    /**
     * A stage starts working on an item.
     *
     * @param stage the stage
     * @param item the sample (or analysis) name
     * @param total the amount of work in {@code unit}s, or −1 when unknown
     * @param unit what is counted (events, iterations, bins)
     */
    void started(Stage stage, String item, long total, String unit);

    /**
     * Work done so far on the current item.
     *
     * @param done the amount done
     */
    void progress(long done);

    /**
     * A stage finished an item.
     *
     * @param stage the stage
     * @param item the item
     * @param cached true when the output came from the cache
     * @param key the output's cache key
     */
    void finished(Stage stage, String item, boolean cached, String key);

    /** A listener that ignores everything. */
    PipelineListener SILENT =
            new PipelineListener() {
                @Override
                public void started(Stage stage, String item, long total, String unit) {}

                @Override
                public void progress(long done) {}

                @Override
                public void finished(Stage stage, String item, boolean cached, String key) {}
            };
}
