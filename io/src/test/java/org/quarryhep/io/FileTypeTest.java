package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formats and compressions: told by name when writing, by content when reading (magic bytes of RFC
 * 1952 gzip {@code 1f 8b} and RFC 8878 zstd {@code 28 b5 2f fd}), so a misnamed file still reads.
 */
class FileTypeTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @CsvSource({
        "a.lhe, LHE, NONE",
        "a.lhe.gz, LHE, GZIP",
        "a.LHE.zst, LHE, ZSTD",
        "b.hepmc, HEPMC3, NONE",
        "b.hepmc3.gz, HEPMC3, GZIP",
        "c.hepmc2.zst, HEPMC2, ZSTD",
        "d.lhef, LHE, NONE",
    })
    void namesGiveFormatAndCompression(String name, EventFormat format, Compression compression) {
        assertEquals(format, EventFormat.fromFileName(name));
        assertEquals(compression, Compression.fromFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"events.txt", "events.gz", "events"})
    void unknownExtensionsAreRefusedWithTheName(String name) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EventFormat.fromFileName(name));
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"x.lhe.zst, LHE, ZSTD", "x.hepmc2.gz, HEPMC2, GZIP", "x.hepmc3, HEPMC3, NONE"})
    void contentDecidesWhenReadingEvenUnderAMisleadingName(
            String name, EventFormat format, Compression compression) throws Exception {
        Path good =
                Path.of(FileTypeTest.class.getResource("bad/good." + format.extension()).toURI());
        Path written = tmp.resolve(name);
        EventAssertions.write(written, format, EventAssertions.readAll(good));
        Path misnamed = tmp.resolve("misnamed.dat");
        java.nio.file.Files.copy(written, misnamed);
        assertEquals(new FileType(format, compression), EventReaders.detect(misnamed));
        assertEquals(
                EventAssertions.readAll(good).events(), EventAssertions.readAll(misnamed).events());
    }
}
