package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.pipeline.PipelineFixture.Q95;
import static org.quarryhep.pipeline.PipelineFixture.asimovLimit;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.pipeline.SampleDefinition.Normalisation;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.SampleDefinition.Role;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;
import org.quarryhep.pipeline.StatisticsDefinition.RocCurve;

/** The shape scan, the bin-merging rule, the branching-ratio divisor and the ROC entry. */
class StatisticsScanTest {
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

    private static double[] edges(int n) {
        double[] e = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            e[i] = i;
        }
        return e;
    }

    private static HistogramData h(String name, double... v) {
        return new HistogramData(name, edges(v.length), v, v.clone());
    }

    /** The q of the seed (analyses.md §1.8) at signal scale k, computed here independently. */
    private static double q(double k, double[] s, double[] b) {
        double q = 0;
        for (int i = 0; i < s.length; i++) {
            q += 2 * (k * s[i] - b[i] * Math.log(1 + k * s[i] / b[i]));
        }
        return q;
    }

    /** The scale where q reaches 3.84, by bisection (independent of BinnedExclusion). */
    private static double limit(double[] s, double[] b) {
        double lo = 0;
        double hi = 1e6;
        for (int i = 0; i < 300; i++) {
            double mid = 0.5 * (lo + hi);
            if (q(mid, s, b) < Q95) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("points")).get(0);
    }

    @Test
    void mergingGathersBinsDownwardsUntilTheyHaveBackground() {
        // Worked by hand: from the top, bin 4 (b = 0) joins bin 3 (b = 2): {s 1+3, b 2}; bin 2 has
        // b = 5: alone; bins 1 (b = 0) and 0 (b = 0) are left at the bottom and join the lowest
        // merged bin (bin 2): {s 2 + 1 + 0.5, b 5}.
        double[][] m =
                LimitBins.mergeEmptyBackground(
                        new double[] {0.5, 1, 2, 3, 1}, new double[] {0, 0, 5, 2, 0});
        assertArrayEquals(new double[] {3.5, 4}, m[0], 0);
        assertArrayEquals(new double[] {5, 2}, m[1], 0);
    }

    @Test
    void mergedLimitAndBranchingRatioFollowTheFormula() throws Exception {
        // The merged bins {s 4, b 2} and {s 3, b 8} enter q; the limit in σ is μ·σ_sample / BR.
        SampleHistograms sig =
                new SampleHistograms(sample("sig", Role.SIGNAL), 0.2, Map.of("m", h("m", 3, 1, 3)));
        SampleHistograms bkg =
                new SampleHistograms(
                        sample("bkg", Role.BACKGROUND), 1, Map.of("m", h("m", 8, 2, 0)));
        StatisticsStage stage = new StatisticsStage(List.of(sig, bkg), dir);
        Map<String, Object> p =
                point(
                        stage.evaluate(
                                asimovLimit(
                                        "lim", Optional.empty(), new LimitOptions(0.1782, true))));
        double mu = limit(new double[] {3, 4}, new double[] {8, 2});
        assertClose(mu, (double) p.get("mu_limit"), 1e-6, 0);
        assertEquals(1, p.get("merged_bins"));
        assertClose(mu * 0.2 / 0.1782 * 1000, (double) p.get("cross_section_limit_fb"), 1e-6, 0);
    }

    /** A cut table whose rows are given (underflow, the cut bins, overflow). */
    private static CutTable table(double[] cutEdges, double[][] rows) {
        List<HistogramData> hs = new ArrayList<>();
        for (double[] r : rows) {
            hs.add(h("m", r));
        }
        return new CutTable("score", "m", cutEdges, hs);
    }

    @Test
    void shapeScanTakesTheShapeOfThePassingEventsAtTheBestCut() throws Exception {
        // Score cut edges {0, 0.5, 1}: rows underflow, [0, 0.5), [0.5, 1), overflow; each row an
        // M_col histogram of two bins. Signal sits at high score, background at low score. The
        // limit at each cut, by brute force here: cut 0 keeps rows 1-3, cut 0.5 rows 2-3, cut 1
        // row 3 only (no signal: skipped).
        double[] ce = {0, 0.5, 1};
        double[][] sr = {{0, 0}, {1, 0}, {2, 6}, {0, 0}};
        double[][] br = {{50, 50}, {40, 20}, {5, 4}, {0, 0}};
        SampleHistograms sig =
                new SampleHistograms(
                        sample("sig", Role.SIGNAL),
                        1,
                        Map.of("m", h("m", 3, 6)),
                        Map.of("m|score", table(ce, sr)));
        SampleHistograms bkg =
                new SampleHistograms(
                        sample("bkg", Role.BACKGROUND),
                        1,
                        Map.of("m", h("m", 45, 24)),
                        Map.of("m|score", table(ce, br)));
        double all = limit(new double[] {3, 6}, new double[] {45, 24});
        double tight = limit(new double[] {2, 6}, new double[] {5, 4});
        StatisticsStage stage = new StatisticsStage(List.of(sig, bkg), dir);
        Map<String, Object> p =
                point(
                        stage.evaluate(
                                asimovLimit(
                                        "lim",
                                        Optional.of(new CutScan(List.of("score"), true, true)),
                                        LimitOptions.DEFAULT)));
        assertClose(Math.min(all, tight), (double) p.get("mu_limit"), 1e-6, 0);
        assertEquals(0.5, (double) p.get("best_cut"));
        // Keep below: cut 0 keeps the underflow only (no signal: skipped), cut 0.5 rows 0-1,
        // cut 1 rows 0-2.
        double below05 = limit(new double[] {1, 0}, new double[] {90, 70});
        double below1 = limit(new double[] {3, 6}, new double[] {95, 74});
        Map<String, Object> pb =
                point(
                        stage.evaluate(
                                asimovLimit(
                                        "lim",
                                        Optional.of(new CutScan(List.of("score"), false, true)),
                                        LimitOptions.DEFAULT)));
        assertClose(Math.min(below05, below1), (double) pb.get("mu_limit"), 1e-6, 0);
    }

    @Test
    void aucOfBinnedGaussiansMatchesTheClosedForm() throws Exception {
        // Scores N(1, 1) for signal and N(0, 1) for background, binned finely over [-8, 9]:
        // AUC = Φ(Δ/√2) = Φ(0.70711) = 0.760250 (standard normal table); the half-bin tie rule
        // leaves a bias of order (bin width)² ≈ 1e-6 here.
        int n = 3400;
        double lo = -8;
        double w = 17.0 / n;
        double[] s = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double x = lo + (i + 0.5) * w;
            s[i] = Math.exp(-0.5 * (x - 1) * (x - 1)) * w;
            b[i] = Math.exp(-0.5 * x * x) * w;
        }
        double[] e = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            e[i] = lo + i * w;
        }
        SampleHistograms sig =
                new SampleHistograms(
                        sample("sig", Role.SIGNAL),
                        1,
                        Map.of("score", new HistogramData("score", e, s, s.clone())));
        SampleHistograms bkg =
                new SampleHistograms(
                        sample("bkg", Role.BACKGROUND),
                        1,
                        Map.of("score", new HistogramData("score", e, b, b.clone())));
        Map<String, Object> p =
                point(
                        new StatisticsStage(List.of(sig, bkg), dir)
                                .evaluate(
                                        new RocCurve(
                                                "roc",
                                                "score",
                                                "sig",
                                                List.of("bkg"),
                                                Optional.empty(),
                                                "/statistics/0")));
        assertClose(0.760250, (double) p.get("auc"), 2e-6, 0);
    }

    private static Map<String, Object> scanned(double best, double[] cuts, double[] mus) {
        List<Map<String, Object>> sp = new ArrayList<>();
        for (int i = 0; i < cuts.length; i++) {
            sp.add(new java.util.LinkedHashMap<>(Map.of("cut", cuts[i], "mu_limit", mus[i])));
        }
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("mu_limit", best);
        p.put("signal_cross_section_pb", 0.5);
        p.put("signal_branching_ratio", 0.25);
        p.put("scan_points", sp);
        return p;
    }

    @Test
    void theCommonCutMinimisesTheSumOfRatiosToEachBest() {
        // Entry A: limits 2, 1, 4 at f = 0.5, 0.7, 0.9 (best 1); entry B: 9, 6, 3 (best 3).
        // Sums of ratios, by hand: f 0.5: 2 + 3 = 5; f 0.7: 1 + 2 = 3; f 0.9: 4 + 1 = 5 -> 0.7.
        double[] f = {0.5, 0.7, 0.9};
        Map<String, Object> a = scanned(1, f, new double[] {2, 1, 4});
        Map<String, Object> b = scanned(3, f, new double[] {9, 6, 3});
        CutScan scan = new CutScan(List.of("x"), false, true, "g");
        List<StatisticsDefinition> defs = new ArrayList<>();
        Map<String, Object> results = new java.util.LinkedHashMap<>();
        for (String name : List.of("a", "b")) {
            defs.add(asimovLimit(name, Optional.of(scan), LimitOptions.DEFAULT));
            results.put(name, Map.of("points", List.of(name.equals("a") ? a : b)));
        }
        StatisticsStage.commonCuts(defs, results);
        assertEquals(0.7, (double) a.get("common_cut"));
        assertEquals(6.0, (double) b.get("common_cut_mu_limit"));
        // σ limit = μ · σ_sample / BR, in fb.
        assertClose(
                6 * 0.5 / 0.25 * 1000,
                (double) b.get("common_cut_cross_section_limit_fb"),
                1e-12,
                0);
    }
}
