package org.quarryhep.pipeline.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.quarryhep.config.ConfigNode;

/**
 * Finds the {@link AnalysisExtension}s on the class path ({@link ServiceLoader}) and resolves the
 * analysis file's {@code extensions:} section against them.
 */
public final class Extensions {
    /** The analysis file's section that names extensions. */
    public static final String SECTION = "extensions";

    private Extensions() {}

    /**
     * One extension as the analysis file uses it.
     *
     * @param extension the implementation
     * @param config its node under {@code extensions:}
     */
    public record Use(AnalysisExtension extension, ConfigNode config) {}

    /**
     * Every extension on the class path, by name.
     *
     * @return name → extension, sorted by name
     */
    public static Map<String, AnalysisExtension> available() {
        Map<String, AnalysisExtension> all = new TreeMap<>();
        for (AnalysisExtension e : ServiceLoader.load(AnalysisExtension.class)) {
            all.put(e.name(), e);
        }
        return all;
    }

    /**
     * Resolves and validates the file's {@code extensions:} section.
     *
     * @param section the section, or empty when the file has none
     * @param analysis the validated rest of the file
     * @return the uses, in file order
     * @throws org.quarryhep.config.ConfigException for an unknown name (listing the available ones)
     *     or an invalid extension config
     */
    public static List<Use> resolve(Optional<ConfigNode> section, AnalysisInfo analysis) {
        List<Use> uses = new ArrayList<>();
        if (section.isEmpty()) {
            return uses;
        }
        ConfigNode node = section.get();
        if (!node.isMapping()) {
            throw node.error("extensions: a mapping of extension name -> its config");
        }
        Map<String, AnalysisExtension> all = available();
        for (Map.Entry<String, ConfigNode> e : node.entries().entrySet()) {
            AnalysisExtension ext = all.get(e.getKey());
            if (ext == null) {
                throw e.getValue()
                        .error(
                                "unknown extension '"
                                        + e.getKey()
                                        + "'; on the class path: "
                                        + (all.isEmpty() ? "none" : String.join(", ", all.keySet()))
                                        + " (an analysis module must be a dependency of cli)");
            }
            ext.validate(e.getValue(), analysis);
            uses.add(new Use(ext, e.getValue()));
        }
        return uses;
    }
}
