package org.quarryhep.ml;

import org.quarryhep.ml.table.FeatureTable;

/**
 * A trained model: classifier, regressor or likelihood-ratio estimator. Implementations hold native
 * resources (DJL, XGBoost, ONNX Runtime); close them with try-with-resources.
 */
public interface Model extends AutoCloseable {
    /** The model's description: kind, task, features, standardisation, config, provenance. */
    ModelInfo info();

    /**
     * Predicts one value per row: the signal probability for a classifier, the target for a
     * regressor, r(x) for a likelihood-ratio model. The table's columns are matched by name.
     *
     * @param table rows to evaluate; must contain every feature of {@link ModelInfo#features()}
     * @return one prediction per row
     * @throws IllegalArgumentException when a feature is missing from the table
     */
    float[] predict(FeatureTable table);

    /** The weights in the model's own serialisation (DJL parameters, XGBoost UBJSON). */
    byte[] weightBytes();

    /** Releases native resources. */
    @Override
    void close();
}
