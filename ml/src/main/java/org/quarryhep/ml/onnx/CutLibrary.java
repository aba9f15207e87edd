package org.quarryhep.ml.onnx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named classifier cuts loaded from ONNX files, looked up by name (as an analysis config refers to
 * them). Closing the library closes the models.
 */
public final class CutLibrary implements AutoCloseable {
    private final Map<String, ClassifierCut> cuts = new LinkedHashMap<>();

    /**
     * Loads an ONNX classifier and registers it as a cut.
     *
     * @param name the cut's name
     * @param onnxFile the model
     * @param threshold the score threshold
     * @return this library
     * @throws IllegalArgumentException when the name is taken
     * @throws IOException when the file cannot be read
     */
    public CutLibrary add(String name, Path onnxFile, double threshold) throws IOException {
        if (cuts.containsKey(name)) {
            throw new IllegalArgumentException("a cut named '" + name + "' is already registered");
        }
        cuts.put(name, new ClassifierCut(name, OnnxModel.load(onnxFile, 1), threshold));
        return this;
    }

    /**
     * The cut with this name.
     *
     * @throws IllegalArgumentException naming the known cuts when there is none
     */
    public ClassifierCut get(String name) {
        ClassifierCut c = cuts.get(name);
        if (c == null) {
            throw new IllegalArgumentException(
                    "no cut named '" + name + "'; known: " + cuts.keySet());
        }
        return c;
    }

    @Override
    public void close() {
        cuts.values().forEach(c -> c.model().close());
    }
}
