package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;
import picocli.CommandLine;

/**
 * The LFV Higgs analysis ({@code analyses/lfv-higgs/analysis.yaml}, issue 17) through {@code quarry
 * run} with small samples: a check of the pipeline (every stage runs, results.json carries its
 * keys, a second run comes from the cache), not of the physics numbers, which need the default
 * sizes.
 */
class LfvHiggsRunTest {
    @TempDir Path dir;

    private static final String BACKGROUNDS = "backgrounds: [ww-test, ttbar-test]";

    /**
     * The reduced configuration. The shower is off to keep the test short, and so only the 0-jet
     * network runs: at parton level the gg -> S signal has no jet and the 1-jet category is empty.
     */
    private static String[] arguments(Path out) {
        List<String> a = new ArrayList<>();
        a.add("run");
        a.add(analysis().toString());
        a.add("-o");
        a.add(out.toString());
        a.add("--threads");
        a.add("2");
        a.add("--json");
        List<String> sets = new ArrayList<>();
        sets.add("chain.shower=false");
        sets.add("samples.0.events=100");
        sets.add("samples.0.grid.MS.points=2");
        // Dileptonic tt rarely has no jet: 6000 events give the 0-jet tables a few rows.
        sets.add("samples.1.events=800");
        sets.add("samples.2.events=6000");
        sets.add("samples.3.events=800");
        sets.add("samples.4.events=6000");
        for (int i = 5; i <= 10; i++) {
            sets.add("samples." + i + ".events=200");
        }
        sets.add(
                "models=[{name: dnn-0jet, features: inputs_0jet, training: {model: mlp, seed: 17,"
                        + " balance: true, validation_fraction: 0.2, network: {layers: [{units: 16,"
                        + " batch_norm: true, activation: leaky_relu, slope: 0.1}], batch_size: 64,"
                        + " epochs: 3}}}]");
        sets.add("variables.dnn_1jet=m_col");
        sets.add("histograms.mcol_0jet.edges=[0, 150, 250, 350, 1000]");
        sets.add("histograms.mcol_1jet.edges=[0, 150, 250, 350, 1000]");
        sets.add(
                "statistics=[{name: mcol-0jet-300, method: asimov_limit, histograms: [mcol_0jet],"
                        + " signal: sig-300, "
                        + BACKGROUNDS
                        + "}, {name: mcol-combined-300, method: asimov_limit, histograms:"
                        + " [mcol_0jet, mcol_1jet], signal: sig-300, "
                        + BACKGROUNDS
                        + "}, {name: dnn-0jet-300, method: asimov_limit, histograms: [dnn_0jet],"
                        + " signal: sig-300, "
                        + BACKGROUNDS
                        + ", scan: {histogram: dnn_0jet, keep: above}}, {name: mvis-0jet-300,"
                        + " method: asimov_limit, histograms: [mvis_over_300_0jet], signal:"
                        + " sig-300, "
                        + BACKGROUNDS
                        + ", scan: {histogram: mvis_over_300_0jet, keep: below}}]");
        for (String s : sets) {
            a.add("--set");
            a.add(s);
        }
        return a.toArray(String[]::new);
    }

    private static Path analysis() {
        Path p = Path.of("../analyses/lfv-higgs/analysis.yaml");
        assertTrue(Files.isRegularFile(p), "the LFV analysis file is part of the checkout");
        return p;
    }

    private static JsonNode run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void reducedRunWritesEveryResultAndThenComesFromTheCache() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path out = dir.resolve("out");
        JsonNode first = run(arguments(out));
        assertEquals("ok", first.get("status").asText());
        JsonNode doc = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        for (String key :
                List.of(
                        "provenance",
                        "samples",
                        "cutflows",
                        "histograms",
                        "models",
                        "statistics",
                        "stages")) {
            assertTrue(doc.has(key), "results.json has '" + key + "'");
        }
        // 2 pool points, 4 backgrounds, 6 test masses.
        assertEquals(12, doc.get("samples").size());
        double lumiPb = 35.9e3;
        for (JsonNode s : doc.get("samples")) {
            String name = s.get("name").asText();
            // analyses.md section 6: weights are rescaled so that all events sum to sigma x L.
            JsonNode all = doc.get("cutflows").get(name).get("rows").get(0);
            Tolerance.assertRelative(
                    s.get("cross_section_pb").asDouble() * lumiPb,
                    all.get("yield").asDouble(),
                    1e-9,
                    name + ": all-events yield");
        }
        assertTrue(doc.get("models").has("dnn-0jet"));
        for (String entry :
                List.of("mcol-0jet-300", "mcol-combined-300", "dnn-0jet-300", "mvis-0jet-300")) {
            JsonNode p = doc.get("statistics").get(entry).get("points").get(0);
            double limit = p.get("cross_section_limit_pb").asDouble();
            assertTrue(limit > 0 && Double.isFinite(limit), entry + ": " + limit);
        }
        double cut =
                doc.get("statistics")
                        .get("mvis-0jet-300")
                        .get("points")
                        .get(0)
                        .get("best_cut")
                        .asDouble();
        assertTrue(cut >= 0.3 && cut <= 1.0, "f in 0.3 ... 1.0: " + cut);
        JsonNode second = run(arguments(out));
        for (JsonNode s : second.get("stages")) {
            assertTrue(s.get("cached").asBoolean(), s.toString());
        }
    }
}
