package org.quarryhep.gen.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

/** Truncated and corrupted PDF files fail with a located {@link PdfFormatException}. */
class PdfParserFuzzTest {
    @Test
    void gridTruncatedAnywhereFailsWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path src = ReferenceData.require("pdf/NNPDF31_lo_as_0130/NNPDF31_lo_as_0130_0000.dat");
        List<String> lines = Files.readAllLines(src, StandardCharsets.US_ASCII);
        Path file = tmp.resolve("Cut_0000.dat");
        int n = lines.size();
        // 60 cut points spread over the file, including the header and both subgrid seams.
        for (int k = 1; k < 60; k++) {
            int keep = (int) ((long) n * k / 60);
            Files.write(file, lines.subList(0, keep), StandardCharsets.US_ASCII);
            PdfFormatException e =
                    assertThrows(
                            PdfFormatException.class,
                            () -> LhagridMember.read(file, 0),
                            "truncated after " + keep + " lines");
            assertTrue(e.getMessage().contains("Cut_0000.dat") && e.line() > 0, e.getMessage());
        }
    }

    @Test
    void corruptedNumberNamesItsLine(@TempDir Path tmp) throws IOException {
        Path src =
                ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed/NNPDF23_lo_as_0130_qed_0000.dat");
        List<String> lines =
                new java.util.ArrayList<>(Files.readAllLines(src, StandardCharsets.US_ASCII));
        lines.set(1000, lines.get(1000).replaceFirst("\\S+", "NaN"));
        Path file = tmp.resolve("Bad_0000.dat");
        Files.write(file, lines, StandardCharsets.US_ASCII);
        PdfFormatException e =
                assertThrows(PdfFormatException.class, () -> LhagridMember.read(file, 0));
        assertTrue(e.line() == 1001, e.getMessage());
    }

    @Test
    void badInfoValueNamesKeyAndLine(@TempDir Path tmp) throws IOException {
        Path info = tmp.resolve("X.info");
        Files.writeString(info, "# comment\nSetIndex: 5\nAlphaS_MZ: abc\n");
        PdfSetInfo parsed = PdfSetInfo.read(info);
        PdfFormatException e =
                assertThrows(PdfFormatException.class, () -> parsed.requireNumber("AlphaS_MZ"));
        assertTrue(e.getMessage().contains("AlphaS_MZ") && e.line() == 3, e.getMessage());
        Files.writeString(info, "SetIndex 5\n");
        PdfFormatException f = assertThrows(PdfFormatException.class, () -> PdfSetInfo.read(info));
        assertTrue(f.line() == 1, f.getMessage());
    }

    @Test
    void gridCutAtASubgridBoundaryIsCaughtByTheInfoRange(@TempDir Path tmp) throws IOException {
        Path dir = ReferenceData.require("pdf/NNPDF31_lo_as_0130");
        Path copy = Files.createDirectory(tmp.resolve("NNPDF31_lo_as_0130"));
        Files.copy(dir.resolve("NNPDF31_lo_as_0130.info"), copy.resolve("NNPDF31_lo_as_0130.info"));
        List<String> lines =
                Files.readAllLines(
                        dir.resolve("NNPDF31_lo_as_0130_0000.dat"), StandardCharsets.US_ASCII);
        // Header (2 lines) + '---', then the first subgrid: 3 knot lines, 150 x 12 rows, '---'.
        int end = 3 + 3 + 150 * 12 + 1;
        Files.write(
                copy.resolve("NNPDF31_lo_as_0130_0000.dat"),
                lines.subList(0, end),
                StandardCharsets.US_ASCII);
        PdfFormatException e = assertThrows(PdfFormatException.class, () -> PdfSet.load(copy, 0));
        assertTrue(e.getMessage().contains("QMax"), e.getMessage());
    }
}
