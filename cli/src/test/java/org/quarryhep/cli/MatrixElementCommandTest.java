package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.process.DrellYanProcess;
import org.quarryhep.gen.process.TopPairProcess;

/**
 * {@code quarry matrix-element} through the real command line, against the hand-written closed
 * forms of {@code gen.process} (independent code) to relative 1e-10.
 */
class MatrixElementCommandTest {

    @TempDir Path dir;

    /**
     * Two 2 → 2 points at √s = 2E with the final pair at polar angle θ (cos = c) in the xz plane.
     */
    private Path twoPoints(double e, double mass, double c1, double c2) throws Exception {
        StringBuilder sb = new StringBuilder("# d d~ > e+ e- style points\n");
        for (double c : new double[] {c1, c2}) {
            double p = Math.sqrt(e * e - mass * mass);
            double s = Math.sqrt(1 - c * c);
            sb.append(e).append(" 0 0 ").append(e).append('\n');
            sb.append(e).append(" 0 0 ").append(-e).append('\n');
            sb.append(e).append(' ').append(p * s).append(" 0 ").append(p * c).append('\n');
            sb.append(e).append(' ').append(-p * s).append(" 0 ").append(-p * c).append("\n\n");
        }
        Path f = dir.resolve("points.txt");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void drellYanPointsMatchTheClosedForm() throws Exception {
        Path f = twoPoints(45, 0, 0.3, -0.8);
        CliRun r =
                run(
                        "matrix-element",
                        "--process",
                        "d d~ > e+ e-",
                        "--momenta",
                        f.toString(),
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("d d~ > e+ e-", doc.get("process").asText());
        StandardModel sm = StandardModel.madgraphDefaults();
        double s = 90 * 90;
        int i = 0;
        for (double c : new double[] {0.3, -0.8}) {
            // e+ along +c: t = (p_d - p_e-)^2 = -s(1 + c)/2, u = -s(1 - c)/2
            double t = -s * (1 + c) / 2;
            double u = -s * (1 - c) / 2;
            double expected = DrellYanProcess.matrixElement(sm, 1, s, t, u);
            assertEquals(
                    expected, doc.get("matrix_elements").get(i++).asDouble(), 1e-10 * expected);
        }
    }

    @Test
    void alphaSParameterIsUsedWithoutRunning() throws Exception {
        double mt = StandardModel.madgraphDefaults().mTop();
        Path f = twoPoints(400, mt, 0.5, 0.1);
        CliRun r =
                run(
                        "matrix-element",
                        "--process",
                        "u u~ > t t~",
                        "--momenta",
                        f.toString(),
                        "--param",
                        "aS=0.1",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        double s = 800 * 800;
        double p = Math.sqrt(400 * 400 - mt * mt);
        double t = mt * mt - 2 * 400 * (400 - p * 0.5);
        double gs2 = 4 * Math.PI * 0.1;
        double expected = gs2 * gs2 * TopPairProcess.quarkMatrixElement(s, t, mt);
        assertEquals(expected, doc.get("matrix_elements").get(0).asDouble(), 1e-10 * expected);
    }

    @Test
    void badInputNamesTheLineOrTheProblem() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "45 0 0 45\n45 0 0 -45\n45 x 0 45\n45 0 0 -45\n");
        CliRun r = run("matrix-element", "--process", "d d~ > e+ e-", "--momenta", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'x' is not a number"), r.err());
        Path h = dir.resolve("unbalanced.txt");
        Files.writeString(
                h, "45 0 0 45\n45 0 0 -45\n\n45 0 0 45\n45 0 0 -45\n46 0 0 45\n44 0 0 -45\n");
        CliRun unbalanced =
                run("matrix-element", "--process", "d d~ > e+ e-", "--momenta", h.toString());
        assertEquals(1, unbalanced.code());
        assertTrue(unbalanced.err().contains("has 2 momenta"), unbalanced.err());
        Files.writeString(h, "# c\n45 0 0 45\n45 0 0 -45\n45 1 0 45\n45 0 0 -45\n");
        CliRun noConservation =
                run("matrix-element", "--process", "d d~ > e+ e-", "--momenta", h.toString());
        assertEquals(1, noConservation.code());
        assertTrue(
                noConservation.err().contains("line 2 does not conserve momentum"),
                noConservation.err());
        Path g = twoPoints(45, 0, 0.3, 0.2);
        CliRun several =
                run("matrix-element", "--process", "p p > e+ e-", "--momenta", g.toString());
        assertEquals(1, several.code());
        assertTrue(several.err().contains("names 8 subprocesses"), several.err());
        CliRun param =
                run(
                        "matrix-element",
                        "--process",
                        "d d~ > e+ e-",
                        "--momenta",
                        g.toString(),
                        "--param",
                        "XYZ=1");
        assertEquals(1, param.code());
        assertTrue(param.err().contains("--param XYZ"), param.err());
    }

    /**
     * The heavy-neutrino parameters reach the model: at fixed momenta u d̄ → W_R* → e⁺N depends on
     * M_WR only through the s-channel propagator (the couplings are g_R = g_L whatever M_WR is), so
     * with the width held fixed the ratio of two runs is |s − M₁² + iM₁Γ|²/|s − M₂² + iM₂Γ|².
     */
    @Test
    void heavyNeutrinoParametersChangeOnlyThePropagator() throws Exception {
        double mN = 500;
        // √s = 2 TeV: |p| = (s − m_N²)/(2√s) = 937.5 GeV, E_N = 1062.5 GeV; e⁺ at cos θ = 0.4, −0.6
        StringBuilder points = new StringBuilder();
        for (double c : new double[] {0.4, -0.6}) {
            double px = 937.5 * Math.sqrt(1 - c * c);
            double pz = 937.5 * c;
            points.append("1000 0 0 1000\n1000 0 0 -1000\n");
            points.append("937.5 ").append(px).append(" 0 ").append(pz).append('\n');
            points.append("1062.5 ").append(-px).append(" 0 ").append(-pz).append("\n\n");
        }
        Path f = dir.resolve("heavy-neutrino.txt");
        Files.writeString(f, points.toString());
        double[] masses = {3000, 4000};
        double width = 100;
        double[][] values = new double[2][];
        for (int k = 0; k < 2; k++) {
            CliRun r =
                    run(
                            "matrix-element",
                            "--process",
                            "u d~ > e+ n1",
                            "--momenta",
                            f.toString(),
                            "--param",
                            "MN1=" + mN,
                            "--param",
                            "MWR=" + masses[k],
                            "--param",
                            "WWR=" + width,
                            "--json");
            assertEquals(0, r.code(), r.err());
            JsonNode me = new ObjectMapper().readTree(r.out()).get("matrix_elements");
            values[k] = new double[] {me.get(0).asDouble(), me.get(1).asDouble()};
        }
        double s = 2000.0 * 2000.0;
        double d3 = Math.pow(s - masses[0] * masses[0], 2) + Math.pow(masses[0] * width, 2);
        double d4 = Math.pow(s - masses[1] * masses[1], 2) + Math.pow(masses[1] * width, 2);
        for (int i = 0; i < 2; i++) {
            assertTrue(values[0][i] > 0, "point " + i);
            assertEquals(d3 / d4, values[1][i] / values[0][i], 1e-10 * d3 / d4, "point " + i);
        }
    }
}
