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
 * SHA-256, the versions of Quarry, Java and the OS, and the command that reproduces it. Every
 * model, cut-flow, fit, hypothesis test, limit, generated sample and report carries one.
 *
 * <p>A provenance turns back into what reproduces its result: {@link #command()} is the {@code
 * quarry} command line (without the program name) that made it, when a command did; {@link
 * #config()} the configuration values, whose SHA-256 ({@link #configSha256()}) identifies them. In
 * an event file's header the provenance is one block, {@link #headerBlock()}: {@code
 * <quarry-provenance>}, this record's {@link #toJson() JSON} on one line, {@code
 * </quarry-provenance>}.
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
 * @param command the arguments of the {@code quarry} command that made the result (after the
 *     program name), empty when library code made it
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
        String timestamp,
        List<String> command) {

    /** The tag of the header block that holds a provenance in an event file. */
    public static final String HEADER_TAG = "quarry-provenance";

    /** Copies the collections so the record is immutable. */
    public Provenance {
        config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
        inputs = List.copyOf(inputs);
        command = List.copyOf(command);
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
                Instant.now().toString(),
                List.of());
    }

    /**
     * A result made from this one, now: another component, this configuration with {@code more}
     * added in key order (a key given again takes the new value), the same seed and inputs, no
     * command.
     *
     * @param by the component that made the new result
     * @param more its own configuration values
     * @return the new provenance
     */
    public Provenance derived(String by, Map<String, String> more) {
        Map<String, String> c = new LinkedHashMap<>(config);
        c.putAll(new java.util.TreeMap<>(more));
        return Provenance.of(by, c, seed, inputs);
    }

    /**
     * This provenance with the command that made the result.
     *
     * @param arguments the {@code quarry} arguments after the program name
     * @return the copy
     */
    public Provenance withCommand(List<String> arguments) {
        return new Provenance(
                component,
                config,
                seed,
                inputs,
                quarryVersion,
                javaVersion,
                os,
                arch,
                timestamp,
                arguments);
    }

    /**
     * This provenance with more configuration values and input files (the command's files).
     *
     * @param more configuration values added in key order (a key given again takes the new value)
     * @param files input files added after this provenance's
     * @return the copy
     */
    public Provenance with(Map<String, String> more, List<InputFile> files) {
        Map<String, String> c = new LinkedHashMap<>(config);
        c.putAll(new java.util.TreeMap<>(more));
        List<InputFile> in = new java.util.ArrayList<>(inputs);
        in.addAll(files);
        return new Provenance(
                component, c, seed, in, quarryVersion, javaVersion, os, arch, timestamp, command);
    }

    /**
     * The SHA-256 of the configuration: of its JSON object, keys in their order (lower-case hex).
     */
    public String configSha256() {
        return sha256(configJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The header block of an event file that holds this provenance (ends with a newline). */
    public String headerBlock() {
        return "<" + HEADER_TAG + ">\n" + toJson() + "\n</" + HEADER_TAG + ">\n";
    }

    /**
     * The JSON of the provenance block in an event file's header.
     *
     * @param header the header text (an LHE {@code <header>}, say)
     * @return the JSON between the tags, or empty when the header has no such block
     */
    public static java.util.Optional<String> jsonInHeader(String header) {
        String open = "<" + HEADER_TAG + ">";
        int a = header.indexOf(open);
        int b = header.indexOf("</" + HEADER_TAG + ">");
        if (a < 0 || b < a) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(header.substring(a + open.length(), b).strip());
    }

    /** This provenance as a JSON object (keys in declaration order). */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "component", component).append(',');
        sb.append("\"config\":").append(configJson()).append(',');
        field(sb, "config_sha256", configSha256());
        sb.append(",\"seed\":").append(seed).append(",\"inputs\":[");
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
        sb.append(",\"command\":[");
        for (int i = 0; i < command.size(); i++) {
            sb.append(i > 0 ? "," : "").append(quote(command.get(i)));
        }
        return sb.append("]}").toString();
    }

    private String configJson() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : config.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            field(sb, e.getKey(), e.getValue());
        }
        return sb.append('}').toString();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The SHA-256 of some bytes.
     *
     * @param bytes the bytes
     * @return the digest, lower-case hex
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
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
            MessageDigest md = newDigest();
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
