package org.quarryhep.detector.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Provenance;
import org.quarryhep.detector.ReconstructedEvent;

/**
 * Damaged files give events or a {@link ColumnarFormatException} / I/O error naming the file; never
 * a NullPointerException, an index error or an OutOfMemoryError.
 */
class ColumnarReaderFuzzTest {

    private static byte[] sample(Path dir) throws IOException {
        Path f = dir.resolve("s.qreco");
        try (ColumnarWriter w =
                ColumnarWriter.open(f, Provenance.of("fuzz", Map.of(), 1, List.of()))) {
            for (ReconstructedEvent e : ColumnarFormatTest.events(40)) {
                w.accept(e);
            }
        }
        return Files.readAllBytes(f);
    }

    private static void readExpectingCleanOutcome(Path f, String what) {
        try {
            ColumnarReader.readAll(f);
        } catch (ColumnarFormatException e) {
            assertTrue(
                    e.getMessage().contains(f.getFileName().toString()),
                    what + ": " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            // A damaged gzip stream or a short read: an I/O error is a clean outcome.
            assertTrue(e.getMessage() != null, what);
        }
    }

    @Test
    void everyTruncationIsRejectedCleanly(@TempDir Path dir) throws IOException {
        byte[] all = sample(dir);
        Path f = dir.resolve("cut.qreco");
        for (int len = 0; len < all.length; len += 29) {
            Files.write(f, Arrays.copyOf(all, len));
            final int n = len;
            try {
                ColumnarReader.readAll(f);
                throw new AssertionError(
                        "a file cut at " + n + " of " + all.length + " bytes was accepted");
            } catch (ColumnarFormatException | IOException | UncheckedIOException e) {
                assertTrue(e.getMessage() != null);
            }
        }
    }

    @Test
    void randomByteCorruptionNeverCrashes(@TempDir Path dir) throws IOException {
        byte[] all = sample(dir);
        SplittableRandom r = new SplittableRandom(99);
        Path f = dir.resolve("flip.qreco");
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = all.clone();
            int flips = 1 + r.nextInt(4);
            for (int k = 0; k < flips; k++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            Files.write(f, b);
            readExpectingCleanOutcome(f, "trial " + trial);
        }
    }
}
