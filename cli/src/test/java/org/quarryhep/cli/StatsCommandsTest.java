package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * The statistics commands through {@code Main.newCommandLine()}, against pyhf's reference values.
 */
class StatsCommandsTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode expected(String id) throws Exception {
        JsonNode doc = M.readTree(ReferenceData.require("pyhf/expected_results.json").toFile());
        for (String section : new String[] {"cases", "published_likelihoods"}) {
            for (JsonNode c : doc.get(section)) {
                if (c.get("id").asText().equals(id)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no case " + id);
    }

    @Test
    void hypotestJsonReproducesPyhfOnTheSbottomPatch() throws Exception {
        Path bkg = ReferenceData.require("pyhf/sbottom_ins1748602/extracted/RegionA/BkgOnly.json");
        Path patch =
                ReferenceData.require(
                        "pyhf/sbottom_ins1748602/extracted/RegionA/patch.sbottom_1300_205_60.json");
        CliRun r =
                run(
                        "hypotest",
                        bkg.toString(),
                        "--patch",
                        patch.toString(),
                        "--mu",
                        "1",
                        "--interp",
                        "normsys=code4",
                        "--interp",
                        "histosys=code4p",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode out = M.readTree(r.out());
        JsonNode ref = expected("sbottom_regionA_1300_205_60");
        // expected_results.json (pyhf tests/test_regression.py:38-64), 1e-4 relative.
        Tolerance.assertRelative(
                ref.get("CLs_obs").asDouble(), out.get("cls_obs").asDouble(), 1e-4, "cls_obs");
        for (int k = 0; k < 5; k++) {
            Tolerance.assertRelative(
                    ref.get("CLs_exp").get(k).asDouble(),
                    out.get("cls_exp").get(k).asDouble(),
                    1e-4,
                    "cls_exp");
        }
        assertEquals(
                "stats.infer.AsymptoticCalculator",
                out.get("provenance").get("component").asText());
        // cls_exp_band names pyhf's CLs_exp entries by their band edge, -2 sigma first.
        for (int k = 0; k < 5; k++) {
            Tolerance.assertRelative(
                    ref.get("CLs_exp").get(k).asDouble(),
                    out.get("cls_exp_band").get(Integer.toString(k - 2)).asDouble(),
                    1e-4,
                    "cls_exp_band " + (k - 2));
        }
    }

    @Test
    void hypotestAndLimitListTheExpectedBandInOneOrder() throws Exception {
        // Brute force across the two commands: at the mu of limit's expected limit at band edge
        // k, hypotest's expected CLs at the same edge is 1 - CL = 0.05 (within the limit's
        // root-finding tolerance of 1e-5 in mu, hence 1e-3 relative in CLs).
        Path ws = ReferenceData.require("pyhf/docs_examples/2-bin_1-channel.json");
        JsonNode limit = M.readTree(run("limit", ws.toString(), "--json").out());
        for (int k = -2; k <= 2; k++) {
            String mu = limit.get("expected_band").get(Integer.toString(k)).asText();
            JsonNode h = M.readTree(run("hypotest", ws.toString(), "--mu", mu, "--json").out());
            Tolerance.assertRelative(
                    0.05,
                    h.get("cls_exp_band").get(Integer.toString(k)).asDouble(),
                    1e-3,
                    "edge " + k);
        }
        CliRun text = run("hypotest", ws.toString(), "--mu", "1");
        assertTrue(
                text.out().contains("(band -2, -1, 0, +1, +2 sigma, as in quarry limit)"),
                text.out());
    }

    @Test
    void absurdPoiValuesAndToyCountsAreUsageErrors(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path ws = tmp.resolve("ws.json");
        Files.writeString(ws, oneBinWorkspace("{\"name\": \"mu\", \"bounds\": [[0.0, 10.0]]}"));
        CliRun nan = run("hypotest", ws.toString(), "--mu", "NaN", "--json");
        assertEquals(2, nan.code(), nan.err());
        assertTrue(nan.err().contains("--mu must be a finite number, got NaN"), nan.err());
        assertTrue(M.readTree(nan.out()).has("error"), nan.out());
        CliRun outside = run("hypotest", ws.toString(), "--mu", "12");
        assertEquals(2, outside.code(), outside.err());
        assertTrue(
                outside.err().contains("--mu 12.0 is outside the bounds of mu, [0.0, 10.0]"),
                outside.err());
        CliRun toys = run("hypotest", ws.toString(), "--mu", "1", "--toys", "-3");
        assertEquals(2, toys.code(), toys.err());
        assertTrue(toys.err().contains("--toys must be >= 0"), toys.err());
        CliRun sig = run("significance", ws.toString(), "--toys", "-3");
        assertEquals(2, sig.code(), sig.err());
        Path nanWs = tmp.resolve("nan.json");
        Files.writeString(nanWs, oneBinWorkspace("").replace("[130.0]", "[\n NaN]"));
        CliRun nanData = run("hypotest", nanWs.toString(), "--mu", "1");
        assertEquals(1, nanData.code(), nanData.err());
        assertTrue(nanData.err().contains(nanWs + ":2: not a number (NaN)"), nanData.err());
        assertTrue(!nanData.err().contains("JsonReadFeature"), nanData.err());
        CliRun cl = run("limit", ws.toString(), "--cl", "1.5", "--json");
        assertEquals(2, cl.code(), cl.err());
        assertTrue(M.readTree(cl.out()).get("error").asText().contains("--cl must be in (0, 1)"));
    }

    @Test
    void patchsetEntriesAreSelectedByName(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path dir = ReferenceData.require("pyhf/sbottom_ins1748602/extracted/RegionA");
        com.fasterxml.jackson.databind.node.ObjectNode set = M.createObjectNode();
        set.put("version", "1.0.0");
        set.putObject("metadata").putArray("labels").add("m_sb").add("m_N2").add("m_N1");
        com.fasterxml.jackson.databind.node.ArrayNode patches = set.putArray("patches");
        for (String point : new String[] {"1300_205_60", "1400_950_60"}) {
            com.fasterxml.jackson.databind.node.ObjectNode p = patches.addObject();
            com.fasterxml.jackson.databind.node.ObjectNode meta = p.putObject("metadata");
            meta.put("name", "sbottom_" + point);
            com.fasterxml.jackson.databind.node.ArrayNode values = meta.putArray("values");
            for (String v : point.split("_")) {
                values.add(Double.parseDouble(v));
            }
            p.set("patch", M.readTree(dir.resolve("patch.sbottom_" + point + ".json").toFile()));
        }
        Path file = tmp.resolve("patchset.json");
        M.writeValue(file.toFile(), set);
        CliRun r =
                run(
                        "hypotest",
                        dir.resolve("BkgOnly.json").toString(),
                        "--patch",
                        file + "#sbottom_1400_950_60",
                        "--mu",
                        "1",
                        "--json");
        assertEquals(0, r.code(), r.err());
        // expected_results.json sbottom_regionA_1400_950_60 (pyhf tests/test_regression.py:67-93).
        Tolerance.assertRelative(
                expected("sbottom_regionA_1400_950_60").get("CLs_obs").asDouble(),
                M.readTree(r.out()).get("cls_obs").asDouble(),
                1e-4,
                "cls_obs");
        CliRun ambiguous =
                run(
                        "hypotest",
                        dir.resolve("BkgOnly.json").toString(),
                        "--patch",
                        file.toString(),
                        "--mu",
                        "1");
        assertEquals(1, ambiguous.code());
        assertTrue(ambiguous.err().contains("choose one with"), ambiguous.err());
        CliRun unknown =
                run(
                        "hypotest",
                        dir.resolve("BkgOnly.json").toString(),
                        "--patch",
                        file + "#nope",
                        "--mu",
                        "1");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no patch named 'nope'"), unknown.err());
    }

    @Test
    void hypotestReadsStandardInputAndTakesTheTestStatistic() throws Exception {
        Path ws = ReferenceData.require("pyhf/workspaces/1bin_shapesys_q0.json");
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(ws)));
            CliRun r =
                    run(
                            "hypotest",
                            "-",
                            "--mu",
                            "0",
                            "--test-stat",
                            "q0",
                            "--interp",
                            "normsys=code1",
                            "--interp",
                            "histosys=code0",
                            "--json");
            assertEquals(0, r.code(), r.err());
            JsonNode out = M.readTree(r.out());
            // p0 of 1bin_shapesys_q0 (expected_results.json, pyhf tolerance 3e-4).
            Tolerance.assertRelative(
                    expected("1bin_shapesys_q0_mu0").get("CLs_obs").asDouble(),
                    out.get("cls_obs").asDouble(),
                    3e-4,
                    "p0");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void hypotestWithToysIsSeededAndHumanOutputIsReadable() throws Exception {
        Path ws = ReferenceData.require("pyhf/docs_examples/2-bin_1-channel.json");
        CliRun a =
                run(
                        "hypotest",
                        ws.toString(),
                        "--mu",
                        "1",
                        "--toys",
                        "50",
                        "--seed",
                        "3",
                        "--threads",
                        "2",
                        "--json");
        CliRun b =
                run(
                        "hypotest",
                        ws.toString(),
                        "--mu",
                        "1",
                        "--toys",
                        "50",
                        "--seed",
                        "3",
                        "--threads",
                        "1",
                        "--json");
        assertEquals(0, a.code(), a.err());
        assertEquals(M.readTree(a.out()).get("cls_exp"), M.readTree(b.out()).get("cls_exp"));
        CliRun text = run("hypotest", ws.toString(), "--mu", "1");
        assertEquals(0, text.code());
        // README.rst:67-81: CLs_obs = 0.35998409 for the docs example.
        assertTrue(text.out().contains("CLs observed at mu = 1.0: 0.35998"), text.out());
    }

    @Test
    void limitMatchesPyhfUpperLimit() throws Exception {
        Path ws = ReferenceData.require("pyhf/workspaces/uncorrelated_background_2bin.json");
        CliRun r = run("limit", ws.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode out = M.readTree(r.out());
        // expected_results.json upper_limits (pyhf tests/test_infer.py:105-126), 1e-3 relative.
        Tolerance.assertRelative(1.01156939, out.get("observed").asDouble(), 1e-3, "observed");
        Tolerance.assertRelative(1.06234693, out.get("expected").get(2).asDouble(), 1e-3, "median");
        CliRun scan = run("limit", ws.toString(), "--scan", "0:5:11", "--json");
        Tolerance.assertRelative(
                1.0262704738584554,
                M.readTree(scan.out()).get("observed").asDouble(),
                1e-3,
                "scan");
    }

    @Test
    void combiningTwoSingleChannelWorkspacesReproducesTheTwoChannelReference(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        JsonNode both =
                M.readTree(ReferenceData.require("pyhf/workspaces/2bin_2channel.json").toFile());
        Path[] parts = new Path[2];
        for (int c = 0; c < 2; c++) {
            com.fasterxml.jackson.databind.node.ObjectNode one = both.deepCopy();
            ((com.fasterxml.jackson.databind.node.ArrayNode) one.get("channels")).remove(1 - c);
            ((com.fasterxml.jackson.databind.node.ArrayNode) one.get("observations")).remove(1 - c);
            parts[c] = tmp.resolve("part" + c + ".json");
            M.writeValue(parts[c].toFile(), one);
        }
        CliRun r =
                run(
                        "hypotest",
                        parts[0].toString(),
                        "--combine",
                        parts[1].toString(),
                        "--mu",
                        "1",
                        "--test-stat",
                        "q",
                        "--interp",
                        "normsys=code1",
                        "--interp",
                        "histosys=code0",
                        "--json");
        assertEquals(0, r.code(), r.err());
        // expected_results.json case 2bin_2channel_mu1 (pyhf tests/test_validation.py:362-372).
        Tolerance.assertRelative(
                expected("2bin_2channel_mu1").get("CLs_obs").asDouble(),
                M.readTree(r.out()).get("cls_obs").asDouble(),
                1e-4,
                "combined CLs_obs");
        CliRun clash =
                run("hypotest", parts[0].toString(), "--combine", parts[0].toString(), "--mu", "1");
        assertEquals(1, clash.code());
        assertTrue(clash.err().contains("is in both workspaces"), clash.err());
    }

    @Test
    void benchStatsTimesEveryWorkloadAndRejectsAMissingFolder(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path data = ReferenceData.require("pyhf/expected_results.json").getParent();
        CliRun r =
                run(
                        "bench",
                        "stats",
                        "--data",
                        data.toString(),
                        "--reps",
                        "1",
                        "--warmup",
                        "0",
                        "--skip-limits",
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = M.readTree(r.out()).get("results");
        // 10 validation workspaces (the discovery one has no limit), sbottom RegionA, synthetic.
        assertEquals(12, rows.size());
        assertEquals(
                214,
                rows.get(11).get("parameters").asInt(),
                "synthetic model has 214 parameters (its README)");
        CliRun bad = run("bench", "stats", "--data", tmp.resolve("absent").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("pyhf reference folder not found"), bad.err());
    }

    @Test
    void fitAndSignificanceAnswer() throws Exception {
        Path ws = ReferenceData.require("pyhf/workspaces/2bin_2channel_coupledhistosys.json");
        CliRun fit = run("fit", ws.toString(), "--starts", "4", "--json");
        assertEquals(0, fit.code(), fit.err());
        JsonNode out = M.readTree(fit.out());
        assertEquals(out.get("parameters").size(), out.get("correlation").size());
        assertEquals(
                2, out.get("local_minima_nll").size(), "two minima (expected_results.json note)");
        Path ub = ReferenceData.require("pyhf/workspaces/uncorrelated_background_2bin.json");
        CliRun prof = run("fit", ub.toString(), "--profile", "0:2:5", "--json");
        assertEquals(0, prof.code(), prof.err());
        JsonNode points = M.readTree(prof.out()).get("profile");
        assertEquals(5, points.size());
        for (JsonNode p : points) {
            assertTrue(
                    p.get("minus_2_delta_lnl").asDouble() >= -1e-9,
                    "profile is >= 0 around the best fit");
        }
        CliRun text = run("fit", ws.toString(), "--starts", "4");
        assertTrue(text.out().contains("-2 ln L"), text.out());
        Path q0 = ReferenceData.require("pyhf/workspaces/1bin_shapesys_q0.json");
        CliRun sig =
                run(
                        "significance",
                        q0.toString(),
                        "--interp",
                        "normsys=code1",
                        "--interp",
                        "histosys=code0",
                        "--json");
        assertEquals(0, sig.code(), sig.err());
        JsonNode s = M.readTree(sig.out());
        // Z = Φ⁻¹(1 − p0) with p0 from expected_results.json (pyhf, 3e-4).
        Tolerance.assertClose(2.6574, s.get("z").asDouble(), 0, 2e-3, "Z");
        CliRun toys =
                run(
                        "significance",
                        q0.toString(),
                        "--interp",
                        "normsys=code1",
                        "--interp",
                        "histosys=code0",
                        "--toys",
                        "2000",
                        "--seed",
                        "5",
                        "--json");
        assertEquals(0, toys.code(), toys.err());
        // pyhf's own toy run gives p0 = 0.004 (expected_results.json toy row, RNG-specific): with
        // 2000
        // toys the binomial error at p0 = 0.0039 is 0.0014, so allow 3 sigma around the asymptotic
        // p0.
        Tolerance.assertClose(
                0.003937, M.readTree(toys.out()).get("p0").asDouble(), 0, 0.0042, "toy p0");
    }

    @Test
    void badInputsExitWithOneAndNameTheProblem(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"channels\": [{\"name\": \"SR\", \"samples\": [{\"name\": \"s\", \"data\": [1.0],"
                        + " \"modifiers\": [{\"name\": \"x\", \"type\": \"bogus\", \"data\": null}]}]}],"
                        + " \"observations\": [{\"name\": \"SR\", \"data\": [1.0]}],"
                        + " \"measurements\": [{\"name\": \"m\", \"config\": {\"poi\": \"x\", \"parameters\": []}}], \"version\": \"1.0.0\"}");
        CliRun r = run("hypotest", bad.toString(), "--mu", "1");
        assertEquals(1, r.code());
        assertTrue(
                r.err().contains("/channels/0/samples/0/modifiers/0/type")
                        && r.err().contains("bogus"),
                r.err());
        CliRun j = run("limit", bad.toString(), "--json");
        assertEquals(1, j.code());
        assertTrue(M.readTree(j.out()).get("error").asText().contains("is not one of"), j.out());
        CliRun missing = run("fit", tmp.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        CliRun usage = run("hypotest", bad.toString());
        assertEquals(2, usage.code(), "missing --mu is a usage error");
        CliRun interp = run("hypotest", bad.toString(), "--mu", "1", "--interp", "normsys=code9");
        assertEquals(1, interp.code());
        assertTrue(interp.err().contains("unknown interpolation code 'code9'"), interp.err());
    }

    private static String oneBinWorkspace(String poiBounds) {
        return "{\"channels\": [{\"name\": \"SR\", \"samples\": ["
                + "{\"name\": \"signal\", \"data\": [20.0], \"modifiers\":"
                + " [{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}]},"
                + " {\"name\": \"background\", \"data\": [100.0], \"modifiers\": []}]}],"
                + " \"observations\": [{\"name\": \"SR\", \"data\": [130.0]}],"
                + " \"measurements\": [{\"name\": \"m\", \"config\": {\"poi\": \"mu\","
                + " \"parameters\": ["
                + poiBounds
                + "]}}], \"version\": \"1.0.0\"}";
    }

    @Test
    void hypotestTakesTheTwoSidedStatisticAndWarnsWhenThePoiIsBounded(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path free = tmp.resolve("free.json");
        Files.writeString(free, oneBinWorkspace("{\"name\": \"mu\", \"bounds\": [[-10.0, 10.0]]}"));
        CliRun r = run("hypotest", free.toString(), "--mu", "2", "--test-stat", "tmu", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
        // n = 130, s = 20, b = 100 at μ = 2: CLs from arXiv:1007.1727 eqs. 36 and 41 in closed
        // form (see TwoSidedAsymptoticsTest in stats).
        Tolerance.assertRelative(
                0.39358551781063567,
                M.readTree(r.out()).get("cls_obs").asDouble(),
                1e-7,
                "cls_obs");
        Path bounded = tmp.resolve("bounded.json");
        Files.writeString(bounded, oneBinWorkspace(""));
        CliRun w = run("hypotest", bounded.toString(), "--mu", "2", "--test-stat", "tmu");
        assertEquals(0, w.code(), w.err());
        assertTrue(w.err().contains("warning: tmu with mu bounded below at 0.0"), w.err());
        CliRun limit = run("limit", free.toString(), "--test-stat", "tmu");
        assertEquals(1, limit.code());
        assertTrue(limit.err().contains("needs qtilde or q"), limit.err());
    }
}
