package org.quarryhep.pipeline.extension;

import java.io.IOException;
import java.util.Map;
import org.quarryhep.config.ConfigNode;

/**
 * An analysis's own code, run after the standard stages (the {@code extension} stage). An
 * implementation lives in the analysis's Maven module ({@code analyses/<name>/}), is registered in
 * {@code META-INF/services/org.quarryhep.pipeline.extension.AnalysisExtension} and is named in the
 * analysis file under {@code extensions: {<name>: <its config>}}.
 *
 * <p>Contract: {@link #validate} is called when the file is loaded, before any stage runs, and must
 * check its config node strictly (unknown keys, types, ranges, references to samples), throwing
 * {@link org.quarryhep.config.ConfigException} from the node ({@code ConfigNode.error}) so that the
 * message names the file and line. {@link #run} may read everything in the context but must write
 * only under {@link ExtensionContext#outputDir()}; it is run only when its cache key (its name,
 * {@link #version()}, its config's canonical text and every input's key) has no entry, so it must
 * be a function of those inputs (random numbers from {@code core.RandomStreams} seeded by {@link
 * AnalysisInfo#seed()}).
 */
public interface AnalysisExtension {
    /**
     * The key under {@code extensions:} that selects this extension.
     *
     * @return the name
     */
    String name();

    /**
     * The version of the extension's algorithm; a change re-runs it on cached inputs.
     *
     * @return a short version text
     */
    String version();

    /**
     * Checks the extension's config node against the validated analysis file.
     *
     * @param config the node under {@code extensions.<name>}
     * @param analysis the analysis file (its samples, models, collision)
     * @throws org.quarryhep.config.ConfigException naming the file, line and key that are wrong
     */
    void validate(ConfigNode config, AnalysisInfo analysis);

    /**
     * Runs the extension.
     *
     * @param context the run's inputs and the directory to write to
     * @return the entries it adds at the top level of {@code results.json} (JSON values: maps,
     *     lists, strings, numbers, booleans); they must not reuse the pipeline's own keys
     * @throws IOException when reading inputs or writing outputs fails
     */
    Map<String, Object> run(ExtensionContext context) throws IOException;
}
