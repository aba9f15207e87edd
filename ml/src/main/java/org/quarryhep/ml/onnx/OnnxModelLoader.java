package org.quarryhep.ml.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.ModelLoader;

/** Opens ONNX files (protobuf, not Quarry model JSON) with ONNX Runtime on one thread. */
public final class OnnxModelLoader implements ModelLoader {
    /** Creates the loader (called by {@link java.util.ServiceLoader}). */
    public OnnxModelLoader() {}

    @Override
    public Set<String> kinds() {
        return Set.of();
    }

    @Override
    public Model fromWeights(ModelInfo info, JsonNode config, byte[] weights) {
        throw new UnsupportedOperationException("ONNX models are not Quarry model files");
    }

    @Override
    public boolean readsForeignFiles() {
        return true;
    }

    @Override
    public Model open(Path file) throws IOException {
        return OnnxModel.load(file, 1);
    }
}
