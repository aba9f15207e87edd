package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @Test
    void inputFileHashIsSha256(@TempDir Path dir) throws Exception {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        Path f = dir.resolve("abc.txt");
        Files.write(f, "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Provenance.InputFile.of(f).sha256());
    }

    @Test
    void jsonHasEveryFieldAndEscapesStrings() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process", "dy \"ee\"");
        Provenance p =
                Provenance.of("Test", config, 7, List.of(new Provenance.InputFile("a\\b", "00")));
        String json = p.toJson();
        assertTrue(json.startsWith("{\"component\":\"Test\""), json);
        assertTrue(json.contains("\"process\":\"dy \\\"ee\\\"\""), json);
        assertTrue(json.contains("\"seed\":7"), json);
        assertTrue(json.contains("\"path\":\"a\\\\b\""), json);
        assertTrue(json.contains("\"java_version\":\"" + System.getProperty("java.version")), json);
        assertEquals("\"\\u0001\"", Provenance.quote("\u0001"));
    }
}
