package org.quarryhep.detector.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Provenance;
import org.quarryhep.detector.Lepton;
import org.quarryhep.detector.MissingEt;
import org.quarryhep.detector.Photon;
import org.quarryhep.detector.RecoJet;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.SecondaryVertex;
import org.quarryhep.detector.TauJet;

/** Write → read gives back the same events, across block boundaries, plain and gzip. */
class ColumnarFormatTest {

    static List<ReconstructedEvent> events(int n) {
        List<ReconstructedEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FourMomentum p = FourMomentum.ofPtEtaPhiM(10 + i * 0.37, 0.01 * i - 1, 0.003 * i, 0.1);
            List<Lepton> leptons = new ArrayList<>();
            for (int k = 0; k < i % 3; k++) {
                leptons.add(
                        new Lepton(p.times(k + 1), k % 2 == 0 ? 1 : -1, 0.01 * k, 0.02 * i, -0.1));
            }
            out.add(
                    new ReconstructedEvent(
                            1000 + i,
                            i % 4 == 0 ? new double[0] : new double[] {1.5, -0.25 * i},
                            i % 5,
                            leptons,
                            leptons.subList(0, Math.min(1, leptons.size())),
                            i % 2 == 0 ? List.of(new Photon(p, 0.05)) : List.of(),
                            i % 7 == 0 ? List.of(new TauJet(p, -1, 3)) : List.of(),
                            List.of(
                                    new RecoJet(p.times(3), true, false, 5, 17),
                                    new RecoJet(p, false, i % 7 == 0, 15, 4)),
                            new MissingEt(-p.px(), -p.py(), 3 * p.pt()),
                            i % 6 == 0
                                    ? List.of(
                                            new SecondaryVertex(
                                                    1,
                                                    2,
                                                    3,
                                                    Math.hypot(1, 2),
                                                    3,
                                                    new FourMomentum(3.5, -1.25, 7, 8.5),
                                                    -13,
                                                    22.5))
                                    : List.of()));
        }
        return out;
    }

    @Test
    void roundTripAcrossBlocksPlainAndGzip(@TempDir Path dir) throws IOException {
        List<ReconstructedEvent> in = events(ColumnarFormat.BLOCK_EVENTS + 37);
        for (String name : List.of("x.qreco", "x.qreco.gz")) {
            Path f = dir.resolve(name);
            try (ColumnarWriter w =
                    ColumnarWriter.open(
                            f, Provenance.of("test", Map.of("card", "CMS"), 3, List.of()))) {
                for (ReconstructedEvent e : in) {
                    w.accept(e);
                }
            }
            List<ReconstructedEvent> back = ColumnarReader.readAll(f);
            assertEquals(in, back);
            assertArrayEquals(in.get(5).weights(), back.get(5).weights());
            try (ColumnarReader r = ColumnarReader.open(f)) {
                assertEquals("CMS", r.provenanceConfig("card"));
            }
        }
        byte[] gz = Files.readAllBytes(dir.resolve("x.qreco.gz"));
        assertEquals((byte) 0x1f, gz[0], "the .gz file is gzip-compressed");
    }

    @Test
    void truncatedAndForeignFilesAreRejectedWithTheFileName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.qreco");
        try (ColumnarWriter w =
                ColumnarWriter.open(f, Provenance.of("test", Map.of(), 3, List.of()))) {
            for (ReconstructedEvent e : events(50)) {
                w.accept(e);
            }
        }
        byte[] all = Files.readAllBytes(f);
        Path cut = dir.resolve("cut.qreco");
        Files.write(cut, Arrays.copyOf(all, all.length - 100));
        ColumnarFormatException e =
                assertThrows(ColumnarFormatException.class, () -> ColumnarReader.readAll(cut));
        assertTrue(
                e.getMessage().contains("cut.qreco") && e.getMessage().contains("truncated"),
                e.getMessage());
        Path foreign = dir.resolve("foreign.qreco");
        Files.writeString(foreign, "<LesHouchesEvents version=\"3.0\">\n");
        ColumnarFormatException f2 =
                assertThrows(ColumnarFormatException.class, () -> ColumnarReader.open(foreign));
        assertTrue(
                f2.getMessage().contains("foreign.qreco") && f2.getMessage().contains("magic"),
                f2.getMessage());
    }

    @Test
    void versionOneFilesAreRefusedWithAMessageThatSaysWhy(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("new.qreco");
        try (ColumnarWriter w =
                ColumnarWriter.open(f, Provenance.of("test", Map.of(), 3, List.of()))) {
            w.accept(events(1).get(0));
        }
        byte[] all = Files.readAllBytes(f);
        // The int32 version follows the 8 magic bytes (ColumnarFormat); a version 1 file has 1.
        all[8] = 0;
        all[9] = 0;
        all[10] = 0;
        all[11] = 1;
        Path old = dir.resolve("old.qreco");
        Files.write(old, all);
        ColumnarFormatException e =
                assertThrows(ColumnarFormatException.class, () -> ColumnarReader.open(old));
        assertTrue(
                e.getMessage().contains("old.qreco")
                        && e.getMessage().contains("version 1")
                        && e.getMessage().contains("re-run quarry simulate"),
                e.getMessage());
    }

    @Test
    void abortedWriterLeavesNoFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("never.qreco");
        ColumnarWriter w = ColumnarWriter.open(f, Provenance.of("test", Map.of(), 3, List.of()));
        w.accept(events(1).get(0));
        w.abort();
        assertFalse(Files.exists(f));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "no temporary file is left behind");
        }
    }
}
