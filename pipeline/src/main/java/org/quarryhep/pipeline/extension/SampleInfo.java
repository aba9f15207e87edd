package org.quarryhep.pipeline.extension;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sample as the analysis file defines it.
 *
 * @param name the unique name (a grid point's {@code name[p=v,...]})
 * @param group the name as written in the file (a grid's name)
 * @param signal true for {@code role: signal}
 * @param process the built-in process, or "" for external files
 * @param params the process parameters as written (empty for files)
 * @param labels the sample's labels (grid values included)
 * @param seed the sample's seed
 */
public record SampleInfo(
        String name,
        String group,
        boolean signal,
        String process,
        Map<String, Double> params,
        Map<String, Double> labels,
        long seed) {
    /** Copies the maps, keeping their order. */
    public SampleInfo {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
