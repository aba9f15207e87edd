package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * The LFV Higgs analysis ({@code analyses/lfv-higgs/analysis.yaml}, issue 17) through {@code quarry
 * run} with small samples: a check of the pipeline (every stage runs, results.json carries its
 * keys, a second run comes from the cache), not of the physics numbers, which need the default
 * sizes.
 */
class LfvHiggsRunTest {
    @TempDir Path dir;

    /**
     * The reduced configuration: the file's samples, models and statistics with small samples, a
     * one-layer network for 3 epochs, coarse M_col and score binnings, and the shower without
     * hadronisation (the hadron-level chain costs minutes; the 1-jet category needs the shower's
     * ISR jets).
     */
    private static String[] arguments(Path out) {
        List<String> a = new ArrayList<>();
        a.add("run");
        a.add(analysis().toString());
        a.add("-o");
        a.add(out.toString());
        a.add("--threads");
        a.add("2");
        a.add("--no-report");
        a.add("--json");
        List<String> sets = new ArrayList<>();
        sets.add("chain.hadronization=false");
        sets.add("samples.0.events=100");
        sets.add("samples.0.grid.MS.points=2");
        // Dileptonic tt rarely has no jet: 3000 events give the 0-jet tables a few rows.
        sets.add("samples.1.events=800");
        sets.add("samples.2.events=3000");
        sets.add("samples.3.events=800");
        sets.add("samples.4.events=3000");
        for (int i = 5; i <= 10; i++) {
            sets.add("samples." + i + ".events=200");
        }
        for (int m = 0; m < 2; m++) {
            sets.add("models." + m + ".training.network.epochs=3");
            sets.add(
                    "models."
                            + m
                            + ".training.network.layers=[{units: 16, activation: leaky_relu,"
                            + " slope: 0.1}]");
        }
        for (int m = 0; m < 2; m++) {
            // The reduced pool may select fewer signal than background rows: subsample few.
            sets.add("models." + m + ".training.stratified_subsample.count=10");
        }
        for (int m = 2; m < 4; m++) {
            sets.add("models." + m + ".regression.restarts=2");
            sets.add("models." + m + ".training.network.epochs=3");
            sets.add(
                    "models."
                            + m
                            + ".training.network.layers=[{units: 16, activation: leaky_relu,"
                            + " slope: 0.1}, {units: 16, activation: leaky_relu, slope: 0.1}]");
        }
        // Five bootstrap replicas: enough to check that every limit gets its error.
        sets.add("bootstrap.replicas=5");
        for (String c : List.of("0jet", "1jet")) {
            sets.add("histograms.dnn_" + c + ".edges=[0.1, 0.3, 0.5, 0.7, 0.9, 1.01]");
            sets.add("histograms.mcol_" + c + ".edges=[0, 150, 250, 350, 1000]");
        }
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
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
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
                        "cutflow",
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
            JsonNode all = doc.get("cutflow").get(name).get("rows").get(0);
            Tolerance.assertRelative(
                    s.get("cross_section_pb").asDouble() * lumiPb,
                    all.get("yield").asDouble(),
                    1e-9,
                    name + ": all-events yield");
        }
        assertTrue(doc.get("models").has("dnn-0jet") && doc.get("models").has("dnn-1jet"));
        // The test bench stays out of training (models[].samples).
        for (JsonNode used : doc.get("models").get("dnn-0jet").get("samples")) {
            assertTrue(!used.asText().endsWith("-test"), used.asText());
        }
        // The results tables: three strategies x (0jet, 1jet, combined) x 6 masses, and
        // an AUC per category and test mass.
        JsonNode limits = doc.get("limits");
        assertEquals(18, limits.size());
        Map<String, Set<Double>> fixedF = new HashMap<>();
        for (JsonNode row : limits) {
            for (String k : List.of("mcol_fb", "dnn_fb", "mvis_fb")) {
                double v = row.get(k).asDouble();
                assertTrue(v > 0 && Double.isFinite(v), row.toString());
                // The bootstrap's relative error of each limit (issue 17 item 9).
                double err = row.get(k + "_err").asDouble();
                assertTrue(err >= 0 && Double.isFinite(err), k + "_err: " + row);
            }
            JsonNode f = row.get("f");
            for (JsonNode x : f.isArray() ? f : List.of(f)) {
                assertTrue(x.asDouble() >= 0.3 && x.asDouble() <= 1.0, "f in 0.3 ... 1.0: " + f);
            }
            if (!row.get("category").asText().equals("combined")) {
                fixedF.computeIfAbsent(row.get("category").asText(), k -> new HashSet<>())
                        .add(row.get("fixed_f").asDouble());
            }
            JsonNode p = row.get("p_cut");
            for (JsonNode x : p.isArray() ? p : List.of(p)) {
                assertTrue(x.asDouble() >= 0.1 && x.asDouble() <= 0.99, "p_cut: " + p);
            }
        }
        // The fixed-f variant: one f per category for every mass.
        assertEquals(2, fixedF.size());
        fixedF.forEach((c, fs) -> assertEquals(1, fs.size(), c + ": " + fs));
        // SHAP per category (models[].explain) on the ten inputs of section 1.7, most important
        // first.
        for (String c : List.of("0jet", "1jet")) {
            JsonNode ranking = doc.get("shap").get(c);
            assertEquals(10, ranking.size(), c);
            for (int i = 1; i < ranking.size(); i++) {
                assertTrue(
                        ranking.get(i - 1).get("mean_abs_shap").asDouble()
                                >= ranking.get(i).get("mean_abs_shap").asDouble(),
                        c + " sorted");
            }
        }
        // The mean-score map (section 1.9) per category: six m_H columns of m_vis cells, the
        // empty cells null, with the fixed-f line.
        for (String c : List.of("0jet", "1jet")) {
            JsonNode map = doc.get("score_map").get(c);
            assertEquals(6, map.get("means").size(), c);
            assertEquals(map.get("y_edges").size() - 1, map.get("means").get(0).size(), c);
            assertEquals(fixedF.get(c).iterator().next(), map.get("line_slope").asDouble(), 0, c);
        }
        assertEquals(12, doc.get("auc").size());
        for (JsonNode row : doc.get("auc")) {
            double auc = row.get("auc").asDouble();
            assertTrue(auc >= 0 && auc <= 1, row.toString());
        }
        // The mass regression (section 1.10) per category and test mass, with the M_col
        // baseline of the same rows: per category, one row per test mass with a selected event
        // (the reduced 1-jet bench may miss one; the 0-jet one has all six).
        Map<String, Set<Double>> masses = new HashMap<>();
        for (JsonNode row : doc.get("regression")) {
            masses.computeIfAbsent(row.get("category").asText(), k -> new HashSet<>())
                    .add(row.get("mass_gev").asDouble());
            assertTrue(row.get("rows").asInt() > 0, row.toString());
            for (String k : List.of("dnn_mean_gev", "dnn_sd_gev", "mcol_mean_gev", "mcol_sd_gev")) {
                assertTrue(row.get(k).asDouble() > 0, k + ": " + row);
            }
        }
        assertEquals(Set.of("0jet", "1jet"), masses.keySet());
        assertEquals(Set.of(200.0, 250.0, 300.0, 350.0, 400.0, 450.0), masses.get("0jet"));
        JsonNode second = run(arguments(out));
        for (JsonNode s : second.get("stages")) {
            assertTrue(s.get("cached").asBoolean(), s.toString());
        }
    }
}
