package org.quarryhep.ml.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.testkit.PeerScripts;

/** Runs the peer scripts of {@code src/test/resources/peers} and records validation numbers. */
final class Peers {
    private Peers() {}

    /** Runs a peer script with the given interpreter and parses its last output line as JSON. */
    static JsonNode run(Path python, String script, String... args)
            throws IOException, InterruptedException {
        return ModelFiles.MAPPER.readTree(PeerScripts.run(python, Peers.class, script, args));
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
