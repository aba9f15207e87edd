package org.quarryhep.report.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the results came from: the analysis configuration's hash, the seeds, the versions of Quarry
 * and its engines, the inputs with their SHA-256, and when.
 *
 * @param command the command that made the results
 * @param configHash SHA-256 of the analysis configuration
 * @param seeds named seeds
 * @param versions named versions (quarry, java, os, engines)
 * @param inputs input files and their hashes
 * @param timestamp ISO-8601 UTC time the run finished
 */
public record RunProvenance(
        String command,
        String configHash,
        Map<String, Long> seeds,
        Map<String, String> versions,
        List<Input> inputs,
        String timestamp) {
    /** Copies the collections. */
    public RunProvenance {
        Checks.require(
                command != null && configHash != null && timestamp != null,
                "provenance needs command, config_hash and timestamp");
        seeds =
                java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(seeds == null ? Map.of() : seeds));
        versions =
                java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(versions == null ? Map.of() : versions));
        inputs = Checks.list(inputs);
    }

    /**
     * An input file.
     *
     * @param path the path as given
     * @param sha256 lower-case hex SHA-256
     */
    public record Input(String path, String sha256) {
        /** Checks the digest. */
        public Input {
            Checks.require(path != null, "input needs a path");
            Checks.require(
                    sha256 != null && sha256.matches("[0-9a-f]{64}"),
                    "input '" + path + "' needs a 64-digit hex sha256");
        }
    }
}
