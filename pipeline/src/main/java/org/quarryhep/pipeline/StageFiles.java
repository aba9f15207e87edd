package org.quarryhep.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.quarryhep.core.AtomicFile;

/** The small JSON records stages keep beside their outputs ({@code stage.json}). */
final class StageFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StageFiles() {}

    static void write(Path file, Object value) throws IOException {
        AtomicFile.write(file, tmp -> JSON.writeValue(tmp.toFile(), value));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Map.class);
    }
}
