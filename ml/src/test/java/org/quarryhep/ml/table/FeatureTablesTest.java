package org.quarryhep.ml.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

class FeatureTablesTest {
    @TempDir Path dir;

    @Test
    void readsTheUciHiggsSubsetWithoutHeader() throws IOException {
        Path f = ReferenceData.require("ml-datasets/uci-higgs-subset-lightgbm/binary.train");
        FeatureTable t = FeatureTables.read(f, ColumnRoles.ofLabel("c0"));
        // ml-datasets/README.md: 7 000 rows, 3 716 signal, 28 features after the label.
        assertEquals(7000, t.rows());
        assertEquals(28, t.width());
        assertEquals("c1", t.names().get(0));
        assertClose(3716, t.classWeightSums()[0], 0, 0, "signal rows");
    }

    @Test
    void readsHiggsMlWithHeaderWordLabelsAndWeights() throws IOException {
        Path f = ReferenceData.require("ml-datasets/atlas-higgsml-kaggle-subset/train_sml_sig.csv");
        FeatureTable t =
                FeatureTables.read(
                        f,
                        ColumnRoles.ofLabel("Label")
                                .withWeight("Weight")
                                .withDrop(List.of("EventId", "KaggleSet", "KaggleWeight")));
        // ml-datasets/README.md: 4 999 rows, all Label = s, Σ Weight = 12.844438, 30 features.
        assertEquals(4999, t.rows());
        assertEquals(30, t.width());
        assertClose(12.844438, t.classWeightSums()[0], 1e-6, 0, "sum of weights");
        assertClose(0, t.classWeightSums()[1], 0, 0, "no background");
        // README: DER_mass_MMC = −999 in 158 signal rows.
        float[] mmc = t.column("DER_mass_MMC");
        int missing = 0;
        for (float x : mmc) {
            missing += x == -999f ? 1 : 0;
        }
        assertEquals(158, missing);
    }

    @Test
    void gzipAndBinaryRoundTripsKeepEveryValue() throws IOException {
        FeatureTable t =
                FeatureTable.of(
                        List.of("a", "b"),
                        new float[][] {{1.5f, -2.25f, 3e-7f}, {0f, 1e30f, -999f}},
                        new float[] {1, 0, 1},
                        new double[] {0.5, -1.25, 2},
                        Map.of("mass", new float[] {100, 200, 300}));
        Path gz = dir.resolve("t.csv.gz");
        FeatureTables.writeCsv(t, gz);
        byte[] head = Files.readAllBytes(gz);
        assertEquals(0x1f, head[0] & 0xff);
        FeatureTable back =
                FeatureTables.read(
                        gz,
                        ColumnRoles.ofLabel("label")
                                .withWeight("weight")
                                .withGroups(List.of("mass")));
        assertSame(t, back);
        Path bin = dir.resolve("t.qft");
        FeatureTables.writeBinary(t, bin);
        assertSame(t, FeatureTables.read(bin, ColumnRoles.ofLabel(null)));
    }

    private static void assertSame(FeatureTable a, FeatureTable b) {
        assertEquals(a.names(), b.names());
        for (int j = 0; j < a.width(); j++) {
            assertArrayEquals(a.column(j), b.column(j), 0f);
        }
        assertArrayEquals(a.labels(), b.labels(), 0f);
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertEquals(a.groupNames(), b.groupNames());
        assertArrayEquals(a.group("mass"), b.group("mass"), 0f);
    }

    /**
     * RFC 4180 quoting (section 2, rules 5–7): a quoted header name may hold the delimiter and a
     * doubled quote, and a quoted number is the number. The expected names and values are the
     * file's text read by hand.
     */
    @Test
    void quotedFieldsFollowRfc4180() throws IOException {
        Path f = dir.resolve("quoted.csv");
        Files.writeString(f, "\"m_jj, GeV\",\"the \"\"x\"\"\",label\n\"125.5\",2,s\n\n3,\"4\",b\n");
        FeatureTable t = FeatureTables.read(f, ColumnRoles.ofLabel("label"));
        assertEquals(List.of("m_jj, GeV", "the \"x\""), t.names());
        assertArrayEquals(new float[] {125.5f, 3}, t.column("m_jj, GeV"), 0f);
        assertArrayEquals(new float[] {2, 4}, t.column(1), 0f);
        assertArrayEquals(new float[] {1, 0}, t.labels(), 0f);
    }

    @Test
    void detectsSemicolonsAndWhitespace() throws IOException {
        Path f = dir.resolve("semi.txt");
        Files.writeString(f, "x;y;label\n1;2;1\n3;4;0\n");
        FeatureTable t = FeatureTables.read(f, ColumnRoles.ofLabel("label"));
        assertEquals(List.of("x", "y"), t.names());
        assertTrue(t.hasLabels());
        Path g = dir.resolve("ws.txt");
        Files.writeString(g, "  1  2\n3 4\n");
        FeatureTable u = FeatureTables.read(g, ColumnRoles.ofLabel(null));
        assertEquals(List.of("c0", "c1"), u.names());
        assertFalse(u.hasLabels());
        assertArrayEquals(new float[] {2, 4}, u.column("c1"), 0f);
    }

    @Test
    void badInputNamesFileLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.write(f, "x,y,label\n1,2,1\n3,oops,0\n".getBytes(StandardCharsets.UTF_8));
        TableFormatException e =
                assertThrows(
                        TableFormatException.class,
                        () -> FeatureTables.read(f, ColumnRoles.ofLabel("label")));
        assertEquals(f + ":3: column 'y': 'oops' is not a number", e.getMessage());
        Path g = dir.resolve("short.csv");
        Files.writeString(g, "x,y\n1,2\n3\n");
        e =
                assertThrows(
                        TableFormatException.class,
                        () -> FeatureTables.read(g, ColumnRoles.ofLabel(null)));
        assertEquals(g + ":3: expected 2 fields, found 1", e.getMessage());
        e =
                assertThrows(
                        TableFormatException.class,
                        () -> FeatureTables.read(g, ColumnRoles.ofLabel("z")));
        assertTrue(e.getMessage().contains("label column 'z' not found"), e.getMessage());
        Path bin = dir.resolve("trunc.qft");
        FeatureTables.writeBinary(
                FeatureTable.of(List.of("a"), new float[][] {{1, 2, 3}}, null, null, Map.of()),
                bin);
        byte[] all = Files.readAllBytes(bin);
        Files.write(bin, java.util.Arrays.copyOf(all, all.length - 5));
        e =
                assertThrows(
                        TableFormatException.class,
                        () -> FeatureTables.read(bin, ColumnRoles.ofLabel(null)));
        assertEquals(bin + ": binary table truncated", e.getMessage());
    }
}
