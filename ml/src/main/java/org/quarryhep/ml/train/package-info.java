/**
 * End-to-end training jobs: a {@link org.quarryhep.ml.train.TrainingSpec} (from a YAML/JSON config
 * or command-line flags) is run into a saved model plus test metrics and learning curves.
 */
package org.quarryhep.ml.train;
