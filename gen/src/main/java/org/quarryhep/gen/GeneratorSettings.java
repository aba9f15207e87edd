package org.quarryhep.gen;

/**
 * How the generator integrates and samples.
 *
 * @param seed the root seed of all random streams
 * @param threads worker threads (results do not depend on it)
 * @param warmupIterations VEGAS iterations that adapt the grid
 * @param finalIterations iterations with the frozen grid that give σ and the maximum weight
 * @param pointsPerIteration phase-space points per iteration
 * @param bins VEGAS bins per dimension
 * @param batchSize trial points per random stream during event generation
 */
public record GeneratorSettings(
        long seed,
        int threads,
        int warmupIterations,
        int finalIterations,
        int pointsPerIteration,
        int bins,
        int batchSize) {
    /** Points per random stream (partition) during integration. */
    public static final int CHUNK = 2000;

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException when a count is not positive
     */
    public GeneratorSettings {
        if (threads < 1
                || warmupIterations < 0
                || finalIterations < 1
                || pointsPerIteration < CHUNK
                || bins < 2
                || batchSize < 1) {
            throw new IllegalArgumentException(
                    "invalid generator settings: threads="
                            + threads
                            + ", warmup="
                            + warmupIterations
                            + ", final="
                            + finalIterations
                            + ", points="
                            + pointsPerIteration
                            + " (>= "
                            + CHUNK
                            + "), bins="
                            + bins
                            + ", batch="
                            + batchSize);
        }
    }

    /** Defaults: 6 adapting and 4 final iterations of 40 000 points, 50 bins, all cores. */
    public static GeneratorSettings defaults(long seed) {
        return new GeneratorSettings(
                seed, Runtime.getRuntime().availableProcessors(), 6, 4, 40_000, 50, 2000);
    }

    /** A copy with another thread count. */
    public GeneratorSettings withThreads(int n) {
        return new GeneratorSettings(
                seed, n, warmupIterations, finalIterations, pointsPerIteration, bins, batchSize);
    }

    /** A copy with another number of points per iteration. */
    public GeneratorSettings withPoints(int n) {
        return new GeneratorSettings(
                seed, threads, warmupIterations, finalIterations, n, bins, batchSize);
    }
}
