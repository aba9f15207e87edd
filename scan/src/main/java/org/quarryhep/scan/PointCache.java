package org.quarryhep.scan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.core.AtomicFile;

/**
 * Finished points on disk, {@code DIR/points/<key>.json}, one file per point written atomically as
 * the point finishes, so an interrupted scan resumes ({@code --resume}) without rerunning them. The
 * key is the SHA-256 of what the point computes (the runner's settings, the reported quantities,
 * the projections), its coordinates and its seed: a changed scan file misses the cache rather than
 * reusing stale numbers. Failed points are not cached.
 */
public final class PointCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final String fingerprint;

    /** The cache of a scan in {@code folder}. */
    public PointCache(Path folder, ScanDefinition def) {
        this.folder = folder;
        this.fingerprint = def.runnerFingerprint();
    }

    /** The cached outcome of a point, if any. */
    public Optional<PointOutcome> get(ScanPoint point) {
        Path file = file(point);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode results = JSON.readTree(file.toFile()).get("results");
            Map<String, Double> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = results.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), ResultsJson.readNumber(e.getValue()));
            }
            return Optional.of(PointOutcome.success(point, values, 0));
        } catch (IOException | RuntimeException e) {
            throw new ScanException("cannot read cached point " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores a successful outcome. */
    public void put(PointOutcome outcome) {
        if (!outcome.ok()) {
            return;
        }
        try {
            AtomicFile.write(
                    file(outcome.point()),
                    temp -> {
                        try (OutputStream out = Files.newOutputStream(temp);
                                JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                            g.writeStartObject();
                            ResultsJson.writePoint(g, outcome);
                            g.writeEndObject();
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the point cache in " + folder, e);
        }
    }

    private Path file(ScanPoint point) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String identity = fingerprint + "\n" + point.coordinateKey() + "\n" + point.seed();
            byte[] digest = sha.digest(identity.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
