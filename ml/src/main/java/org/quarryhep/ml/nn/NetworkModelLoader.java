package org.quarryhep.ml.nn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.ModelLoader;

/** Loads the network kinds ({@code mlp}, {@code resnet}, {@code deepsets}) of model files. */
public final class NetworkModelLoader implements ModelLoader {
    /** Creates the loader (called by {@link java.util.ServiceLoader}). */
    public NetworkModelLoader() {}

    @Override
    public Set<String> kinds() {
        return Set.of("mlp", "resnet", "deepsets");
    }

    @Override
    public Model fromWeights(ModelInfo info, JsonNode config, byte[] weights) {
        return NetworkModel.fromWeights(
                info, ModelFiles.MAPPER.convertValue(config, NetworkConfig.class), weights);
    }
}
