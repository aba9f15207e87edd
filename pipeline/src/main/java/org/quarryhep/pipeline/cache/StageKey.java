package org.quarryhep.pipeline.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarryhep.core.QuarryVersion;

/**
 * The identity of one stage's output: a SHA-256 over the stage name, Quarry's version, the stage's
 * configuration (sorted by key, so map order does not matter) and the keys or file hashes of its
 * inputs (in the order given, which is part of the meaning).
 *
 * @param stage the stage name
 * @param hex the lower-case hex digest
 */
public record StageKey(String stage, String hex) {

    /** A short prefix of the digest for progress lines. */
    public String shortHex() {
        return hex.substring(0, 12);
    }

    /**
     * Starts a key for a stage under the running Quarry version.
     *
     * @param stage the stage name
     * @return a builder
     */
    public static Builder builder(String stage) {
        return new Builder(stage, QuarryVersion.get());
    }

    /**
     * Starts a key under an explicit Quarry version (tests show a version change re-runs stages).
     *
     * @param stage the stage name
     * @param quarryVersion the version string hashed into the key
     * @return a builder
     */
    public static Builder builder(String stage, String quarryVersion) {
        return new Builder(stage, quarryVersion);
    }

    /** Collects what a stage's output depends on. */
    public static final class Builder {
        private final String stage;
        private final String version;
        private final Map<String, String> config = new TreeMap<>();
        private final List<String> inputs = new ArrayList<>();

        private Builder(String stage, String version) {
            this.stage = stage;
            this.version = version;
        }

        /**
         * Adds a configuration value.
         *
         * @param name the setting's name
         * @param value its canonical text
         * @return this builder
         * @throws IllegalArgumentException when the name was added before
         */
        public Builder config(String name, String value) {
            if (config.put(name, value) != null) {
                throw new IllegalArgumentException("config '" + name + "' added twice");
            }
            return this;
        }

        /**
         * Adds every entry of a map, each name prefixed.
         *
         * @param prefix the prefix, e.g. "params."
         * @param values the values
         * @return this builder
         */
        public Builder configAll(String prefix, Map<String, ?> values) {
            values.forEach((k, v) -> config(prefix + k, String.valueOf(v)));
            return this;
        }

        /**
         * Adds an upstream stage's key.
         *
         * @param key the upstream key
         * @return this builder
         */
        public Builder input(StageKey key) {
            inputs.add(key.stage() + ":" + key.hex());
            return this;
        }

        /**
         * Adds an external input by its content hash.
         *
         * @param label what the input is (a file path as the user wrote it)
         * @param sha256 the file's SHA-256
         * @return this builder
         */
        public Builder file(String label, String sha256) {
            inputs.add("file:" + label + ":" + sha256);
            return this;
        }

        /** The key. */
        public StageKey build() {
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 missing from the JDK", e);
            }
            StringBuilder text = new StringBuilder();
            // Length-prefixed fields: no value can forge another field's boundary.
            field(text, "stage", stage);
            field(text, "quarry", version);
            config.forEach((k, v) -> field(text, "config:" + k, v));
            for (String in : inputs) {
                field(text, "input", in);
            }
            byte[] digest = md.digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new StageKey(stage, HexFormat.of().formatHex(digest));
        }

        private static void field(StringBuilder sb, String name, String value) {
            sb.append(name.length()).append(':').append(name);
            sb.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
