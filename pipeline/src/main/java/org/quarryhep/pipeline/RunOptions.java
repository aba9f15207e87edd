package org.quarryhep.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run an analysis.
 *
 * @param outputDir where {@code results.json} and the cache ({@code cache/}) go
 * @param fresh ignore cached outputs of earlier runs
 * @param threads worker threads of each stage (results do not depend on it)
 * @param only run this stage alone: earlier stages must be cached, later ones are skipped
 */
public record RunOptions(Path outputDir, boolean fresh, int threads, Optional<Stage> only) {
    /**
     * Validates the thread count.
     *
     * @throws PipelineException when threads &lt; 1
     */
    public RunOptions {
        if (threads < 1) {
            throw new PipelineException("--threads must be >= 1, got " + threads);
        }
        // Absolute, so that the paths results.json records relative to it (cut-flow tables,
        // feature tables, models) relativize against cache paths built from it on a first run.
        outputDir = outputDir.toAbsolutePath().normalize();
    }
}
