package org.quarryhep.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageCacheTest {
    @TempDir Path dir;

    @Test
    void keyIsTheSha256OfTheLengthPrefixedFields() throws Exception {
        // The digest recomputed here from the documented layout: name length, ':', name, value
        // length, ':', value, newline; config sorted by name, inputs in order.
        StageKey k =
                StageKey.builder("select", "9.9")
                        .config("b", "2")
                        .config("a", "1")
                        .file("x.lhe", "ff")
                        .build();
        String text =
                "5:stage6:select\n"
                        + "6:quarry3:9.9\n"
                        + "8:config:a1:1\n"
                        + "8:config:b1:2\n"
                        + "5:input13:file:x.lhe:ff\n";
        String expected =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, k.hex());
    }

    @Test
    void everyIngredientChangesTheKey() {
        StageKey base = StageKey.builder("simulate", "1").config("card", "cms").build();
        assertNotEquals(base, StageKey.builder("simulate", "2").config("card", "cms").build());
        assertNotEquals(base, StageKey.builder("simulate", "1").config("card", "atlas").build());
        assertNotEquals(base, StageKey.builder("select", "1").config("card", "cms").build());
        assertNotEquals(
                base, StageKey.builder("simulate", "1").config("card", "cms").input(base).build());
    }

    @Test
    void anEntryAppearsOnlyWhenCommittedAndFreshIgnoresEarlierOnes() throws Exception {
        StageKey k = StageKey.builder("generate", "1").config("events", "10").build();
        StageCache cache = new StageCache(dir, false);
        try (StageCache.Pending p = cache.begin(k)) {
            Files.writeString(p.dir().resolve("out.txt"), "x");
            assertTrue(cache.find(k).isEmpty(), "not visible before commit");
        }
        assertTrue(cache.find(k).isEmpty(), "an abandoned entry leaves nothing");
        try (StageCache.Pending p = cache.begin(k)) {
            Files.writeString(p.dir().resolve("out.txt"), "y");
            p.commit();
        }
        assertEquals("y", Files.readString(cache.find(k).orElseThrow().resolve("out.txt")));
        StageCache fresh = new StageCache(dir, true);
        assertFalse(fresh.find(k).isPresent(), "--fresh ignores the earlier run's entry");
        try (StageCache.Pending p = fresh.begin(k)) {
            Files.writeString(p.dir().resolve("out.txt"), "z");
            p.commit();
        }
        assertEquals("z", Files.readString(fresh.find(k).orElseThrow().resolve("out.txt")));
    }
}
