package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;

/**
 * {@code quarry} as a separate process in a folder with no {@code ../shared} beside it and neither
 * {@code QUARRY_SHARED_DATA} nor {@code LHAPDF_DATA_PATH} set: a user's fresh clone.
 */
class FreshCloneTest {
    private static void assumeNoSharedDataAbove(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            assumeFalse(
                    Files.isDirectory(d.resolve("../shared/data/pdf")),
                    "a ../shared/data is reachable from " + dir);
        }
    }

    @Test
    void generateRunsOnTheShippedPdfSet(@TempDir Path dir) throws Exception {
        assumeNoSharedDataAbove(dir);
        CliProcess q =
                CliProcess.start(
                        dir,
                        "generate",
                        "--process",
                        "drell-yan",
                        "--events",
                        "200",
                        "--points",
                        "4000",
                        "-o",
                        "dy.lhe");
        assertEquals(0, q.waitFor(120), q.err());
        assertTrue(q.out().contains("PDF NNPDF23_lo_as_0130_qed (LHAPDF 247000, shipped"), q.out());
        assertTrue(q.out().contains("events written to dy.lhe"), q.out());
        try (EventReader r = EventReaders.open(dir.resolve("dy.lhe"))) {
            RunInfo run = r.runInfo();
            // LHAPDF's pdfsets.index: NNPDF23_lo_as_0130_qed has id 247000.
            assertEquals(247000, run.pdfSet1());
            // The header records the built-in m_ll floor of Drell-Yan (issue 12, item 6).
            assertTrue(run.header().contains("\"cuts\":\"{mmll=10.0}\""), run.header());
        }
    }

    @Test
    void ctrlCDeletesTheTemporaryFileAndSaysNothingWasWritten(@TempDir Path dir) throws Exception {
        assumeNoSharedDataAbove(dir);
        CliProcess q =
                CliProcess.start(
                        dir,
                        "generate",
                        "--process",
                        "drell-yan",
                        "--events",
                        "900000",
                        "--points",
                        "4000",
                        "--threads",
                        "1",
                        "-o",
                        "big.lhe");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (partFiles(dir).isEmpty() && q.process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(partFiles(dir).isEmpty(), "no temporary file appeared: " + q.err());
        q.interrupt();
        int status = q.waitFor(60);
        // 130 = 128 + SIGINT, the status of a JVM ended by Ctrl-C.
        assertEquals(130, status, q.err());
        assertEquals(List.of(), partFiles(dir));
        assertFalse(Files.exists(dir.resolve("big.lhe")));
        String lastLine = q.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertEquals(
                "quarry generate: interrupted; nothing was written (big.lhe not created)",
                lastLine);
    }

    private static List<Path> partFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
