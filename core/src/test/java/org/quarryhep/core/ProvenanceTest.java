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
    /** {@code printf '{"a":"1"}' | sha256sum} (GNU coreutils). */
    private static final String SHA256_OF_A1 =
            "9afeb0f2b203f254312ec8ded441d0318b7c34c57f8695ede42d2215a30c0960";

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

    @Test
    void configHashIsTheSha256OfTheConfigObjectAndTheCommandIsWritten() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("a", "1");
        Provenance p =
                Provenance.of("Test", config, 7, List.of())
                        .withCommand(List.of("generate", "--seed", "7"));
        assertEquals(SHA256_OF_A1, p.configSha256());
        String json = p.toJson();
        assertTrue(json.contains("\"config_sha256\":\"" + SHA256_OF_A1 + "\""), json);
        assertTrue(json.endsWith("\"command\":[\"generate\",\"--seed\",\"7\"]}"), json);
        assertEquals(List.of("generate", "--seed", "7"), p.command());
    }

    @Test
    void headerBlockIsFoundAgainInAHeader() {
        Provenance p = Provenance.of("Test", Map.of("k", "v"), 1, List.of());
        String header = "<header>\n<other>x</other>\n" + p.headerBlock() + "</header>\n";
        assertEquals(p.toJson(), Provenance.jsonInHeader(header).orElseThrow());
        assertTrue(Provenance.jsonInHeader("<header></header>").isEmpty());
    }

    @Test
    void derivedKeepsSeedAndInputsAndAddsConfig() {
        Provenance.InputFile f = new Provenance.InputFile("ws.json", "ab");
        Provenance p = Provenance.of("A", Map.of("x", "1"), 5, List.of(f));
        Provenance d = p.derived("B", Map.of("y", "2"));
        assertEquals("B", d.component());
        assertEquals(Map.of("x", "1", "y", "2"), d.config());
        assertEquals(5, d.seed());
        assertEquals(List.of(f), d.inputs());
    }
}
