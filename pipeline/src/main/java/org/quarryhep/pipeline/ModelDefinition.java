package org.quarryhep.pipeline;

import org.quarryhep.config.ConfigNode;
import org.quarryhep.ml.nn.NetworkConfig;

/**
 * One entry of the {@code models} section: a training job in {@code ml}'s training config language
 * on a feature set of every sample, whose score becomes a variable ({@code {score: NAME, features:
 * SET}} in {@code variables}), trained on the rows of the samples it lists (all by default), so
 * that an independent test bench can stay out of training.
 *
 * @param name the model's name
 * @param featureSet the feature set it trains on
 * @param label the label column (a label of the feature set; {@code signal} is the sample role)
 * @param training the {@code ml} training keys (model, network, bdt, seed, balance, …) as written,
 *     or {@code null} for a model given as a file
 * @param file a trained model to use instead of training (a Quarry model file or any ONNX file), or
 *     {@code null}
 * @param samples the sample names (groups: a grid's name stands for its points) whose rows train
 *     it; empty for every sample
 * @param explain SHAP values of the trained model to compute, or {@code null}
 * @param regression the mass regression this entry trains instead of a classifier, or {@code null}
 * @param field the JSON pointer of the entry
 */
public record ModelDefinition(
        String name,
        String featureSet,
        String label,
        ConfigNode training,
        java.nio.file.Path file,
        java.util.List<String> samples,
        Explain explain,
        Regression regression,
        String field) {
    /**
     * SHAP values of a trained model ({@code ml.shap.Explainers.explain}) on its training table.
     *
     * @param key the key of the ranking in results.json's {@code shap} (e.g. the category)
     * @param rows rows explained (drawn from the table)
     * @param background reference rows (permutation SHAP)
     * @param permutations permutations per row
     * @param seed the seed of the draws
     */
    public record Explain(String key, int rows, int background, int permutations, long seed) {}

    /**
     * A mass regression (analyses.md §1.10, Tables IV/V): a network regressing R = m / M_col on the
     * feature set's columns of the training samples, trained {@code restarts} times, the restart
     * with the least S = σ_SD + w·|μ − m| (averaged over the masses of the validation rows) kept,
     * then evaluated per true mass on the {@code evaluate} samples against M_col itself.
     *
     * @param key the category cell of its rows in results.json's {@code regression} table
     * @param mass the true-mass column: a parameter (or label) of the feature set
     * @param mcol the reconstructed-mass column of the feature set (the target's denominator and
     *     the baseline)
     * @param restarts trainings from different seeds
     * @param selectionWeight w in S
     * @param evaluate the samples (group names) it is evaluated on
     * @param network the network (a regression loss)
     * @param validationFraction the share of the training rows held out for early stopping and for
     *     scoring the restarts
     * @param seed the seed of the held-out rows and of the network
     * @param canonical the canonical text of the entry's regression and training keys (its cache
     *     key)
     */
    public record Regression(
            String key,
            String mass,
            String mcol,
            int restarts,
            double selectionWeight,
            java.util.List<String> evaluate,
            NetworkConfig network,
            double validationFraction,
            long seed,
            String canonical) {}

    /** True when the rows of the sample (its group name) train this model. */
    public boolean trainsOn(SampleDefinition s) {
        return samples.isEmpty() || samples.contains(s.group());
    }

    /** True when the model is given as a file and not trained. */
    public boolean isFile() {
        return file != null;
    }
}
