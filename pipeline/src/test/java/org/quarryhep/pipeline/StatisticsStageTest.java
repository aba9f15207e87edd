package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.pipeline.SampleDefinition.Normalisation;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.SampleDefinition.Role;
import org.quarryhep.pipeline.StatisticsDefinition.AbcdPrediction;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.HistFactoryLimit;
import org.quarryhep.pipeline.StatisticsDefinition.Significance;

class StatisticsStageTest {
    @TempDir Path dir;

    private static SampleDefinition sample(String name, Role role) {
        return new SampleDefinition(
                name,
                name,
                role,
                new ProcessSource("drell-yan", Map.of(), Map.of()),
                100,
                1,
                new Normalisation(OptionalDouble.empty(), 1),
                Map.of(),
                "/samples/0");
    }

    private static SampleHistograms hist(
            String sample, Role role, double sigmaPb, String name, double[] values) {
        double[] edges = new double[values.length + 1];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = i;
        }
        return new SampleHistograms(
                sample(sample, role),
                sigmaPb,
                Map.of(name, new HistogramData(name, edges, values, values.clone())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("points")).get(0);
    }

    @Test
    void asimovLimitSolvesTheSeedsQEquation() throws Exception {
        // q = 2 Σ [s − b ln(1 + s/b)] (analyses.md §1.8) evaluated here independently at the
        // returned scale must equal the 95% χ²₁ quantile 3.841458820694124.
        double[] s = {4, 9, 2};
        double[] b = {50, 30, 80};
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 0.5, "m", s),
                                hist("bkg", Role.BACKGROUND, 10, "m", b)),
                        dir);
        Map<String, Object> p =
                point(
                        stage.evaluate(
                                new AsimovLimit(
                                        "lim",
                                        List.of("m"),
                                        "sig",
                                        List.of("bkg"),
                                        3.841458820694124,
                                        Optional.empty(),
                                        "/statistics/0")));
        double k = (double) p.get("mu_limit");
        double q = 0;
        for (int i = 0; i < s.length; i++) {
            q += 2 * (k * s[i] - b[i] * Math.log(1 + k * s[i] / b[i]));
        }
        assertClose(3.841458820694124, q, 1e-9, 0);
        assertClose(0.5 * k, (double) p.get("cross_section_limit_pb"), 1e-12, 0);
    }

    @Test
    void countingLimitWithoutUncertaintyEqualsTheAsimovCriterion() throws Exception {
        // Without systematics the median expected asymptotic CLs limit satisfies
        // CLs = 2(1 − Φ(√q_μ,A)) = 0.05, i.e. q_μ,A = 1.96² = 3.8415 (Cowan et al.,
        // arXiv:1007.1727 eqs. 63-65 with p_b = 1/2): the binned Asimov criterion, here solved
        // in closed form for one bin with b = 25: x − ln(1+x) = 3.8415/(2·25).
        double b = 25;
        double target = 3.841458820694124 / (2 * b);
        double lo = 0;
        double hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid - Math.log1p(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double sLimit = lo * b;
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 2, "n", new double[] {5}),
                                hist("bkg", Role.BACKGROUND, 1, "n", new double[] {b})),
                        dir);
        Map<String, Object> p =
                point(
                        stage.evaluate(
                                new CountingLimit(
                                        "count",
                                        List.of("n"),
                                        "sig",
                                        List.of("bkg"),
                                        0,
                                        0.95,
                                        Optional.empty(),
                                        "/statistics/0")));
        // The limit finder's μ accuracy is 1e-6 relative to a limit near 1.
        assertClose(sLimit / 5, (double) p.get("mu_limit"), 1e-4, 0);
        double[] band = (double[]) p.get("mu_limit_band");
        for (int i = 1; i < band.length; i++) {
            assertTrue(band[i - 1] < band[i], "expected limits ascend from −2σ to +2σ");
        }
    }

    @Test
    void countingLimitWithUncertaintySolvesTheOnOffExclusionFormula() throws Exception {
        // The Asimov exclusion significance of the on/off problem (background b with absolute
        // uncertainty Δ measured in a Poisson control region; Bhattiprolu, Martin, Wells,
        // arXiv:2009.07249 eq. 3.4 and Kumar, Martin): the median expected CLs limit is where it
        // reaches 1.96. Solved here by bisection on s for b = 100, Δ = 20.
        double b = 100;
        double delta = 20;
        double lo = 0;
        double hi = 500;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (zExclusion(mid, b, delta) < 1.959963984540054) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 2, "n", new double[] {5}),
                                hist("bkg", Role.BACKGROUND, 1, "n", new double[] {b})),
                        dir);
        double mu =
                (double)
                        point(
                                        stage.evaluate(
                                                new CountingLimit(
                                                        "count",
                                                        List.of("n"),
                                                        "sig",
                                                        List.of("bkg"),
                                                        delta / b,
                                                        0.95,
                                                        Optional.empty(),
                                                        "/statistics/0")))
                                .get("mu_limit");
        // The fit's tolerance and the limit finder's 1e-6 give agreement to 1e-3.
        assertClose(lo / 5, mu, 1e-3, 0);
    }

    private static double zExclusion(double s, double b, double d) {
        double d2 = d * d;
        double x = Math.sqrt((s + b) * (s + b) - 4 * s * b * d2 / (b + d2));
        double t =
                2
                                * (s
                                        - b * Math.log((b + s + x) / (2 * b))
                                        - b * b / d2 * Math.log((b - s + x) / (2 * b)))
                        - (b + s - x) * (1 + b / d2);
        return Math.sqrt(t);
    }

    @Test
    void significanceIsTheAsimovFormula() throws Exception {
        // Hand calculation: s = 10, b = 100: Z_A = √(2(110 ln 1.1 − 10)) = 0.983992.
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 1, "n", new double[] {10}),
                                hist("bkg", Role.BACKGROUND, 1, "n", new double[] {100})),
                        dir);
        Map<String, Object> p =
                point(
                        stage.evaluate(
                                new Significance(
                                        "z",
                                        List.of("n"),
                                        "sig",
                                        List.of("bkg"),
                                        0,
                                        "/statistics/0")));
        assertClose(0.983992, (double) p.get("z_asimov"), 1e-5, 0);
    }

    @Test
    void histFactoryWithoutSystematicsMatchesTheCountingLimitAndWritesAWorkspace()
            throws Exception {
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 2, "n", new double[] {5, 3}),
                                hist("bkg", Role.BACKGROUND, 1, "n", new double[] {25, 9})),
                        dir);
        Map<String, Object> hf =
                point(
                        stage.evaluate(
                                new HistFactoryLimit(
                                        "hf",
                                        List.of("n"),
                                        "sig",
                                        List.of("bkg"),
                                        List.of(),
                                        0.95,
                                        "/statistics/0")));
        Map<String, Object> ct =
                point(
                        stage.evaluate(
                                new CountingLimit(
                                        "c",
                                        List.of("n"),
                                        "sig",
                                        List.of("bkg"),
                                        0,
                                        0.95,
                                        Optional.empty(),
                                        "/statistics/1")));
        // The same likelihood built two ways (the workspace fixes μ's bounds differently).
        assertClose((double) ct.get("mu_limit"), (double) hf.get("mu_limit"), 1e-4, 0);
        assertTrue(Files.isRegularFile(dir.resolve((String) hf.get("workspace"))));
    }

    @Test
    void scanKeepsTheBestCut() throws Exception {
        // A score histogram: signal piles up in the last bin, background in the first. Keeping
        // bins >= 3 (s = 8, b = 1) beats every other edge; checked by the independent q formula
        // for each edge below.
        double[] s = {1, 1, 1, 8};
        double[] b = {100, 20, 5, 1};
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 1, "score", s),
                                hist("bkg", Role.BACKGROUND, 1, "score", b)),
                        dir);
        Map<String, Object> p =
                point(
                        stage.evaluate(
                                new AsimovLimit(
                                        "lim",
                                        List.of("score"),
                                        "sig",
                                        List.of("bkg"),
                                        3.841458820694124,
                                        Optional.of(new CutScan("score", true)),
                                        "/statistics/0")));
        assertEquals(3.0, (double) p.get("best_cut"));
        assertEquals(8.0, (double) p.get("signal_yield"));
        assertEquals(1.0, (double) p.get("background_yield"));
    }

    @Test
    void abcdPredictsBTimesCOverD() throws Exception {
        // B = 20, C = 30, D = 60: A = 10; σ_A/A = √(1/20 + 1/30 + 1/60) with Poisson variances.
        SampleDefinition bg = sample("bkg", Role.BACKGROUND);
        double[] e = {0, 1};
        Map<String, HistogramData> h =
                Map.of(
                        "a", new HistogramData("a", e, new double[] {12}, new double[] {12}),
                        "b", new HistogramData("b", e, new double[] {20}, new double[] {20}),
                        "c", new HistogramData("c", e, new double[] {30}, new double[] {30}),
                        "d", new HistogramData("d", e, new double[] {60}, new double[] {60}));
        StatisticsStage stage = new StatisticsStage(List.of(new SampleHistograms(bg, 1, h)), dir);
        Map<String, Object> r =
                stage.evaluate(
                        new AbcdPrediction("abcd", "a", "b", "c", "d", List.of("bkg"), "/s/0"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bin = ((List<Map<String, Object>>) r.get("bins")).get(0);
        assertClose(10, (double) bin.get("predicted"), 1e-12, 0);
        assertClose(
                10 * Math.sqrt(1.0 / 20 + 1.0 / 30 + 1.0 / 60),
                (double) bin.get("uncertainty"),
                1e-12,
                0);
        assertClose(1.2, (double) bin.get("closure_ratio"), 1e-12, 0);
    }

    @Test
    void signalInABinWithoutBackgroundNamesTheEntryAndTheBin() {
        StatisticsStage stage =
                new StatisticsStage(
                        List.of(
                                hist("sig", Role.SIGNAL, 1, "m", new double[] {1, 2}),
                                hist("bkg", Role.BACKGROUND, 1, "m", new double[] {5, 0})),
                        dir);
        StatisticsException e =
                assertThrows(
                        StatisticsException.class,
                        () ->
                                stage.evaluate(
                                        new AsimovLimit(
                                                "lim",
                                                List.of("m"),
                                                "sig",
                                                List.of("bkg"),
                                                3.84,
                                                Optional.empty(),
                                                "/statistics/2")));
        assertTrue(e.getMessage().startsWith("/statistics/2: bin 1 of [m]"), e.getMessage());
    }
}
