package org.quarryhep.ml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.quarryhep.ml.ModelFiles;

/** Runs the peer scripts of {@code src/test/resources/peers} and records validation numbers. */
final class Peers {
    private Peers() {}

    /** Runs a peer script with the given interpreter and parses its last output line as JSON. */
    static JsonNode run(Path python, String script, String... args)
            throws IOException, InterruptedException {
        Path file;
        try {
            file = Path.of(Peers.class.getResource("/peers/" + script).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(python.toString(), file.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "peer timed out");
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.trim().split("\n");
        return ModelFiles.MAPPER.readTree(lines[lines.length - 1]);
    }

    /**
     * Writes a result of a validation run to {@code target/validation/NAME.json} for the closing
     * note.
     */
    static void record(String name, Object result) throws IOException {
        Path dir = Path.of("target", "validation");
        Files.createDirectories(dir);
        ModelFiles.MAPPER.writeValue(dir.resolve(name + ".json").toFile(), result);
    }
}
