package org.quarryhep.gen.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * The LHAPDF6 reader against {@code ../shared/data/pdf/spot_values.json}: off-knot values from the
 * independent Python reader {@code tools/lhagrid_reference.py} (which agrees with LHAPDF 6.5.6 to
 * 5e-15, README), knot values read directly from the grids, and the α_s table values.
 */
class PdfSetReferenceTest {
    private static final Map<String, Integer> PIDS =
            Map.of("g", 21, "u", 2, "d", 1, "ubar", -2, "dbar", -1, "s", 3, "c", 4, "b", 5);

    private static JsonNode spots() throws IOException {
        return new ObjectMapper().readTree(ReferenceData.require("pdf/spot_values.json").toFile());
    }

    private static PdfSet load(String set) {
        Path dir = ReferenceData.require("pdf/" + set);
        return PdfSet.load(dir, 0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"NNPDF23_lo_as_0130_qed", "NNPDF31_lo_as_0130", "NNPDF31_nnlo_as_0118_mc"})
    void offKnotValuesMatchTheReferenceInterpolator(String set) throws IOException {
        PdfSet pdf = load(set);
        JsonNode rows = spots().get(set).get("offknot_logbicubic");
        int checked = 0;
        for (JsonNode row : rows) {
            double x = row.get("x").asDouble();
            double q = row.get("Q").asDouble();
            for (var e : PIDS.entrySet()) {
                if (!row.has(e.getKey())) {
                    continue;
                }
                // README: a correct port of the log-bicubic interpolator agrees to ~1e-13 rel.
                Tolerance.assertClose(
                        row.get(e.getKey()).asDouble(),
                        pdf.xfxQ(e.getValue(), x, q),
                        1e-12,
                        1e-15,
                        set + " " + e.getKey() + " x=" + x + " Q=" + q);
                checked++;
            }
        }
        assertTrue(checked >= 27, "checked " + checked + " values");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"NNPDF23_lo_as_0130_qed", "NNPDF31_lo_as_0130", "NNPDF31_nnlo_as_0118_mc"})
    void knotValuesAreReproducedExactly(String set) throws IOException {
        PdfSet pdf = load(set);
        for (JsonNode row : spots().get(set).get("exact_knots")) {
            double x = row.get("x_knot").asDouble();
            double q = row.get("Q_knot").asDouble();
            for (String f : List.of("g", "u", "d", "ubar")) {
                // Knot values are printed with 8 significant digits in the grid file.
                Tolerance.assertClose(
                        row.get(f).asDouble(),
                        pdf.xfxQ(PIDS.get(f), x, q),
                        2e-7,
                        1e-12,
                        set + " knot " + f);
            }
        }
    }

    @Test
    void ipolAlphaSMatchesTheLhapdfRules() throws IOException {
        PdfSet pdf = load("NNPDF31_nnlo_as_0118_mc");
        JsonNode table = spots().get("NNPDF31_nnlo_as_0118_mc").get("alphas_ipol");
        table.fields()
                .forEachRemaining(
                        e ->
                                // spot_values.json: LHAPDF AlphaS_Ipol rules, Python reference.
                                Tolerance.assertClose(
                                        e.getValue().asDouble(),
                                        pdf.alphaS(Double.parseDouble(e.getKey())),
                                        1e-12,
                                        0,
                                        "alpha_s(" + e.getKey() + ")"));
    }

    @Test
    void oneLoopAlphaSOfTheDefaultSetMatchesTheRealTable() {
        PdfSet pdf = load("NNPDF23_lo_as_0130_qed");
        // pdf/README.md: the real 51-knot table gives 0.1300028 at Q=91.1876 and 0.1262725 at
        // 109.8541; the rebuilt 1-loop running reproduces them within 2e-7.
        Tolerance.assertClose(0.1300028, pdf.alphaS(91.1876), 0, 3e-7, "alpha_s(MZ)");
        Tolerance.assertClose(0.1262725, pdf.alphaS(109.8541), 0, 3e-7, "alpha_s(109.85)");
        assertEquals(247000, pdf.lhapdfId(), "pdfsets.index id of NNPDF23_lo_as_0130_qed");
    }

    @Test
    void gridFlavoursAreThoseTheInfoFileDeclares() {
        // The .info files' "Flavors" lines (LHAPDF metadata, written apart from the .dat grid):
        // NNPDF23_lo_as_0130_qed has six quark flavours, the gluon and the photon;
        // NNPDF31_lo_as_0130 five quark flavours and the gluon.
        assertEquals(
                List.of(-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 21, 22),
                sorted(load("NNPDF23_lo_as_0130_qed").grid().flavours()));
        assertEquals(
                List.of(-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 21),
                sorted(load("NNPDF31_lo_as_0130").grid().flavours()));
    }

    private static List<Integer> sorted(int[] ids) {
        return java.util.Arrays.stream(ids).sorted().boxed().toList();
    }

    @Test
    void multipleSubgridsAreUsedAcrossTheSeam() {
        PdfSet pdf = load("NNPDF31_lo_as_0130");
        assertEquals(2, pdf.grid().subgridCount());
        // pdf/README.md table, LHAPDF 6.5.6 oracle: lower subgrid and the seam (upper subgrid).
        Tolerance.assertClose(
                0.59171157373636274, pdf.grid().xfxQ2(2, 0.01, 21.443581872), 1e-12, 0, "u");
        Tolerance.assertClose(
                0.10979288216862154, pdf.grid().xfxQ2(-4, 0.01, 24.2064), 1e-12, 0, "cbar");
        // ForcePositive 2 clamps the negative raw s-bar at x=0.5, Q^2=3451.02 to 1e-10.
        assertEquals(1e-10, pdf.grid().xfxQ2(-3, 0.5, 3451.02));
    }

    @Test
    void extrapolationIsContinuousAtTheGridEdges() {
        PdfSet pdf = load("NNPDF23_lo_as_0130_qed");
        LhagridMember g = pdf.grid();
        // Continuity is the defining property of LHAPDF's continuation extrapolator.
        double xmin = g.xMin();
        Tolerance.assertClose(
                g.xfxQ2(21, xmin, 100), g.xfxQ2(21, xmin * (1 - 1e-9), 100), 1e-6, 0, "x edge");
        double q2min = g.qMin() * g.qMin();
        Tolerance.assertClose(
                g.xfxQ2(2, 0.1, q2min), g.xfxQ2(2, 0.1, q2min * (1 - 1e-9)), 1e-6, 0, "Q edge");
        double q2max = g.qMax() * g.qMax();
        Tolerance.assertClose(
                g.xfxQ2(2, 0.1, q2max), g.xfxQ2(2, 0.1, q2max * (1 + 1e-9)), 1e-6, 0, "Q max");
        assertEquals(0.0, g.xfxQ2(2, 1.0000001, 100), "x above 1");
    }

    @Test
    void searchPathHonoursLhapdfDataPath(@TempDir Path tmp) throws IOException {
        Path shared = ReferenceData.require("pdf");
        PdfSearchPath path =
                PdfSearchPath.standard(List.of(), Map.of("LHAPDF_DATA_PATH", tmp + ":" + shared));
        assertEquals(tmp, path.directories().get(0));
        assertEquals(247000, path.load("NNPDF23_lo_as_0130_qed", 0).lhapdfId());
        PdfSetNotFoundException e =
                assertThrows(PdfSetNotFoundException.class, () -> path.load("NoSuchSet", 0));
        assertTrue(e.getMessage().contains("NoSuchSet"), e.getMessage());
    }

    @Test
    void malformedGridNamesFileAndLine(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("Bad"));
        Files.writeString(dir.resolve("Bad.info"), "Format: lhagrid1\nAlphaS_MZ: 0.118\n");
        Files.writeString(
                dir.resolve("Bad_0000.dat"),
                "PdfType: central\nFormat: lhagrid1\n---\n1e-3 1\n1 10\n21 2\n0.1 0.2\n0.1 x\n");
        PdfFormatException e = assertThrows(PdfFormatException.class, () -> PdfSet.load(dir, 0));
        assertTrue(
                e.getMessage().contains("Bad_0000.dat") && e.getMessage().contains("8"),
                e.getMessage());
    }
}
