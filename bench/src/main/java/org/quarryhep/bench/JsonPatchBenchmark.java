package org.quarryhep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.stats.JsonPatch;

/**
 * Applying a pyhf signal patch (RFC 6902), Quarry's {@code stats.JsonPatch} against the maintained
 * library zjsonpatch, on the same documents: a background-only workspace of {@code channels}
 * channels × 20 bins and a patch that adds a signal sample with a normfactor to every channel and
 * replaces the measurement's POI, the shape of the HEPData patchsets. The setup checks that both
 * give the same document, so the two numbers time the same work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonPatchBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BINS = 20;

    /** Channels in the workspace, one add operation each. */
    @Param({"10", "100"})
    public int channels;

    private JsonNode workspace;
    private JsonNode patchJson;
    private JsonPatch ours;

    /** Builds the workspace and the patch, and checks that both implementations agree. */
    @Setup
    public void makeDocuments() {
        ObjectNode ws = MAPPER.createObjectNode();
        ArrayNode chans = ws.putArray("channels");
        ArrayNode obs = ws.putArray("observations");
        ArrayNode patch = MAPPER.createArrayNode();
        for (int c = 0; c < channels; c++) {
            ObjectNode ch = chans.addObject().put("name", "ch" + c);
            ObjectNode bkg = ch.putArray("samples").addObject().put("name", "bkg");
            ArrayNode data = bkg.putArray("data");
            ArrayNode sig = MAPPER.createArrayNode();
            for (int i = 0; i < BINS; i++) {
                data.add(100.0 + i);
                sig.add(1.0 + 0.1 * i);
            }
            bkg.putArray("modifiers")
                    .addObject()
                    .put("name", "bkg_norm")
                    .put("type", "normsys")
                    .putObject("data")
                    .put("hi", 1.1)
                    .put("lo", 0.9);
            obs.addObject().put("name", "ch" + c).set("data", data.deepCopy());
            ObjectNode signal = MAPPER.createObjectNode().put("name", "signal");
            signal.set("data", sig);
            signal.putArray("modifiers")
                    .addObject()
                    .put("name", "mu_SIG")
                    .put("type", "normfactor")
                    .putNull("data");
            patch.addObject()
                    .put("op", "add")
                    .put("path", "/channels/" + c + "/samples/1")
                    .set("value", signal);
        }
        ObjectNode cfg =
                ws.putArray("measurements")
                        .addObject()
                        .put("name", "m")
                        .putObject("config")
                        .put("poi", "mu_BKG");
        cfg.putArray("parameters");
        ws.put("version", "1.0.0");
        patch.addObject()
                .put("op", "replace")
                .put("path", "/measurements/0/config/poi")
                .put("value", "mu_SIG");
        workspace = ws;
        patchJson = patch;
        ours = JsonPatch.fromJson(patch, "benchmark patch");
        JsonNode a = ours.apply(workspace);
        JsonNode b = com.flipkart.zjsonpatch.JsonPatch.apply(patchJson, workspace);
        if (!a.equals(b)) {
            throw new IllegalStateException("the two JSON Patch implementations disagree");
        }
    }

    /** Quarry's {@code stats.JsonPatch} (parsed once, as a patchset is). */
    @Benchmark
    public JsonNode quarry() {
        return ours.apply(workspace);
    }

    /** Quarry's, parsing the patch on every call as zjsonpatch does. */
    @Benchmark
    public JsonNode quarryParseAndApply() {
        return JsonPatch.fromJson(patchJson, "benchmark patch").apply(workspace);
    }

    /** zjsonpatch 0.4.16 (parses and applies in one call). */
    @Benchmark
    public JsonNode zjsonpatch() {
        return com.flipkart.zjsonpatch.JsonPatch.apply(patchJson, workspace);
    }
}
