package org.quarryhep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.detector.ReconstructedEvent;

class CutFlowTest {
    private static final String YAML =
            """
            objects:
              muons: {from: muons, ptMin: 10}
              jets: {from: jets, ptMin: 30}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) >= 2"}
                - {name: mass window, require: "abs(mll - 91) < 15"}
              categories:
                - {name: 0jet, require: "n(jets) == 0"}
                - name: 1jet
                  require: "n(jets) >= 1"
                  cuts: [{name: jet pt, require: "pt(jets[0]) > 50"}]
            variables:
              mll: "m(muons[0], muons[1])"
            histograms:
              mll: {variable: mll, bins: {count: 6, low: 76, high: 106}}
            """;

    /**
     * Five hand-made events with weights 1, 2, 3, 4, 0.5; the expected counts, sums and
     * efficiencies are worked out by hand from which cuts each passes:
     *
     * <pre>
     * w=1   one muon                      -> all
     * w=2   Z, no jet                     -> all, two muons, window, 0jet
     * w=3   Z + 60 GeV jet                -> all, two muons, window, 1jet, jet pt
     * w=4   Z + 40 GeV jet                -> all, two muons, window, 1jet
     * w=0.5 pair at 20 GeV mass           -> all, two muons
     * </pre>
     */
    @Test
    void handWorkedCutFlow() {
        AnalysisDefinition d = AnalysisDefinition.parse(YAML, "cf.yaml");
        EventSelection s = d.newSelection(Map.of(), ScoreProvider.none());
        AnalysisAccumulator acc = d.newAccumulator();
        for (ReconstructedEvent e : events()) {
            s.apply(e);
            s.fill(acc, e.weight());
        }
        CutFlowResult r = acc.cutFlow().result(1.0);
        List<String> names = r.rows().stream().map(CutFlowResult.Row::name).toList();
        assertEquals(
                List.of("all events", "two muons", "mass window", "0jet", "1jet", "jet pt"), names);
        long[] counts = {5, 4, 3, 1, 2, 1};
        double[] sumW = {10.5, 9.5, 9, 2, 7, 3};
        double[] sumW2 = {30.25, 29.25, 29, 4, 25, 9};
        for (int i = 0; i < counts.length; i++) {
            CutFlowResult.Row row = r.rows().get(i);
            assertEquals(counts[i], row.count(), row.name());
            assertEquals(sumW[i], row.sumW(), row.name());
            assertEquals(Math.sqrt(sumW2[i]), row.error(), row.name());
        }
        // Relative: window/two muons = 9/9.5; 1jet relative to the last common row = 7/9;
        // jet pt relative to 1jet = 3/7. Cumulative: jet pt = 3/10.5.
        assertClose(9 / 9.5, r.rows().get(2).relativeEfficiency(), 1e-15, 0);
        assertClose(7.0 / 9, r.rows().get(4).relativeEfficiency(), 1e-15, 0);
        assertClose(3.0 / 7, r.rows().get(5).relativeEfficiency(), 1e-15, 0);
        assertClose(3 / 10.5, r.rows().get(5).cumulativeEfficiency(), 1e-15, 0);
        // At σ = 2 pb and 10 fb⁻¹ the first row is σ𝓛 = 20 000 events, exactly.
        CutFlowResult lumi = acc.cutFlow().resultAtLuminosity(2, 10);
        assertClose(20000, lumi.rows().get(0).yield(), 1e-15, 0);
        assertClose(20000 * 3 / 10.5, lumi.rows().get(5).yield(), 1e-15, 0);
        assertClose(20000 / 10.5 * 3, lumi.rows().get(5).error(), 1e-15, 0);
        assertTrue(r.toTable().contains("| jet pt | 1jet | 1 |"), r.toTable());
        assertTrue(r.toJson().contains("\"relativeEfficiency\""));
        // Histogram: the selected events (w = 2, 3) at m ≈ 91 fill bin [91, 96).
        HistogramResult h = acc.histograms(1.0).get(0);
        assertEquals(5.0, h.yields()[3]);
        assertEquals(Math.sqrt(13), h.errors()[3]);
    }

    /** Two samples side by side: the yields of each, by hand (σ𝓛 = 20 000 and 1 000). */
    @Test
    void perProcessTable() {
        AnalysisDefinition d = AnalysisDefinition.parse(YAML, "cf.yaml");
        EventSelection s = d.newSelection(Map.of(), ScoreProvider.none());
        AnalysisAccumulator acc = d.newAccumulator();
        for (ReconstructedEvent e : events()) {
            s.apply(e);
            s.fill(acc, e.weight());
        }
        Map<String, CutFlowResult> bySample = new java.util.LinkedHashMap<>();
        bySample.put("signal", acc.cutFlow().resultAtLuminosity(2, 10));
        bySample.put("background", acc.cutFlow().resultAtLuminosity(0.1, 10));
        String table = CutFlowResult.table(bySample);
        assertTrue(table.startsWith("| cut | category | signal | background |"), table);
        // all events: 20 000 ± 20 000·√30.25/10.5 and 1 000 ± 1 000·√30.25/10.5.
        assertTrue(
                table.contains("| all events |  | 2.000e+04 ± 1.0e+04 | 1000 ± 5.2e+02 |"), table);
    }

    /**
     * Filling in any split over "threads" and merging gives bit-identical results to one pass (the
     * exact sums make the order irrelevant), with weights spanning eight decades.
     */
    @Test
    void mergedAccumulatorsEqualOnePass() {
        AnalysisDefinition d = AnalysisDefinition.parse(YAML, "cf.yaml");
        List<ReconstructedEvent> events = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 3000; i++) {
            double m = rng.nextDouble(60, 120);
            double pt = m / 2;
            Events e =
                    Events.event()
                            .muon(pt, 0, 0, 1)
                            .muon(pt, 0, Math.PI, -1)
                            .weight(
                                    Math.pow(10, rng.nextDouble(-4, 4))
                                            * (rng.nextBoolean() ? 1 : -1));
            if (rng.nextBoolean()) {
                e.jet(rng.nextDouble(30, 100), 2, 1.5, false);
            }
            events.add(e.build());
        }
        AnalysisAccumulator single = fill(d, events, 0, events.size());
        for (int threads : new int[] {2, 3, 7}) {
            AnalysisAccumulator merged = d.newAccumulator();
            // Merge in reverse order, to make the point.
            for (int t = threads - 1; t >= 0; t--) {
                int from = events.size() * t / threads;
                int to = events.size() * (t + 1) / threads;
                merged.merge(fill(d, events, from, to));
            }
            assertEquals(single.cutFlow().result(1.0), merged.cutFlow().result(1.0));
            assertEquals(single.histograms(1.0), merged.histograms(1.0));
        }
    }

    private static AnalysisAccumulator fill(
            AnalysisDefinition d, List<ReconstructedEvent> events, int from, int to) {
        EventSelection s = d.newSelection(Map.of(), ScoreProvider.none());
        AnalysisAccumulator acc = d.newAccumulator();
        for (int i = from; i < to; i++) {
            s.apply(events.get(i));
            s.fill(acc, events.get(i).weight());
        }
        return acc;
    }

    private static List<ReconstructedEvent> events() {
        // Back-to-back muons at η = 0 with p_T = 45.5: m ≈ 91.
        return List.of(
                Events.event().muon(45.5, 0, 0, 1).weight(1).build(),
                Events.event().muon(45.5, 0, 0, 1).muon(45.5, 0, Math.PI, -1).weight(2).build(),
                Events.event()
                        .muon(45.5, 0, 0, 1)
                        .muon(45.5, 0, Math.PI, -1)
                        .jet(60, 2, 1.5, false)
                        .weight(3)
                        .build(),
                Events.event()
                        .muon(45.5, 0, 0, 1)
                        .muon(45.5, 0, Math.PI, -1)
                        .jet(40, 2, 1.5, false)
                        .weight(4)
                        .build(),
                Events.event().muon(10, 0, 0, 1).muon(10, 0, Math.PI, -1).weight(0.5).build());
    }
}
