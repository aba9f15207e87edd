package org.quarryhep.ml.table;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

/**
 * Whatever the bytes, reading gives a table or a {@link TableFormatException} with the file (and
 * line where there is one), never another exception.
 */
class FeatureTablesFuzzTest {
    @TempDir Path dir;

    private void readOrFormatError(byte[] content, ColumnRoles roles, String what)
            throws Exception {
        Path f = dir.resolve("fuzz.dat");
        Files.write(f, content);
        try {
            FeatureTables.read(f, roles);
        } catch (TableFormatException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), what + ": " + e.getMessage());
        } catch (RuntimeException | java.io.IOException e) {
            fail(what + ": " + e, e);
        }
    }

    @Test
    void everyTruncationOfTheUciTestFile() throws Exception {
        byte[] all =
                Files.readAllBytes(
                        ReferenceData.require("ml-datasets/uci-higgs-subset-lightgbm/binary.test"));
        SplittableRandom r = new SplittableRandom(1);
        for (int k = 0; k < 300; k++) {
            int cut = r.nextInt(all.length);
            readOrFormatError(Arrays.copyOf(all, cut), ColumnRoles.ofLabel("c0"), "cut at " + cut);
        }
    }

    @Test
    void randomBytesGzipAndBinaryHeaders() throws Exception {
        SplittableRandom r = new SplittableRandom(2);
        for (int k = 0; k < 200; k++) {
            byte[] b = new byte[r.nextInt(1, 300)];
            r.nextBytes(b);
            readOrFormatError(b, ColumnRoles.ofLabel(null), "random " + k);
            byte[] gz = b.clone();
            gz[0] = 0x1f;
            if (gz.length > 1) {
                gz[1] = (byte) 0x8b;
            }
            readOrFormatError(gz, ColumnRoles.ofLabel(null), "gzip header " + k);
            byte[] qft = Arrays.copyOf("QFT1".getBytes(StandardCharsets.US_ASCII), 4 + b.length);
            System.arraycopy(b, 0, qft, 4, b.length);
            readOrFormatError(qft, ColumnRoles.ofLabel(null), "binary header " + k);
        }
        Path t = dir.resolve("t.qft");
        FeatureTables.writeBinary(
                FeatureTable.of(
                        List.of("a", "b"),
                        new float[][] {{1, 2}, {3, 4}},
                        new float[] {1, 0},
                        null,
                        Map.of()),
                t);
        byte[] good = Files.readAllBytes(t);
        for (int cut = 0; cut < good.length; cut++) {
            readOrFormatError(
                    Arrays.copyOf(good, cut), ColumnRoles.ofLabel(null), "binary cut " + cut);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("x,y\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] gzip = bytes.toByteArray();
        for (int cut = 2; cut < gzip.length; cut++) {
            readOrFormatError(
                    Arrays.copyOf(gzip, cut), ColumnRoles.ofLabel(null), "gzip cut " + cut);
        }
    }

    @Test
    void nanAndHugeNumbersAreValues() throws Exception {
        readOrFormatError(
                "x,y\nNaN,1e39\n-Infinity,3\n".getBytes(StandardCharsets.UTF_8),
                ColumnRoles.ofLabel("y"),
                "NaN");
    }
}
