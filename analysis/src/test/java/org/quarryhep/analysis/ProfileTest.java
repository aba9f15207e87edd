package org.quarryhep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.config.ConfigException;

/** The 2-D profile (mean of a variable in cells of two others) against hand computations. */
class ProfileTest {
    /**
     * Five rows (x, y, v, w) by hand: cell ([0,1), [0,10)) holds (0.5, 5, 2, 1) and (0.2, 9, 4, 3),
     * mean (2·1 + 4·3) / 4 = 3.5; cell ([1,2), [10,20)) holds (1.5, 15, -1, 2), mean -1; (2.5, 5)
     * is beyond the x edges and (0.5, NaN) is missing, so neither enters; the other cells are
     * empty.
     */
    @Test
    void meansPerCellByHand() {
        Profile p = new Profile("p", new double[] {0, 1, 2}, new double[] {0, 10, 20});
        p.fill(0.5, 5, 2, 1);
        p.fill(0.2, 9, 4, 3);
        p.fill(1.5, 15, -1, 2);
        p.fill(2.5, 5, 7, 1);
        p.fill(0.5, Double.NaN, 7, 1);
        ProfileResult r = p.result(10);
        assertClose(3.5, r.mean(0, 0), 1e-15, 0);
        assertClose(-1, r.mean(1, 1), 1e-15, 0);
        assertTrue(Double.isNaN(r.mean(0, 1)) && Double.isNaN(r.mean(1, 0)));
        // The scale multiplies the sums (Σw = 4 → 40), not the mean.
        assertClose(40, r.sumW()[0][0], 1e-15, 0);
        assertEquals(2L, r.entries()[0][0]);
    }

    /** Split across two accumulators and merged: the same sums as one (exact addition). */
    @Test
    void mergingIsExact() {
        double[] xe = {0, 1};
        double[] ye = {0, 1};
        Profile one = new Profile("p", xe, ye);
        Profile a = new Profile("p", xe, ye);
        Profile b = new Profile("p", xe, ye);
        double[] v = {1e16, 1, -1e16, 0.1};
        for (int i = 0; i < v.length; i++) {
            one.fill(0.5, 0.5, v[i], 1);
            (i % 2 == 0 ? a : b).fill(0.5, 0.5, v[i], 1);
        }
        a.merge(b);
        // Exact Σv = 1.1, mean 1.1 / 4 (plain double addition in this order would lose the 1).
        assertEquals(one.result(1).mean(0, 0), a.result(1).mean(0, 0));
        assertClose(1.1 / 4, a.result(1).mean(0, 0), 1e-15, 0);
    }

    private static final String YAML =
            """
            objects:
              muons: {from: muons, ptMin: 20}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) == 2"}
            variables:
              mll: "m(muons[0], muons[1])"
              lead: "pt(muons[0])"
              mH: {parameter: mass, optional: true}
            profiles:
              lead_map: {mean: lead, x: {variable: mH, edges: [100, 200, 300]},
                         y: {variable: mll, bins: {count: 2, low: 0, high: 200}}}
            """;

    /**
     * Through the selection: two events of a sample with mass 150 (muons of 45 and 60 GeV back to
     * back, m_μμ ≈ 2·p_T), weights 1 and 3; mean leading p_T in cell (150, [0, 100)) is (45·1 +
     * 60·3) / 4 = 56.25 and the other cells are empty. A sample without the optional parameter
     * fills nothing (its mH is NaN).
     */
    @Test
    void filledThroughTheSelection() {
        AnalysisDefinition def = AnalysisDefinition.parse(YAML, "profile.yaml");
        EventSelection s = def.newSelection(Map.of("mass", 150.0), ScoreProvider.none());
        AnalysisAccumulator acc = def.newAccumulator();
        s.apply(Events.event().muon(45, 0, 0, 1).muon(45, 0, Math.PI, -1).build());
        s.fill(acc, 1);
        s.apply(Events.event().muon(60, 0, 0, 1).muon(30, 0, Math.PI, -1).build());
        s.fill(acc, 3);
        ProfileResult r = acc.profiles(1).get(0);
        assertEquals("lead_map", r.name());
        assertClose(56.25, r.mean(0, 0), 1e-12, 0);
        assertTrue(Double.isNaN(r.mean(0, 1)) && Double.isNaN(r.mean(1, 0)));

        EventSelection background = def.newSelection(Map.of(), ScoreProvider.none());
        AnalysisAccumulator bg = def.newAccumulator();
        background.apply(Events.event().muon(45, 0, 0, 1).muon(45, 0, Math.PI, -1).build());
        background.fill(bg, 1);
        assertEquals(0L, bg.profiles(1).get(0).entries()[0][0]);
    }

    @Test
    void anUnknownVariableNamesTheProfile() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                AnalysisDefinition.parse(
                                        YAML.replace("mean: lead", "mean: nope"), "profile.yaml"));
        assertTrue(e.getMessage().contains("/profiles/lead_map/mean"), e.getMessage());
    }
}
