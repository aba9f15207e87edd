package org.quarryhep.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a result came from: the component, its configuration, the seed, the input files with their
 * SHA-256, and the versions of Quarry, Java and the OS. Every model, cut-flow, limit and report
 * carries one.
 *
 * @param component the class or command that made the result
 * @param config configuration values as strings, in a stable order
 * @param seed the random seed (0 when the component uses no randomness)
 * @param inputs input files with checksums
 * @param quarryVersion Quarry's version
 * @param javaVersion the Java runtime version
 * @param os operating system name and version
 * @param arch processor architecture
 * @param timestamp when the result was made, ISO-8601 UTC
 */
public record Provenance(
        String component,
        Map<String, String> config,
        long seed,
        List<InputFile> inputs,
        String quarryVersion,
        String javaVersion,
        String os,
        String arch,
        String timestamp) {

    /** Copies the collections so the record is immutable. */
    public Provenance {
        config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
        inputs = List.copyOf(inputs);
    }

    /** Provenance for a result made now on this machine. */
    public static Provenance of(
            String component, Map<String, String> config, long seed, List<InputFile> inputs) {
        return new Provenance(
                component,
                config,
                seed,
                inputs,
                QuarryVersion.get(),
                System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                Instant.now().toString());
    }

    /** This provenance as a JSON object (keys in declaration order). */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "component", component).append(',');
        sb.append("\"config\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : config.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            field(sb, e.getKey(), e.getValue());
        }
        sb.append("},\"seed\":").append(seed).append(",\"inputs\":[");
        for (int i = 0; i < inputs.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('{');
            field(sb, "path", inputs.get(i).path()).append(',');
            field(sb, "sha256", inputs.get(i).sha256());
            sb.append('}');
        }
        sb.append("],");
        field(sb, "quarry_version", quarryVersion).append(',');
        field(sb, "java_version", javaVersion).append(',');
        field(sb, "os", os).append(',');
        field(sb, "arch", arch).append(',');
        field(sb, "timestamp", timestamp);
        return sb.append('}').toString();
    }

    private static StringBuilder field(StringBuilder sb, String key, String value) {
        return sb.append(quote(key)).append(':').append(quote(value));
    }

    /** A JSON string literal for a Java string (RFC 8259 escaping). */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * An input file and its SHA-256.
     *
     * @param path the path as given
     * @param sha256 lower-case hex digest of the file's bytes
     */
    public record InputFile(String path, String sha256) {
        /**
         * Hashes a file.
         *
         * @throws IOException when the file cannot be read
         */
        public static InputFile of(Path file) throws IOException {
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 missing from the JDK", e);
            }
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            return new InputFile(file.toString(), HexFormat.of().formatHex(md.digest()));
        }
    }
}
