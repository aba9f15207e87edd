package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.stats.JsonPatch;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceReader;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.stats.modifier.InterpolationSettings;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * Every asymptotic case of {@code ../shared/data/pyhf/expected_results.json} (pyhf @ b3dc4bb
 * regression values of the ROOT-validated lineage; see the README there for provenance): CLs_obs
 * and the five CLs_exp values, one row per case, each with its own tolerance and reason.
 */
class PyhfValidationReferenceTest {

    /** A case: workspace (+ optional patch), settings, reference values, tolerance and why. */
    record Case(
            String id,
            Path workspace,
            Path patch,
            double mu,
            String testStat,
            InterpolationSettings interp,
            double clsObs,
            double[] clsExp,
            double rel,
            String reason) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        Path root = ReferenceData.require("pyhf/expected_results.json").getParent();
        JsonNode doc = WorkspaceReader.readTree(root.resolve("expected_results.json"));
        List<Case> out = new ArrayList<>();
        for (JsonNode c : doc.get("cases")) {
            if (!"asymptotics".equals(c.get("calctype").asText())) {
                continue; // the toy row holds pyhf-RNG-specific numbers (skip_check in the file)
            }
            String id = c.get("id").asText();
            double rel = 1e-4;
            String reason = "issue 4 target: CLs to 1e-4 relative";
            if (id.contains("q0")) {
                // Our value is stable to 1e-9 under 100x tighter minimiser tolerances and within
                // 1.6e-7 of the precise minimum (HistFactoryMinimumPeerTest); the README's
                // independent numpy/scipy cross-check also lands 3.3e-4 from pyhf's p0 band.
                rel = 4e-4;
                reason =
                        "q0 p-values down to 1e-5: pyhf's own tolerance is 3e-4, the independent"
                                + " cross-check in README.md lands 3.3e-4 away";
            } else if (id.startsWith("2bin_2channel_couplednorm")) {
                // The stored exp[0] is pyhf-minimiser dependent: the source gives two platform
                // values and the pre-2020 value differs by 2.2e-5; README's independent
                // cross-check lands up to 1.2e-4 away, as we do, and Quarry is within 1.6e-6 of
                // the precise minimum (HistFactoryMinimumPeerTest).
                rel = 1.5e-4;
                reason = "exp[0] depends on pyhf's minimiser (platform-dependent in the source)";
            }
            out.add(
                    new Case(
                            id,
                            root.resolve("workspaces").resolve(c.get("workspace").asText()),
                            null,
                            c.get("poi_test").asDouble(),
                            c.get("test_stat").asText(),
                            settings(c.get("modifier_settings")),
                            c.get("CLs_obs").asDouble(),
                            doubles(c.get("CLs_exp")),
                            rel,
                            reason));
        }
        for (JsonNode c : doc.get("readme_examples")) {
            // README doctest outputs (8 significant digits): observed CLs and the median only.
            double median = c.get("CLs_exp_median").asDouble();
            out.add(
                    new Case(
                            c.get("id").asText(),
                            root.resolve("workspaces")
                                    .resolve(c.get("workspace").asText())
                                    .normalize(),
                            null,
                            c.get("poi_test").asDouble(),
                            c.get("test_stat").asText(),
                            c.has("modifier_settings") && !c.get("modifier_settings").isEmpty()
                                    ? settings(c.get("modifier_settings"))
                                    : InterpolationSettings.pyhfDefaults(),
                            c.get("CLs_obs").asDouble(),
                            new double[] {Double.NaN, Double.NaN, median, Double.NaN, Double.NaN},
                            1e-4,
                            "pyhf README doctest output (docs example / simplemodels)"));
        }
        for (JsonNode c : doc.get("published_likelihoods")) {
            out.add(
                    new Case(
                            c.get("id").asText(),
                            root.resolve("workspaces")
                                    .resolve(c.get("bkgonly").asText())
                                    .normalize(),
                            root.resolve("workspaces").resolve(c.get("patch").asText()).normalize(),
                            c.get("poi_test").asDouble(),
                            c.get("test_stat").asText(),
                            settings(c.get("modifier_settings")),
                            c.get("CLs_obs").asDouble(),
                            doubles(c.get("CLs_exp")),
                            1e-4,
                            "published ATLAS likelihood; pyhf regression value held by pyhf to 1.5e-5"));
        }
        return out.stream().map(Arguments::of);
    }

    static InterpolationSettings settings(JsonNode node) {
        Map<String, String> codes = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            codes.put(e.getKey(), e.getValue().get("interpcode").asText());
        }
        return InterpolationSettings.fromModifierSettings(codes);
    }

    static double[] doubles(JsonNode arr) {
        double[] v = new double[arr.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = arr.get(i).asDouble();
        }
        return v;
    }

    static Model load(Case c) throws IOException {
        JsonNode ws = WorkspaceReader.readTree(c.workspace());
        if (c.patch() != null) {
            ws =
                    JsonPatch.fromJson(WorkspaceReader.readTree(c.patch()), c.patch().toString())
                            .apply(ws);
        }
        Workspace w = WorkspaceReader.fromJson(ws);
        return Model.compile(w, null, c.interp());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesPyhfClsObservedAndExpectedBand(Case c) throws IOException {
        Model model = load(c);
        Fitter fitter = Fitter.of(model);
        if (c.id().startsWith("2bin_2channel_coupledhistosys")) {
            // Non-convex likelihood (see expected_results.json): the reference belongs to the
            // α ≥ 0 branch; the global minimum is checked in CoupledHistosysMinimaTest.
            fitter =
                    Fitter.of(
                            CoupledHistosysMinimaTest.restrictAlphaPositive(
                                    c.workspace(), c.interp()));
        }
        AsymptoticCalculator calc =
                new AsymptoticCalculator(fitter, TestStatistic.parse(c.testStat()));
        HypoTestResult r = calc.hypotest(c.mu(), model.observedData());
        double[] exp = r.clsExpected();
        assertEquals(5, exp.length);
        double worst = Math.abs(r.clsObserved() / c.clsObs() - 1);
        Tolerance.assertRelative(
                c.clsObs(), r.clsObserved(), c.rel(), c.id() + " CLs_obs (" + c.reason() + ")");
        for (int k = 0; k < 5; k++) {
            if (Double.isNaN(c.clsExp()[k])) {
                continue; // README rows quote only the median
            }
            worst = Math.max(worst, Math.abs(exp[k] / c.clsExp()[k] - 1));
            Tolerance.assertRelative(
                    c.clsExp()[k],
                    exp[k],
                    c.rel(),
                    c.id() + " CLs_exp[" + k + "] (" + c.reason() + ")");
        }
        System.out.printf("VALIDATION %s max rel deviation %.2e%n", c.id(), worst);
    }
}
