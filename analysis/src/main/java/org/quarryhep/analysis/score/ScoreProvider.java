package org.quarryhep.analysis.score;

import java.util.List;
import org.quarryhep.core.QuarryException;

/**
 * Supplies the ML scores that enter the analysis as variables ({@code {score: MODEL, features:
 * SET}} in the {@code variables} section). {@code analysis} defines this interface and the
 * orchestration fills it from {@code ml} models (native or ONNX), so that {@code analysis} does not
 * depend on {@code ml}.
 */
public interface ScoreProvider {
    /**
     * A scorer for one model, created once per {@link EventSelection} (so once per thread).
     *
     * @param model the model name from the analysis file
     * @param featureNames the columns the model will be given, in order; a provider checks them
     *     against the model's own feature names
     * @return the scorer
     * @throws QuarryException when the model is unknown or its features differ
     */
    ScoreFunction scorer(String model, List<String> featureNames);

    /** A provider for analyses without score variables: it refuses every model. */
    static ScoreProvider none() {
        return (model, features) -> {
            throw new QuarryException(
                    "the analysis uses the score of model '"
                            + model
                            + "' but no models were supplied");
        };
    }
}
