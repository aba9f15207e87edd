package org.quarryhep.pipeline.extension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.config.ConfigNode;

/**
 * Everything an extension may read, and where it writes.
 *
 * @param analysis the validated analysis file
 * @param config the extension's node under {@code extensions:}
 * @param samples every sample's outputs, in file order
 * @param models trained (or given) model name → its model file
 * @param outputDir the extension's own directory (a cache entry, published as {@code DIR/<name>/}
 *     after the run); files written elsewhere are not kept
 * @param threads the run's thread count (results must not depend on it)
 * @param progress progress reporting
 */
public record ExtensionContext(
        AnalysisInfo analysis,
        ConfigNode config,
        List<SampleOutputs> samples,
        Map<String, Path> models,
        Path outputDir,
        int threads,
        Progress progress) {
    /** Copies the collections. */
    public ExtensionContext {
        samples = List.copyOf(samples);
        models = Map.copyOf(models);
    }

    /**
     * A sample's outputs by name.
     *
     * @param name the sample name
     * @return the outputs, or empty
     */
    public Optional<SampleOutputs> sample(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Progress of an extension's steps, shown by {@code quarry run}. */
    public interface Progress {
        /**
         * A step starts.
         *
         * @param step what it does
         * @param total the amount of work, or −1 when unknown
         * @param unit what is counted
         */
        void started(String step, long total, String unit);

        /**
         * Work done so far in the current step.
         *
         * @param done the amount done
         */
        void progress(long done);
    }
}
