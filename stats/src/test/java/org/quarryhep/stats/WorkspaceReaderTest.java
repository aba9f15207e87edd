package org.quarryhep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.ReferenceData;

/** Reading, validation errors with JSON pointers, and the write/read round trip. */
class WorkspaceReaderTest {
    /** A minimal valid workspace; the bad cases below change one thing in it. */
    static final String GOOD =
            """
            {"channels": [{"name": "SR", "samples": [
                {"name": "signal", "data": [5.0, 10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                {"name": "bkg", "data": [50.0, 60.0], "modifiers": [{"name": "unc", "type": "shapesys", "data": [5.0, 12.0]}]}]}],
             "observations": [{"name": "SR", "data": [50.0, 60.0]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    static Workspace parse(String json) throws IOException {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return WorkspaceReader.fromJson(WorkspaceReader.readTree(in, "test.json"));
    }

    static Stream<Arguments> badWorkspaces() {
        return Stream.of(
                Arguments.of(
                        "unknown modifier",
                        GOOD.replace("\"shapesys\"", "\"shapesis\""),
                        "/channels/0/samples/1/modifiers/0/type",
                        "value \"shapesis\" is not one of [\"normfactor\""),
                Arguments.of(
                        "bin-count mismatch",
                        GOOD.replace("[50.0, 60.0], \"modifiers\"", "[50.0], \"modifiers\""),
                        "/channels/0/samples/1/data",
                        "has 1 bins but channel 'SR' has 2"),
                Arguments.of(
                        "negative yield",
                        GOOD.replace("[5.0, 10.0]", "[5.0, -1.0]"),
                        "/channels/0/samples/0/data/1",
                        "value -1.0 is below the minimum 0.0"),
                Arguments.of(
                        "missing POI",
                        GOOD.replace("\"poi\": \"mu\", ", ""),
                        "/measurements/0/config/poi",
                        "missing required field"),
                Arguments.of(
                        "missing channel data",
                        GOOD.replace(
                                "{\"name\": \"SR\", \"data\": [50.0, 60.0]}",
                                "{\"name\": \"CR\", \"data\": [1.0]}"),
                        "/observations",
                        "no observed data for channel 'SR'"),
                Arguments.of(
                        "shapesys length",
                        GOOD.replace("[5.0, 12.0]", "[5.0]"),
                        "/channels/0/samples/1/modifiers/0/data",
                        "has 1 values but the sample has 2 bins"),
                Arguments.of(
                        "wrong version",
                        GOOD.replace("1.0.0", "2.0.0"),
                        "/version",
                        "unsupported schema version"),
                Arguments.of(
                        "string yield",
                        GOOD.replace("[5.0, 10.0]", "[5.0, \"x\"]"),
                        "/channels/0/samples/0/data/1",
                        "expected number, got \"x\""),
                Arguments.of(
                        "unexpected field",
                        GOOD.replace(
                                "\"version\": \"1.0.0\"", "\"version\": \"1.0.0\", \"extra\": 1"),
                        "/extra",
                        "unexpected field 'extra'"),
                Arguments.of(
                        "bad bounds",
                        GOOD.replace(
                                "\"parameters\": []",
                                "\"parameters\": [{\"name\": \"mu\", \"bounds\": [[0]]}]"),
                        "/measurements/0/config/parameters/0/bounds/0",
                        "needs at least 2 item(s)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWorkspaces")
    void badWorkspaceNamesTheJsonPointer(String what, String json, String pointer, String message) {
        InvalidSpecificationException e =
                assertThrows(InvalidSpecificationException.class, () -> parse(json));
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void nanIsNotJsonAndTheErrorNamesTheLine() {
        String json = GOOD.replace("[5.0, 10.0]", "[5.0,\nNaN]");
        QuarryException e = assertThrows(QuarryException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith("test.json:3: not a number (NaN)"), e.getMessage());
        assertTrue(!e.getMessage().contains("JsonReadFeature"), e.getMessage());
    }

    @Test
    void missingPoiParameterIsReportedWhenInferenceNeedsIt() throws IOException {
        Workspace ws = parse(GOOD.replace("\"poi\": \"mu\"", "\"poi\": \"nu\""));
        Model model = Model.compile(ws);
        UnspecifiedPoiException e = assertThrows(UnspecifiedPoiException.class, model::poiIndex);
        assertTrue(e.getMessage().contains("/measurements/0/config/poi: POI 'nu'"), e.getMessage());
    }

    @Test
    void lumiWithoutSigmaIsAnError() throws IOException {
        Workspace ws =
                parse(
                        GOOD.replace(
                                "{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}",
                                "{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}, {\"name\": \"lumi\", \"type\": \"lumi\", \"data\": null}"));
        InvalidModelException e =
                assertThrows(InvalidModelException.class, () -> Model.compile(ws));
        assertTrue(e.getMessage().contains("give \"sigmas\""), e.getMessage());
    }

    static Stream<Path> sharedWorkspaces() throws IOException {
        Path dir = ReferenceData.require("pyhf/workspaces");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return Stream.concat(
                    files.stream(),
                    Stream.of(
                            ReferenceData.require("pyhf/docs_examples/2-bin_1-channel.json"),
                            ReferenceData.require(
                                    "pyhf/sbottom_ins1748602/extracted/RegionA/BkgOnly.json"),
                            ReferenceData.require("pyhf/synthetic/synthetic_10ch_20bin.json")));
        }
    }

    @ParameterizedTest
    @MethodSource("sharedWorkspaces")
    void everySharedWorkspaceRoundTripsThroughTheWriter(Path file, @TempDir Path tmp)
            throws IOException {
        Workspace ws = WorkspaceReader.read(file);
        // Same JSON tree as the original, up to number formatting: an RFC 6902 "test" of the whole
        // document compares numbers by value (1 equals 1.0) and throws on any difference.
        com.fasterxml.jackson.databind.node.ArrayNode testOp =
                new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        testOp.addObject()
                .put("op", "test")
                .put("path", "")
                .set("value", WorkspaceWriter.toJson(ws));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () ->
                        JsonPatch.fromJson(testOp, "roundtrip")
                                .apply(normalised(WorkspaceReader.readTree(file))));
        Path out = tmp.resolve("ws.json");
        WorkspaceWriter.write(ws, out);
        Workspace back = WorkspaceReader.read(out);
        String first = Files.readString(out);
        WorkspaceWriter.write(back, out);
        assertEquals(first, Files.readString(out), "second write is byte-identical");
        Model a = Model.compile(ws);
        Model b = Model.compile(back);
        assertEquals(a.parameterNames(), b.parameterNames());
        double[] pars = a.inits();
        org.quarryhep.testkit.Tolerance.assertClose(
                a.nll(pars, a.observedData()), b.nll(pars, b.observedData()), 0, 0, "nll");
    }

    /** The original with the optional, default-valued fields the writer leaves out removed. */
    private static com.fasterxml.jackson.databind.JsonNode normalised(
            com.fasterxml.jackson.databind.JsonNode node) {
        for (com.fasterxml.jackson.databind.JsonNode m : node.get("measurements")) {
            for (com.fasterxml.jackson.databind.JsonNode p : m.get("config").get("parameters")) {
                if (p.has("fixed") && !p.get("fixed").asBoolean()) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("fixed");
                }
            }
        }
        return node;
    }
}
