package org.quarryhep.pipeline;

import java.util.List;
import org.quarryhep.pipeline.AnalysisSchema.Key;

/**
 * The keys of a {@code models} entry, with its {@code explain} and {@code regression}. A part of
 * {@link AnalysisSchema#KEYS}, which joins the parts in README order.
 */
final class ModelsSchema {
    static final List<Key> KEYS =
            List.of(
                    new Key(
                            "models[]",
                            "name",
                            "string",
                            "required",
                            "the model, as named by {score: NAME} variables"),
                    new Key(
                            "models[]",
                            "features",
                            "feature set name",
                            "required",
                            "the table it trains on"),
                    new Key(
                            "models[]",
                            "samples",
                            "list of sample names",
                            "every sample",
                            "the samples whose rows train it (keep a test bench out)"),
                    new Key(
                            "models[]",
                            "label",
                            "label name",
                            "signal",
                            "the target column (signal: 1 for signal samples, 0 else)"),
                    new Key(
                            "models[]",
                            "training",
                            "mapping",
                            "ml defaults",
                            "`quarry train` config keys (model, network, bdt, seed, balance,"
                                    + " parameters, …) except the tables, label, weight and"
                                    + " output, which the pipeline sets"),
                    new Key(
                            "models[]",
                            "file",
                            "path",
                            "none (one of training/file)",
                            "a trained model instead of training: a Quarry model file or any"
                                    + " ONNX file, relative to the analysis file"),
                    new Key(
                            "models[]",
                            "explain",
                            "{key, rows, background, permutations, seed}",
                            "none",
                            "SHAP values of the trained model on its training table"),
                    new Key(
                            "models[].explain",
                            "key",
                            "string",
                            "the model's name",
                            "its key in results.json's shap (e.g. the category)"),
                    new Key("models[].explain", "rows", "integer", "500", "rows explained"),
                    new Key(
                            "models[].explain",
                            "background",
                            "integer",
                            "100",
                            "reference rows (permutation SHAP)"),
                    new Key(
                            "models[].explain",
                            "permutations",
                            "integer",
                            "10",
                            "permutations per row, each walked both ways"),
                    new Key("models[].explain", "seed", "integer", "1", "seed of the draws"),
                    new Key(
                            "models[]",
                            "regression",
                            "{mass, mcol, evaluate, restarts, selection_weight, key}",
                            "none (a classifier)",
                            "a mass regression of R = mass / mcol instead of a classifier;"
                                    + " training then takes model (resnet | mlp), seed,"
                                    + " validation_fraction and network only; results.json's"
                                    + " regression rows"),
                    new Key(
                            "models[].regression",
                            "mass",
                            "parameter or label name",
                            "required",
                            "the true-mass column of the feature set (a grid value)"),
                    new Key(
                            "models[].regression",
                            "mcol",
                            "column name",
                            "required",
                            "the reconstructed mass: the target's denominator and the baseline"),
                    new Key(
                            "models[].regression",
                            "evaluate",
                            "list of sample names",
                            "required",
                            "samples evaluated per true mass (a test bench, with the mass label)"),
                    new Key(
                            "models[].regression",
                            "restarts",
                            "integer",
                            "1",
                            "trainings from different seeds; the least S on the validation rows"
                                    + " is kept"),
                    new Key(
                            "models[].regression",
                            "selection_weight",
                            "number",
                            "50",
                            "w in S = σ_SD + w·|μ − m|, averaged over the masses"),
                    new Key(
                            "models[].regression",
                            "key",
                            "string",
                            "the feature set's name",
                            "the category cell of its rows in results.json's regression"));

    private ModelsSchema() {}
}
