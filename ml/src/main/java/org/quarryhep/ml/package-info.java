/**
 * Quarry's machine-learning engine: models trained on tables of features (not on events), their
 * persistence with provenance, and the common {@link org.quarryhep.ml.Model} interface behind which
 * DJL, XGBoost4J and ONNX Runtime sit.
 */
package org.quarryhep.ml;
