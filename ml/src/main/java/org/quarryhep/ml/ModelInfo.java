package org.quarryhep.ml;

import java.util.List;
import java.util.Map;
import org.quarryhep.core.Provenance;
import org.quarryhep.ml.table.Standardizer;

/**
 * What a saved model carries besides its weights: the kind of model, the task, the feature names in
 * input order, the standardisation fitted on the training data, the training configuration, the
 * seed and the provenance (versions, inputs, time).
 *
 * @param kind the model family: {@code bdt}, {@code mlp}, {@code deepsets}, {@code resnet}
 * @param task what it predicts
 * @param features feature names in the order the model reads them
 * @param standardizer the input standardisation (identity for BDTs)
 * @param config the training configuration as a JSON-compatible map
 * @param seed the random seed of the training
 * @param provenance where the model came from
 * @param priorRatio for {@link Task#LIKELIHOOD_RATIO}: Σw(class 0)/Σw(class 1) of the training
 *     data, which turns the classifier odds into the density ratio; 1 otherwise
 */
public record ModelInfo(
        String kind,
        Task task,
        List<String> features,
        Standardizer standardizer,
        Map<String, Object> config,
        long seed,
        Provenance provenance,
        double priorRatio) {
    /** Copies the collections. */
    public ModelInfo {
        features = List.copyOf(features);
        config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }
}
