package org.quarryhep.config;

import java.util.List;

/**
 * One documented key of a configuration format: the reader passes the names to {@link
 * ConfigNode#allowOnly} and the same list renders the format's documentation, so the two cannot
 * drift apart.
 *
 * @param name the key as written in the file
 * @param type what it holds, e.g. {@code integer >= 1}, {@code list of strings}
 * @param defaultValue the value when absent ({@code required} for a required key, {@code -} when
 *     absence means "none")
 * @param meaning what it does
 */
public record ConfigKey(String name, String type, String defaultValue, String meaning) {
    /**
     * The names of a format's keys, for {@link ConfigNode#allowOnly}.
     *
     * @param keys the format's keys
     * @return their names in order
     */
    public static String[] names(List<ConfigKey> keys) {
        return keys.stream().map(ConfigKey::name).toArray(String[]::new);
    }

    /**
     * A Markdown table of a format's keys (key, type, default, meaning).
     *
     * @param keys the format's keys
     * @return the table, one row per key, ending with a newline
     */
    public static String markdownTable(List<ConfigKey> keys) {
        StringBuilder sb =
                new StringBuilder("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (ConfigKey k : keys) {
            sb.append("| `")
                    .append(k.name())
                    .append("` | ")
                    .append(k.type())
                    .append(" | ")
                    .append(k.defaultValue())
                    .append(" | ")
                    .append(k.meaning())
                    .append(" |\n");
        }
        return sb.toString();
    }
}
