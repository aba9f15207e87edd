package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Provenance;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.WorkspaceWriter;
import org.quarryhep.testkit.ReferenceData;

/**
 * Issue 11 item 4: a result's provenance turns back into the command that made it. Each case runs a
 * command, reads the provenance from its output (the LHE header block, the JSON document), reruns
 * the command the provenance names, and compares the outputs bit for bit. The only bytes allowed to
 * differ are the provenance's timestamp (when it ran) and, for the event file, the output path that
 * the rerun is pointed at so as not to overwrite the first file.
 */
class ProvenanceRoundTripTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void generatedEventsAreReproducedFromTheirHeader(@TempDir Path tmp) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path first = tmp.resolve("first.lhe");
        CliRun a =
                run(
                        List.of(
                                "generate",
                                "--process",
                                "drell-yan",
                                "--events",
                                "200",
                                "--points",
                                "2000",
                                "--seed",
                                "11",
                                "--threads",
                                "2",
                                "-o",
                                first.toString()));
        assertEquals(0, a.code(), a.err());
        JsonNode p = provenanceOf(first);
        List<String> command = new ArrayList<>();
        p.get("command").forEach(n -> command.add(n.asText()));
        assertEquals("generate", command.get(0), command.toString());
        assertEquals(11, p.get("seed").asLong());
        // The rerun writes elsewhere (and with one thread: the events must not depend on it).
        Path second = tmp.resolve("second.lhe");
        command.set(command.indexOf(first.toString()), second.toString());
        command.set(command.indexOf("--threads") + 1, "1");
        CliRun b = run(command);
        assertEquals(0, b.code(), b.err());
        assertArrayEquals(withoutProvenance(first), withoutProvenance(second));
        JsonNode q = provenanceOf(second);
        for (String key : List.of("component", "config", "config_sha256", "seed", "inputs")) {
            assertEquals(p.get(key), q.get(key), key);
        }
        assertEquals(
                "gen.EventGenerator", p.get("component").asText(), "the generator's provenance");
    }

    @Test
    void limitIsReproducedFromItsJson(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("ws.json");
        WorkspaceWriter.write(
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {52, 61})
                        .addSample("SR", "signal", new double[] {5, 10})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {50, 60})
                        .optShapeSys("bkg_unc", new double[] {3, 7})
                        .build(),
                ws);
        CliRun a = run(List.of("limit", ws.toString(), "--cl", "0.9", "--json"));
        assertEquals(0, a.code(), a.err());
        JsonNode p = M.readTree(a.out()).get("provenance");
        List<String> command = new ArrayList<>();
        p.get("command").forEach(n -> command.add(n.asText()));
        assertEquals(List.of("limit", ws.toString(), "--cl", "0.9", "--json"), command);
        assertEquals("stats.infer.UpperLimit", p.get("component").asText());
        // The workspace file with its SHA-256, computed here independently of the command.
        String sha = Provenance.sha256(Files.readAllBytes(ws));
        boolean listed = false;
        for (JsonNode in : p.get("inputs")) {
            listed |=
                    in.get("path").asText().equals(ws.toString())
                            && in.get("sha256").asText().equals(sha);
        }
        assertEquals(true, listed, p.get("inputs").toString());
        assertEquals("0.9", p.get("config").get("cl").asText());
        // The config hash: SHA-256 of the config object as Jackson writes it compactly.
        assertEquals(
                Provenance.sha256(M.writeValueAsBytes(p.get("config"))),
                p.get("config_sha256").asText());
        CliRun b = run(command);
        assertEquals(0, b.code(), b.err());
        assertEquals(withoutTimestamp(a.out()), withoutTimestamp(b.out()));
        assertNotEquals(-1, a.out().indexOf("\"observed\""), a.out());
    }

    private static JsonNode provenanceOf(Path lhe) throws Exception {
        try (EventReader r = EventReaders.open(lhe)) {
            return M.readTree(Provenance.jsonInHeader(r.runInfo().header()).orElseThrow());
        }
    }

    /** The file's bytes without the provenance block (timestamp and output path live there). */
    private static byte[] withoutProvenance(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int a = text.indexOf("<" + Provenance.HEADER_TAG + ">");
        int b = text.indexOf("</" + Provenance.HEADER_TAG + ">");
        assertNotEquals(-1, a, "no provenance block in " + file);
        return (text.substring(0, a) + text.substring(b)).getBytes(StandardCharsets.UTF_8);
    }

    /** The command's output text with the provenance's timestamp value blanked. */
    private static String withoutTimestamp(String json) throws Exception {
        String blanked = json.replaceFirst("\"timestamp\" : \"[^\"]*\"", "\"timestamp\" : \"\"");
        assertNotEquals(json, blanked, "no timestamp in " + json);
        return blanked;
    }
}
