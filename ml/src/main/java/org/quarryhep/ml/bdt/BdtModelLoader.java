package org.quarryhep.ml.bdt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.ModelLoader;

/** Loads the {@code bdt} kind of model files. */
public final class BdtModelLoader implements ModelLoader {
    /** Creates the loader (called by {@link java.util.ServiceLoader}). */
    public BdtModelLoader() {}

    @Override
    public Set<String> kinds() {
        return Set.of("bdt");
    }

    @Override
    public Model fromWeights(ModelInfo info, JsonNode config, byte[] weights) {
        return BdtModel.fromWeights(info, weights);
    }
}
