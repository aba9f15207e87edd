package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;
import picocli.CommandLine;

/** {@code quarry processes} and {@code quarry generate} through the real command line. */
class GenerateCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void processesListsEveryBuiltInProcessAsJson() throws Exception {
        Run r = run("processes", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(11, doc.get("processes").size());
        assertEquals("drell-yan", doc.get("processes").get(0).get("name").asText());
        assertEquals("ee-qq", doc.get("processes").get(10).get("name").asText());
        assertTrue(doc.get("cuts").has("mmll"));
    }

    @Test
    void integrateOnlyGivesTheZPeakCrossSection() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Run r =
                run(
                        "generate",
                        "--process",
                        "drell-yan",
                        "--cut",
                        "mmll=60",
                        "--cut",
                        "mmllmax=120",
                        "--scale",
                        "91.188",
                        "--events",
                        "0",
                        "--points",
                        "10000",
                        "--seed",
                        "3",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        // DrellYanProcessTest checks this sigma against an independent luminosity integral:
        // 1456 pb (13 TeV, NNPDF23 LO, mu = M_Z); here 1% for the smaller integration.
        Tolerance.assertClose(1456.5, doc.get("cross_section_pb").asDouble(), 0.01, 0, "sigma");
        assertEquals(0, doc.get("events").asInt());
        assertEquals(247000, doc.get("lhapdf_id").asInt());
    }

    @Test
    void generateReportsEfficiencyAndRate() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Run r =
                run(
                        "generate",
                        "--process",
                        "ttbar",
                        "--param",
                        "decay=1",
                        "--events",
                        "500",
                        "--points",
                        "4000",
                        "--threads",
                        "2",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(500, doc.get("events").asInt());
        double eff = doc.get("unweighting_efficiency").asDouble();
        assertTrue(eff > 0 && eff <= 1, "efficiency " + eff);
        assertEquals(3, doc.get("idwtup").asInt());
    }

    @Test
    void lheOutputIsReadBackWithTheInitBlock(@TempDir Path tmp) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path lhe = tmp.resolve("zz.lhe");
        Run r =
                run(
                        "generate",
                        "--process",
                        "zz",
                        "--param",
                        "decay=2",
                        "--events",
                        "300",
                        "--points",
                        "4000",
                        "--threads",
                        "2",
                        "-o",
                        lhe.toString(),
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        long n = 0;
        try (EventReader reader = EventReaders.open(lhe)) {
            RunInfo run = reader.runInfo();
            assertEquals(3, run.weightingStrategy());
            assertEquals(247000, run.pdfSet1());
            assertEquals(2212, run.beam1().pdgId());
            Tolerance.assertClose(
                    doc.get("cross_section_pb").asDouble(),
                    run.processes().get(0).crossSectionPb(),
                    1e-6,
                    0,
                    "XSECUP");
            while (reader.hasNext()) {
                Event e = reader.next();
                assertEquals(5, e.processId());
                // q qbar -> Z Z -> 4 leptons: 2 incoming, 2 Z, 4 leptons.
                assertEquals(8, e.particles().size());
                assertEquals(4, e.finalState().size());
                n++;
            }
        }
        assertEquals(300, n);
    }

    @Test
    void weightedLheHasIdwtupFourAndMeanWeightSigma(@TempDir Path tmp) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path lhe = tmp.resolve("w.lhe.gz");
        Run r =
                run(
                        "generate",
                        "--process",
                        "smuon-pair",
                        "--events",
                        "4000",
                        "--weighted",
                        "--points",
                        "4000",
                        "--threads",
                        "2",
                        "-o",
                        lhe.toString(),
                        "--json");
        assertEquals(0, r.code(), r.err());
        double sigma = new ObjectMapper().readTree(r.out()).get("cross_section_pb").asDouble();
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        try (EventReader reader = EventReaders.open(lhe)) {
            assertEquals(4, reader.runInfo().weightingStrategy());
            while (reader.hasNext()) {
                double w = reader.next().weight();
                sum += w;
                sum2 += w * w;
                n++;
            }
        }
        assertEquals(4000, n);
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        // The mean weight of a weighted sample estimates sigma (4 standard errors).
        Tolerance.assertClose(sigma, mean, 0, 4 * err, "mean weight");
    }

    @Test
    void sameSeedWritesByteIdenticalLheAndAnotherSeedDoesNot(@TempDir Path tmp) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path[] files = {tmp.resolve("a.lhe"), tmp.resolve("b.lhe"), tmp.resolve("c.lhe")};
        String[] seeds = {"5", "5", "6"};
        String[] threads = {"1", "2", "2"};
        for (int i = 0; i < 3; i++) {
            Run r =
                    run(
                            "generate",
                            "--process",
                            "gg-s-mutau",
                            "--events",
                            "200",
                            "--points",
                            "4000",
                            "--seed",
                            seeds[i],
                            "--threads",
                            threads[i],
                            "-o",
                            files[i].toString());
            assertEquals(0, r.code(), r.err());
        }
        byte[] a = java.nio.file.Files.readAllBytes(files[0]);
        assertTrue(
                java.util.Arrays.equals(a, java.nio.file.Files.readAllBytes(files[1])),
                "same seed, 1 vs 2 threads");
        assertTrue(
                !java.util.Arrays.equals(a, java.nio.file.Files.readAllBytes(files[2])),
                "different seed");
    }

    @Test
    void configFileSuppliesSettingsAndCommandLineOverrides(@TempDir Path tmp) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path cfg = tmp.resolve("run.yaml");
        java.nio.file.Files.writeString(
                cfg,
                "process: drell-yan\nscale: '91.188'\nevents: 0\n"
                        + "cuts:\n  mmll: 60\n  mmllmax: 120\nparams:\n  lepton: 11\n");
        Run r =
                run(
                        "generate",
                        "--config",
                        cfg.toString(),
                        "--points",
                        "10000",
                        "--seed",
                        "3",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        // Same sigma as integrateOnlyGivesTheZPeakCrossSection (electrons = muons, massless).
        Tolerance.assertClose(1456.5, doc.get("cross_section_pb").asDouble(), 0.01, 0, "sigma");
        assertEquals(11.0, doc.get("parameters").get("lepton").asDouble());
        Path bad = tmp.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "process: drell-yan\nenergy: 13000\n");
        Run b = run("generate", "--config", bad.toString(), "--json");
        assertEquals(1, b.code());
        assertTrue(b.err().contains("/energy"), b.err());
    }

    @Test
    void unknownProcessAndCutExitWithOneAndNameTheField() {
        Run r = run("generate", "--process", "nope", "--events", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--process") && r.err().contains("nope"), r.err());
        Run c = run("generate", "--process", "drell-yan", "--cut", "ptx=3", "--events", "0");
        assertEquals(1, c.code());
        assertTrue(c.err().contains("ptx"), c.err());
        Run s = run("generate", "--process", "drell-yan", "--scale", "fast", "--events", "0");
        assertEquals(1, s.code());
        assertTrue(s.err().contains("--scale"), s.err());
    }
}
