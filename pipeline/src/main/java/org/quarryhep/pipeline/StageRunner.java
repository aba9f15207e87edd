package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.quarryhep.pipeline.cache.StageCache;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * Runs stages through the content-addressed cache: a cached output is reused, a missing one is
 * written under its key, and {@code --only} stops the run at its stage. Every stage it meets is
 * recorded as a {@link StageRun}.
 */
final class StageRunner {
    private final StageCache cache;
    private final RunOptions options;
    private final PipelineListener listener;
    private final List<StageRun> runs;

    StageRunner(
            StageCache cache, RunOptions options, PipelineListener listener, List<StageRun> runs) {
        this.cache = cache;
        this.options = options;
        this.listener = listener;
        this.runs = runs;
    }

    /** Writes one stage's output. */
    interface Body {
        void write(Path dir) throws IOException;
    }

    /**
     * Finds a stage's output in the cache or runs it; empty when {@code --only} stops before it.
     */
    Optional<Path> run(Stage stage, String item, StageKey key, Body body) throws IOException {
        Optional<Stage> only = options.only();
        if (only.isPresent() && stage.compareTo(only.get()) > 0) {
            return Optional.empty();
        }
        Optional<Path> hit = cache.find(key);
        if (hit.isPresent()) {
            runs.add(new StageRun(stage, item, key.hex(), true, 0));
            listener.finished(stage, item, true, key.shortHex());
            return hit;
        }
        if (only.isPresent() && stage.compareTo(only.get()) < 0) {
            throw new PipelineException(
                    "--only "
                            + only.get().id()
                            + ": stage "
                            + stage.id()
                            + " has no cached output for "
                            + item
                            + " (key "
                            + key.shortHex()
                            + "); run without --only first");
        }
        long start = System.nanoTime();
        Path done;
        try (StageCache.Pending pending = cache.begin(key)) {
            try {
                body.write(pending.dir());
            } catch (IOException | RuntimeException e) {
                throw new StageFailedException(stage, item, e);
            }
            done = pending.commit();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        runs.add(new StageRun(stage, item, key.hex(), false, seconds));
        listener.finished(stage, item, false, key.shortHex());
        return Optional.of(done);
    }
}
