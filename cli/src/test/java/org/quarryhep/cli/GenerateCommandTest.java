package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/** {@code quarry processes} and {@code quarry generate} through the real command line. */
class GenerateCommandTest {
    @Test
    void processesListsEveryBuiltInProcessAsJson() throws Exception {
        CliRun r = run("processes", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(11, doc.get("processes").size());
        assertEquals("drell-yan", doc.get("processes").get(0).get("name").asText());
        assertEquals("ee-qq", doc.get("processes").get(10).get("name").asText());
        assertTrue(doc.get("cuts").has("mmll"));
    }

    /** sigma(pp -> Z/gamma* -> ll), 60 < mll < 120 GeV, pb: see its first use. */
    private static final double LUMINOSITY_INTEGRAL_PB = 1455.63;

    @Test
    void integrateOnlyGivesTheZPeakCrossSection() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        CliRun r =
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
        // The reference is the luminosity integral of DrellYanProcessTest
        // (hadronicDrellYanMatchesTheLuminosityIntegral): the partonic qq -> gamma*/Z -> ll cross
        // section of physics-formulas.md §2 folded by adaptive quadrature with NNPDF23 LO
        // (as 0.130, QED) at mu = M_Z over u, d, s, c and their antiquarks, 13 TeV, 60 < mll <
        // 120 GeV: 1455.63 pb. Tolerance: 0.2% for that quadrature or four of the run's own MC
        // standard errors, whichever is larger.
        Tolerance.assertClose(
                LUMINOSITY_INTEGRAL_PB,
                doc.get("cross_section_pb").asDouble(),
                0.002,
                4 * doc.get("cross_section_error_pb").asDouble(),
                "sigma");
        assertEquals(0, doc.get("events").asInt());
        assertEquals(247000, doc.get("lhapdf_id").asInt());
    }

    @Test
    void generateReportsEfficiencyAndRate() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        CliRun r =
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
        CliRun r =
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
        CliRun r =
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
            CliRun r =
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
        // Everything but the provenance block, which records when and by which command line
        // (thread count and output path included) each file was made.
        String a = withoutProvenance(files[0]);
        assertEquals(a, withoutProvenance(files[1]), "same seed, 1 vs 2 threads");
        assertTrue(!a.equals(withoutProvenance(files[2])), "different seed");
    }

    private static String withoutProvenance(Path file) throws java.io.IOException {
        String text = java.nio.file.Files.readString(file);
        int from = text.indexOf("<" + org.quarryhep.core.Provenance.HEADER_TAG + ">");
        int to = text.indexOf("</" + org.quarryhep.core.Provenance.HEADER_TAG + ">");
        assertTrue(from >= 0 && to > from, "no provenance block in " + file);
        return text.substring(0, from) + text.substring(to);
    }

    @Test
    void configFileSuppliesSettingsAndCommandLineOverrides(@TempDir Path tmp) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path cfg = tmp.resolve("run.yaml");
        java.nio.file.Files.writeString(
                cfg,
                "process: drell-yan\nscale: '91.188'\nevents: 0\n"
                        + "cuts:\n  mmll: 60\n  mmllmax: 120\nparams:\n  lepton: 11\n");
        CliRun r =
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
        Tolerance.assertClose(
                LUMINOSITY_INTEGRAL_PB,
                doc.get("cross_section_pb").asDouble(),
                0.002,
                4 * doc.get("cross_section_error_pb").asDouble(),
                "sigma");
        assertEquals(11.0, doc.get("parameters").get("lepton").asDouble());
        Path bad = tmp.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "process: drell-yan\nenergy: 13000\n");
        CliRun b = run("generate", "--config", bad.toString(), "--json");
        assertEquals(1, b.code());
        assertTrue(b.err().contains("/energy"), b.err());
    }

    /**
     * A MadGraph process string through the tree-level engine: the same Drell–Yan luminosity
     * integral as {@link #integrateOnlyGivesTheZPeakCrossSection} (with MadGraph's default lepton
     * cuts switched off by −1), same tolerance; a bad particle name is an error naming it.
     */
    @Test
    void aMadGraphProcessStringIntegratesToTheLuminosityIntegral() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        CliRun r =
                run(
                        "generate",
                        "--process",
                        "p p > mu+ mu-",
                        "--cut",
                        "mmll=60",
                        "--cut",
                        "mmllmax=120",
                        "--cut",
                        "ptl=-1",
                        "--cut",
                        "etal=-1",
                        "--cut",
                        "drll=-1",
                        "--scale",
                        "91.188",
                        "--events",
                        "0",
                        "--points",
                        "10000",
                        "--threads",
                        "2",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        Tolerance.assertClose(
                LUMINOSITY_INTEGRAL_PB,
                doc.get("cross_section_pb").asDouble(),
                0.002,
                4 * doc.get("cross_section_error_pb").asDouble(),
                "sigma");
        CliRun bad = run("generate", "--process", "p p > mu+ zz", "--events", "0");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("zz"), bad.err());
    }

    @Test
    void unknownProcessAndCutExitWithOneAndNameTheField() {
        CliRun r = run("generate", "--process", "nope", "--events", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--process") && r.err().contains("nope"), r.err());
        CliRun c = run("generate", "--process", "drell-yan", "--cut", "ptx=3", "--events", "0");
        assertEquals(1, c.code());
        assertTrue(c.err().contains("ptx"), c.err());
        CliRun s = run("generate", "--process", "drell-yan", "--scale", "fast", "--events", "0");
        assertEquals(1, s.code());
        assertTrue(s.err().contains("--scale"), s.err());
    }

    @Test
    void absurdValuesAreUsageErrorsNamingTheOption(@TempDir Path tmp) {
        String[][] cases = {
            {"--points", "0", "--points: expected at least 2000"},
            {"--threads", "0", "--threads: expected at least 1"},
            {"--sqrt-s", "1e9", "--sqrt-s 1000000000 GeV: above 100000 GeV"},
            {"--sqrt-s", "NaN", "--sqrt-s: expected a positive energy"},
            {"--events", "-3", "--events: expected >= 0"},
            {"--alphas-running", "fast", "--alphas-running: expected pdf or madgraph"},
            {"--alphas-running", "madgraph", "only for MadGraph process strings"},
            {"-o", tmp.resolve("x.root").toString(), "cannot tell the event format"},
        };
        for (String[] c : cases) {
            CliRun r = run("generate", "--process", "ttbar", c[0], c[1], "--json");
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().startsWith("quarry generate: "), r.err());
            assertTrue(r.err().contains(c[2]), r.err());
            assertTrue(!r.err().contains("Exception"), r.err());
            assertTrue(r.out().contains("\"error\""), "JSON error document: " + r.out());
        }
    }

    @Test
    void belowThresholdSaysSo() {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        CliRun r = run("generate", "--process", "ttbar", "--sqrt-s", "300", "--events", "0");
        assertEquals(2, r.code(), r.err());
        // 2 m_t with MadGraph's default MT = 173 GeV.
        assertTrue(
                r.err()
                        .contains(
                                "--sqrt-s 300 GeV is below the production threshold of ttbar, 346.0 GeV"),
                r.err());
    }

    @Test
    void anExistingOutputNeedsForceAndAnInputIsNeverOverwritten(@TempDir Path tmp)
            throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path lhe = tmp.resolve("dy.lhe");
        java.nio.file.Files.writeString(lhe, "precious");
        CliRun r =
                run("generate", "--process", "drell-yan", "--events", "10", "-o", lhe.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("-o " + lhe + ": file exists; give --force"), r.err());
        assertEquals("precious", java.nio.file.Files.readString(lhe));

        Path cfg = tmp.resolve("run.yaml");
        java.nio.file.Files.writeString(cfg, "process: drell-yan\nevents: 10\n");
        CliRun self = run("generate", "--config", cfg.toString(), "-o", cfg.toString(), "--force");
        assertEquals(2, self.code(), self.err());
        assertTrue(self.err().contains("this is an input of the command"), self.err());

        CliRun forced =
                run(
                        "generate",
                        "--process",
                        "drell-yan",
                        "--events",
                        "10",
                        "--points",
                        "4000",
                        "-o",
                        lhe.toString(),
                        "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(java.nio.file.Files.readString(lhe).startsWith("<LesHouchesEvents"));
    }

    @Test
    void withoutOutputTheSummarySaysNothingIsSavedAndShowsTheBuiltInCut() {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        CliRun r = run("generate", "--process", "drell-yan", "--events", "20", "--points", "4000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("events not saved (give -o FILE.lhe to save them)"), r.out());
        // DrellYanProcess.DEFAULT_MLL_MIN: m_ll >= 10 GeV, where the photon pole is cut off.
        assertTrue(r.out().contains("cuts {mmll=10.0} (built in: {mmll=10.0})"), r.out());
        assertTrue(r.out().contains("seed 1"), r.out());
    }

    @Test
    void processesAndHelpShowTheDefaults() throws Exception {
        CliRun r = run("processes");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("built-in cut mmll >= 10"), r.out());
        assertTrue(r.out().contains("--sqrt-s 13000"), r.out());
        assertTrue(r.out().contains("--pdf NNPDF23_lo_as_0130_qed"), r.out());
        JsonNode doc = new ObjectMapper().readTree(run("processes", "--json").out());
        assertEquals(10.0, doc.get("processes").get(0).get("built_in_cuts").get("mmll").asDouble());
        assertEquals("1000", doc.get("generate_defaults").get("--events").asText());
        CliRun help = run("generate", "--help");
        for (String d : new String[] {"1000", "13000", "NNPDF23_lo_as_0130_qed", "auto"}) {
            assertTrue(help.out().contains("Default: " + d), d + " in " + help.out());
        }
        assertTrue(
                help.out().matches("(?s).*--seed=<seed>\\s+Random seed\\.\\s+Default: 1\\b.*"),
                help.out());
    }

    @Test
    void configRejectsUnknownKeysWithLineAndSuggestion(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "process: drell-yan\nevnets: 10\n");
        CliRun r = run("generate", "--config", bad.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.yaml:2"), r.err());
        assertTrue(r.err().contains("did you mean 'events'"), r.err());
        java.nio.file.Files.writeString(bad, "process: drell-yan\ncuts: {mmmll: 10}\n");
        CliRun c = run("generate", "--config", bad.toString());
        assertEquals(1, c.code(), c.err());
        assertTrue(
                c.err().contains("/cuts/mmmll") && c.err().contains("did you mean 'mmll'"),
                c.err());
    }

    @Test
    void aRequestBeyondTheFreeDiskSpaceIsRefusedWithItsEstimate(@TempDir Path tmp) {
        // 3e11 Drell-Yan events at about 540 bytes each (an LHE event of 5 particles) would need
        // some 160 TB: more than any test machine's disk, so the run must stop before generating.
        CliRun r =
                run(
                        "generate",
                        "--process",
                        "drell-yan",
                        "--events",
                        "300000000000",
                        "--points",
                        "4000",
                        "-o",
                        tmp.resolve("huge.lhe").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("300,000,000,000 events will take about"), r.err());
        assertTrue(r.err().contains("(measured on the first 20000 events)"), r.err());
        assertTrue(
                r.err()
                        .matches(
                                "(?s).*--events 300000000000: the output would take about [0-9.]+ [TP]B but .* free; ask for fewer events or write elsewhere.*"),
                r.err());
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("huge.lhe")));
    }

    @Test
    void aMissingPdfSetListsTheSetsFoundOncePerDirectory() {
        CliRun r = run("generate", "--process", "drell-yan", "--pdf", "CT14lo", "--events", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("PDF set 'CT14lo' not found"), r.err());
        // The set shipped in the gen jar is always on the path, so the list names it.
        assertTrue(r.err().contains(": NNPDF23_lo_as_0130_qed"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
