package org.quarryhep.gen.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.Tolerance;

class BundledPdfSetTest {
    private static final String SET = PdfSearchPath.DEFAULT_SET;

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void shippedFilesAreTheReferenceFiles() throws Exception {
        // Hashes from shared/data/pdf/README.md (the collection's provenance table): the shipped
        // grid is the unmodified Pythia 8.302 copy, the .info the collection's rebuilt file.
        Path dir = BundledPdfSets.directory().orElseThrow().resolve(SET);
        assertEquals(
                "5ac9499dcf7f6fe0a363f89f9320782f412eb91732725f7c435f0e2c119e2bf0",
                sha256(dir.resolve(SET + "_0000.dat")));
        assertEquals(
                "f21e3053170a833123378e7670ce4891cbd7904db8916b378fecb9c6b4240d2f",
                sha256(dir.resolve(SET + ".info")));
        assertTrue(Files.isRegularFile(dir.resolve("PROVENANCE.md")));
    }

    @Test
    void shippedSetLoadsAndAgreesWithLhapdf() {
        PdfSet set =
                new PdfSearchPath(List.of(BundledPdfSets.directory().orElseThrow())).load(SET, 0);
        assertEquals(247000, set.lhapdfId());
        // x u(x, Q) at x = 0.1, Q = 100 GeV: 5.87884152e-01 in the spot-value table of
        // shared/data/pdf/README.md (an independent reader that matches LHAPDF 6.5.6 to 1e-15);
        // the table quotes 9 digits, hence 1e-8 relative.
        Tolerance.assertClose(5.87884152e-01, set.xfxQ(2, 0.1, 100), 1e-8, 0, "x u(0.1, 100)");
    }

    @Test
    void theShippedSetIsLastOnTheStandardPath() {
        PdfSearchPath path = PdfSearchPath.standard(List.of(), Map.of());
        assertEquals(
                BundledPdfSets.directory().orElseThrow(),
                path.directories().get(path.directories().size() - 1));
    }

    @Test
    void missingSetNamesEachDirectoryOnceWithTheSetsItHolds(@TempDir Path tmp) throws IOException {
        Path lhapdf = Files.createDirectories(tmp.resolve("lhapdf"));
        Files.createDirectories(lhapdf.resolve("CT18LO"));
        Files.writeString(lhapdf.resolve("CT18LO/CT18LO.info"), "Format: lhagrid1\n");
        Path bundled = BundledPdfSets.directory().orElseThrow();
        PdfSearchPath path =
                new PdfSearchPath(List.of(lhapdf, tmp.resolve("none"), lhapdf, bundled));
        PdfSetNotFoundException e =
                assertThrows(PdfSetNotFoundException.class, () -> path.load("CT14lo", 0));
        String m = e.getMessage();
        assertTrue(m.contains("'CT14lo' not found"), m);
        assertTrue(m.contains(lhapdf + ": CT18LO"), m);
        assertEquals(m.indexOf(lhapdf + ":"), m.lastIndexOf(lhapdf + ":"), "listed once: " + m);
        assertTrue(m.contains(tmp.resolve("none") + ": no such directory"), m);
        assertTrue(m.contains(bundled + ": " + SET), m);
    }
}
