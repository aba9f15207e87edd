package org.quarryhep.ml.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                info,
                ModelFiles.MAPPER.convertValue(withMonitor(config), NetworkConfig.class),
                weights);
    }

    /**
     * Files written before the {@link Monitor} choice record a boolean {@code monitorAuc}; it maps
     * to {@code VAL_AUC} or {@code VAL_LOSS}.
     */
    private static JsonNode withMonitor(JsonNode config) {
        if (!config.has("monitorAuc") || !config.isObject()) {
            return config;
        }
        ObjectNode c = ((ObjectNode) config).deepCopy();
        boolean auc = c.remove("monitorAuc").asBoolean();
        c.put("monitor", (auc ? Monitor.VAL_AUC : Monitor.VAL_LOSS).name());
        return c;
    }
}
