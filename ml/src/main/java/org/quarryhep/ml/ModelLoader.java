package org.quarryhep.ml;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Turns a saved model back into a {@link Model}, for one model family. {@link ModelFiles#load}
 * finds the loaders with {@link java.util.ServiceLoader} (each family registers its own in {@code
 * META-INF/services}), so that the model-file package does not depend on the families' packages,
 * which depend on it: no package cycle, and a new family plugs in without editing {@code
 * ModelFiles}.
 */
public interface ModelLoader {
    /**
     * The {@code kind} values of Quarry model files this loader reads, e.g. {@code "bdt"}.
     *
     * @return the kinds; empty for a loader of foreign files only
     */
    Set<String> kinds();

    /**
     * Builds a model from a Quarry model file's parts.
     *
     * @param info the model's description
     * @param config the file's {@code /config} node
     * @param weights the decoded weights
     * @return the model; close it
     * @throws IllegalArgumentException when the weights do not fit the config
     */
    Model fromWeights(ModelInfo info, JsonNode config, byte[] weights);

    /**
     * Whether this loader opens files that are not Quarry model JSON (e.g. ONNX protobuf).
     *
     * @return true for a foreign-format loader
     */
    default boolean readsForeignFiles() {
        return false;
    }

    /**
     * Opens a foreign-format file, for loaders whose {@link #readsForeignFiles()} is true.
     *
     * @param file the file
     * @return the model; close it
     * @throws IOException when the file cannot be read
     */
    default Model open(Path file) throws IOException {
        throw new UnsupportedOperationException(getClass().getName() + " reads no foreign files");
    }
}
