package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;
import static org.quarryhep.testkit.Tolerance.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.format.ColumnarReader;
import org.quarryhep.testkit.ReferenceData;

/** {@code quarry simulate} on the shared HepMC and LHE files, and its errors. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode inventory(String kind, String name) throws Exception {
        return JSON.readTree(ReferenceData.require("events/inventory.json").toFile())
                .path(kind)
                .path(name);
    }

    @Test
    void hadronLevelHepmcSimulatesReproduciblyWithPileup(@TempDir Path dir) throws Exception {
        Path hs = ReferenceData.require("events/hepmc/sk_example_HS.hepmc.gz");
        Path pu = ReferenceData.require("events/hepmc/sk_example_PU.hepmc.gz");
        Path out = dir.resolve("hs.qreco.gz");
        CliRun r =
                run(
                        "simulate",
                        "--card",
                        "cms",
                        hs.toString(),
                        "-o",
                        out.toString(),
                        "--pileup",
                        "20",
                        "--pileup-events",
                        pu.toString(),
                        "--seed",
                        "5",
                        "--threads",
                        "2",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // inventory.json: sk_example_HS.hepmc.gz has 25 events.
        long n = inventory("hepmc", "sk_example_HS.hepmc.gz").path("n_events").asLong();
        assertEquals(n, j.path("events").asLong());
        assertEquals(0, j.path("parton_level_events").asLong());
        assertTrue(j.path("events_per_second").asDouble() > 0);
        // Poisson mean 20 over 25 events: standard error sqrt(20/25).
        assertClose(20.0, j.path("mean_pileup").asDouble(), 0, 4 * Math.sqrt(20.0 / n));
        List<ReconstructedEvent> events = ColumnarReader.readAll(out);
        assertEquals(n, events.size());
        // Same seed → same data; another seed → different data.
        CliRun again =
                run(
                        "simulate",
                        "--card",
                        "cms",
                        hs.toString(),
                        "-o",
                        dir.resolve("b.qreco").toString(),
                        "--pileup",
                        "20",
                        "--pileup-events",
                        pu.toString(),
                        "--seed",
                        "5",
                        "--threads",
                        "1",
                        "--json");
        assertEquals(
                j.path("data_sha256").asText(),
                JSON.readTree(again.out()).path("data_sha256").asText());
        CliRun other =
                run(
                        "simulate",
                        "--card",
                        "cms",
                        hs.toString(),
                        "-o",
                        dir.resolve("c.qreco").toString(),
                        "--pileup",
                        "20",
                        "--pileup-events",
                        pu.toString(),
                        "--seed",
                        "6",
                        "--json");
        assertNotEquals(
                j.path("data_sha256").asText(),
                JSON.readTree(other.out()).path("data_sha256").asText());
    }

    @Test
    void partonLevelLheSimulatesWithTheApproximationRecorded(@TempDir Path dir) throws Exception {
        String name = "pylhe-testfile-madgraph-2.0.0-wbj.lhe";
        Path lhe = ReferenceData.require("events/lhe/" + name);
        Path out = dir.resolve("wbj.qreco");
        CliRun r =
                run("simulate", "--card", "atlas", lhe.toString(), "-o", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        JsonNode inv = inventory("lhe", name);
        assertEquals(inv.path("n_events").asLong(), j.path("events").asLong());
        assertEquals(inv.path("n_events").asLong(), j.path("parton_level_events").asLong());
        List<ReconstructedEvent> events = ColumnarReader.readAll(out);
        // The weights are carried through: their sum equals inventory.json's sum_event_weights.
        double sum = events.stream().mapToDouble(ReconstructedEvent::weight).sum();
        assertClose(inv.path("sum_event_weights").asDouble(), sum, 1e-9, 0);
        try (ColumnarReader reader = ColumnarReader.open(out)) {
            assertTrue(
                    reader.provenanceConfig("parton_level_approximation").contains("quark/gluon"));
            assertEquals("ATLAS", reader.provenanceConfig("card"));
        }
        CliRun text = run("simulate", lhe.toString(), "-o", dir.resolve("t.qreco").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("parton level"), text.out());
        // --repeat reads the file again: three passes give three times the inventory's count.
        CliRun thrice =
                run(
                        "simulate",
                        lhe.toString(),
                        "-o",
                        dir.resolve("r.qreco").toString(),
                        "--repeat",
                        "3",
                        "--json");
        assertEquals(0, thrice.code(), thrice.err());
        assertEquals(
                3 * inv.path("n_events").asLong(),
                JSON.readTree(thrice.out()).path("events").asLong());
        CliRun badRepeat =
                run(
                        "simulate",
                        lhe.toString(),
                        "-o",
                        dir.resolve("z.qreco").toString(),
                        "--repeat",
                        "0");
        assertEquals(2, badRepeat.code(), "a usage error");
        assertTrue(badRepeat.err().contains("--repeat must be >= 1"), badRepeat.err());
    }

    @Test
    void badCardFailsWithTheFieldAndWritesNothing(@TempDir Path dir) throws Exception {
        Path hs = ReferenceData.require("events/hepmc/sk_example_HS.hepmc.gz");
        Path card = dir.resolve("bad.yaml");
        String cms;
        try (var in =
                SimulateCommandTest.class.getResourceAsStream(
                        "/org/quarryhep/detector/cards/cms.yaml")) {
            cms = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(card, cms.replace("radius: 0.5", "radius: -0.4"));
        Path out = dir.resolve("never.qreco");
        CliRun r =
                run(
                        "simulate",
                        "--card",
                        card.toString(),
                        hs.toString(),
                        "-o",
                        out.toString(),
                        "--json");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.yaml") && r.err().contains("/jets/radius"), r.err());
        assertTrue(JSON.readTree(r.out()).has("error"));
        assertFalse(Files.exists(out));
        Files.writeString(
                card, cms.replace("  etaMax: 2.5\n  radiusMm", "  etaMaxx: 2.5\n  radiusMm"));
        CliRun typo =
                run("simulate", "--card", card.toString(), hs.toString(), "-o", out.toString());
        assertEquals(1, typo.code(), typo.err());
        assertTrue(
                typo.err()
                        .matches(
                                "(?s).*bad\\.yaml:[0-9]+: /tracking/etaMaxx: unknown key.*did you mean 'etaMax'.*"),
                typo.err());
        CliRun pileup = run("simulate", "--card", "hllhc", hs.toString(), "-o", out.toString());
        assertEquals(1, pileup.code());
        assertTrue(pileup.err().contains("--pileup-events"), pileup.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void absurdValuesAndExistingOutputsAreRefused(@TempDir Path dir) throws Exception {
        Path lhe = ReferenceData.require("events/lhe/pylhe-testfile-madgraph-2.0.0-wbj.lhe");
        Path out = dir.resolve("w.qreco");
        CliRun neg = run("simulate", lhe.toString(), "-o", out.toString(), "--max-events", "-3");
        assertEquals(2, neg.code(), neg.err());
        assertTrue(neg.err().contains("--max-events must be >= 1, got -3"), neg.err());
        assertFalse(Files.exists(out), "nothing written");
        CliRun self = run("simulate", lhe.toString(), "-o", lhe.toString(), "--force");
        assertEquals(2, self.code(), self.err());
        assertTrue(self.err().contains("this is an input of the command"), self.err());
        Files.writeString(out, "old");
        CliRun exists = run("simulate", lhe.toString(), "-o", out.toString());
        assertEquals(2, exists.code(), exists.err());
        assertTrue(exists.err().contains("file exists; give --force"), exists.err());
        assertEquals("old", Files.readString(out));
        assertEquals(0, run("simulate", lhe.toString(), "-o", out.toString(), "--force").code());
    }

    @Test
    void inspectReadsAQrecoFileAndTrainRefusesIt(@TempDir Path dir) throws Exception {
        String name = "pylhe-testfile-madgraph-2.0.0-wbj.lhe";
        Path lhe = ReferenceData.require("events/lhe/" + name);
        Path out = dir.resolve("wbj.qreco");
        assertEquals(
                0, run("simulate", "--card", "atlas", lhe.toString(), "-o", out.toString()).code());
        CliRun r = run("inspect", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // inventory.json: the event count of the input file.
        assertEquals(inventory("lhe", name).path("n_events").asLong(), j.path("events").asLong());
        assertEquals("ATLAS", j.path("card").asText());
        assertEquals("quarry simulate", j.path("provenance").path("component").asText());
        // Objects per event, counted here from the events read back.
        List<ReconstructedEvent> events = ColumnarReader.readAll(out);
        double jets = events.stream().mapToInt(e -> e.jets().size()).sum() / (double) events.size();
        assertClose(jets, j.path("objects_per_event").path("jets").asDouble(), 1e-12, 0);
        CliRun text = run("inspect", out.toString());
        assertTrue(
                text.out().contains("reconstructed events (.qreco, quarry simulate)"), text.out());
        assertTrue(text.out().contains("card         ATLAS"), text.out());

        CliRun train = run("train", "--train", out.toString(), "--label", "y");
        assertEquals(2, train.code(), train.err());
        assertTrue(
                train.err()
                        .contains(
                                "a reconstructed-event file from quarry simulate, not a feature table"),
                train.err());
        Path binary = dir.resolve("table.csv");
        Files.write(binary, new byte[] {'a', ',', 'b', '\n', 0, 1, 2});
        CliRun bin = run("train", "--train", binary.toString(), "--label", "a");
        assertEquals(2, bin.code(), bin.err());
        assertTrue(bin.err().contains("a binary file, not a CSV/TSV feature table"), bin.err());
    }
}
