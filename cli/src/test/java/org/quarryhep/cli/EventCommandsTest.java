package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * {@code quarry inspect}, {@code convert} and {@code bench io} through the command line, checked
 * against {@code ../shared/data/events/inventory.json} (a plain text scan made when the files were
 * collected): counts exactly, sums of weights to relative 1e-12.
 */
class EventCommandsTest {
    private static final String FXFX = "events/lhe/pylhe-testfile-madgraph-2.2.1-Z-fxfx.lhe.gz";
    @TempDir Path tmp;

    static JsonNode inventory(String dir, String file) throws IOException {
        return new ObjectMapper()
                .readTree(ReferenceData.require("events/inventory.json").toFile())
                .path(dir)
                .path(file);
    }

    @Test
    void inspectJsonMatchesTheInventory() throws IOException {
        Path f = ReferenceData.require(FXFX);
        JsonNode inv = inventory("lhe", f.getFileName().toString());
        CliRun r = run("inspect", "--json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("LHE", j.get("format").asText());
        assertEquals("GZIP", j.get("compression").asText());
        assertEquals(inv.get("n_events").asLong(), j.get("events").asLong());
        assertEquals(
                inv.get("n_negative_weight_events").asLong(),
                j.get("negative_weight_events").asLong());
        Tolerance.assertClose(
                inv.get("sum_event_weights").asDouble(),
                j.get("sum_weights").asDouble(),
                1e-12,
                0,
                "sum of weights");
        Tolerance.assertClose(
                inv.get("sqrt_s_GeV").asDouble(),
                j.get("sqrt_s_gev").asDouble(),
                1e-12,
                0,
                "sqrt(s)");
        for (int i = 0; i < inv.get("processes_init").size(); i++) {
            Tolerance.assertClose(
                    inv.get("processes_init").get(i).get("xsec_pb").asDouble(),
                    j.get("processes").get(i).get("xsec_pb").asDouble(),
                    1e-15,
                    0,
                    "XSECUP " + i);
        }
        Tolerance.assertClose(
                inv.get("mean_particles_per_event").asDouble(),
                j.get("mean_particles").asDouble(),
                0,
                5e-4,
                "mean particles (inventory rounds to 1e-3)");
        long sum = 0;
        var it = j.get("process_ids").fields();
        while (it.hasNext()) {
            sum += it.next().getValue().asLong();
        }
        assertEquals(inv.get("n_events").asLong(), sum, "process-id counts add up to the events");
    }

    @Test
    void inspectTextNamesFormatBeamsAndCrossSections() {
        Path f = ReferenceData.require(FXFX);
        CliRun r = run("inspect", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("format       LHE (GZIP)"), r.out());
        assertTrue(r.out().contains("sqrt(s) = 7000.00 GeV"), r.out());
        // XSECUP of process 1 in the file's <init> block (inventory.json: 2315.2232 pb).
        assertTrue(r.out().contains("sigma = 2315.22 +- 3.84 pb"), r.out());
        assertTrue(r.out().contains("negative 1852"), r.out());
    }

    @Test
    void convertWritesAFileThatInspectsToTheSameCounts() throws IOException {
        Path f = ReferenceData.require("events/hepmc/hepmc3-inputIO6-pp13TeV-9ev.hepmc2");
        JsonNode inv = inventory("hepmc", f.getFileName().toString());
        Path out = tmp.resolve("io6.hepmc3.zst");
        CliRun c = run("convert", "--json", f.toString(), "-o", out.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals(
                inv.get("n_events").asLong(),
                new ObjectMapper().readTree(c.out()).get("events").asLong());
        JsonNode j = new ObjectMapper().readTree(run("inspect", "--json", out.toString()).out());
        assertEquals("HEPMC3", j.get("format").asText());
        assertEquals("ZSTD", j.get("compression").asText());
        assertEquals(inv.get("n_particles").asLong(), j.get("particles").asLong());
        assertEquals(inv.get("n_vertices").asLong(), j.get("vertices").asLong());
    }

    @Test
    void convertToLheTakesTheBeamsFromHepMcBeamParticles() throws IOException {
        // hepmc3-example-ee_Z_tautau-100ev.hepmc3, first event: P 1 (e-, status 4) and P 4
        // (e+, status 4), each with E = 46.000000000000007 GeV.
        Path f = ReferenceData.require("events/hepmc/hepmc3-example-ee_Z_tautau-100ev.hepmc3");
        Path out = tmp.resolve("tautau.lhe");
        assertEquals(0, run("convert", f.toString(), "-o", out.toString()).code());
        JsonNode j = new ObjectMapper().readTree(run("inspect", "--json", out.toString()).out());
        assertEquals(11, j.get("beams").get(0).get("pdg_id").asInt());
        assertEquals(-11, j.get("beams").get(1).get("pdg_id").asInt());
        Tolerance.assertClose(92.0, j.get("sqrt_s_gev").asDouble(), 1e-12, 0, "2 x 46 GeV");
        assertEquals(100, j.get("events").asInt());
    }

    @Test
    void convertOfABadFileFailsWithFileAndLineAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.hepmc3");
        Files.writeString(
                bad, "HepMC::Asciiv3-START_EVENT_LISTING\nE 0 0 1\nP 1 0 22 1 2 x 4 0 1\n");
        Path out = tmp.resolve("out.lhe");
        CliRun r = run("convert", bad.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(
                r.err().contains(bad + ":3: bad pz: expected a finite number, found 'x'"), r.err());
        assertFalse(Files.exists(out), "no output after a failed conversion");
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
        CliRun lenient =
                run("convert", "--lenient", "--json", bad.toString(), "-o", out.toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertEquals(1, new ObjectMapper().readTree(lenient.out()).get("skipped_events").asInt());
    }

    @Test
    void convertRefusesToWriteOverItsInputOrAnExistingFile() throws IOException {
        Path f = ReferenceData.require("events/lhe/pylhe-testfile-powheg-box-v2-Z.lhe");
        Path copy = tmp.resolve("dy.lhe");
        Files.copy(f, copy);
        byte[] before = Files.readAllBytes(copy);
        CliRun self = run("convert", copy.toString(), "-o", copy.toString(), "--force", "--json");
        assertEquals(2, self.code(), self.err());
        assertTrue(
                self.err()
                        .contains(
                                "quarry convert: -o "
                                        + copy
                                        + ": this is an input of the command; write to another"
                                        + " file"),
                self.err());
        assertTrue(new ObjectMapper().readTree(self.out()).has("error"), self.out());
        Path other = tmp.resolve("dy.hepmc3");
        Files.writeString(other, "old");
        CliRun exists = run("convert", copy.toString(), "-o", other.toString());
        assertEquals(2, exists.code(), exists.err());
        assertTrue(
                exists.err().contains("file exists; give --force to overwrite it"), exists.err());
        assertEquals("old", Files.readString(other));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)), "input untouched");
        assertEquals(0, run("convert", copy.toString(), "-o", other.toString(), "--force").code());
    }

    @Test
    void aStaleTemporaryFileOfTheOutputIsRemovedAndReported() throws Exception {
        Path f = ReferenceData.require("events/lhe/pylhe-testfile-powheg-box-v2-Z.lhe");
        // A process that has exited: the temporary file it named is a leftover.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = tmp.resolve(".z.hepmc3." + gone.pid() + "-abc.part");
        Files.write(stale, new byte[171_000]);
        CliRun r = run("convert", f.toString(), "-o", tmp.resolve("z.hepmc3").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale));
        assertTrue(
                r.err()
                        .contains(
                                "quarry convert: removed "
                                        + stale.getFileName()
                                        + " (171 kB) left by an interrupted run"),
                r.err());
    }

    @Test
    void inspectOfAnUnknownFileFailsWithJsonError() throws IOException {
        Path bad = tmp.resolve("notes.txt");
        Files.writeString(bad, "just some text\n");
        CliRun r = run("inspect", "--json", bad.toString());
        assertEquals(1, r.code());
        assertTrue(
                new ObjectMapper()
                        .readTree(r.out())
                        .get("error")
                        .asText()
                        .startsWith(bad + ":1: unknown event format"),
                r.out());
    }

    @Test
    void inspectOfAMissingFileSaysSo() {
        Path missing = tmp.resolve("missing.lhe");
        CliRun r = run("inspect", missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file: " + missing), r.err());
    }

    @Test
    void benchIoReportsThroughputOfEveryPass() throws IOException {
        Path f = ReferenceData.require("events/hepmc/hepmc3-example-ee_Z_tautau-100ev.hepmc3");
        JsonNode inv = inventory("hepmc", f.getFileName().toString());
        CliRun r = run("bench", "io", "--repeat", "2", "--json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("runs").size());
        assertEquals(inv.get("n_events").asLong(), j.get("runs").get(0).get("events").asLong());
        assertEquals(
                inv.get("uncompressed_bytes").asLong(),
                j.get("runs").get(1).get("bytes").asLong(),
                "bench counts every decompressed byte");
        assertTrue(j.get("best_mb_per_s").asDouble() > 0);
        assertEquals(2, run("bench", "io", "--repeat", "0", f.toString()).code(), "usage error");
    }
}
