package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quarryhep.stats.WorkspaceReader;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * Upper limits on {@code uncorrelated_background_2bin} against pyhf (expected_results.json
 * "upper_limits": tests/test_infer.py:105-126 at pyhf b3dc4bb).
 */
class UpperLimitReferenceTest {
    private static JsonNode reference() throws IOException {
        Path p = ReferenceData.require("pyhf/expected_results.json");
        return WorkspaceReader.readTree(p).get("upper_limits").get(0);
    }

    private static UpperLimit limits() throws IOException {
        Path ws = ReferenceData.require("pyhf/workspaces/uncorrelated_background_2bin.json");
        Model model = Model.compile(WorkspaceReader.read(ws));
        AsymptoticCalculator calc =
                new AsymptoticCalculator(Fitter.of(model), TestStatistic.QTILDE);
        return UpperLimit.asymptotic(calc, model.observedData(), 0.05);
    }

    @Test
    void rootFindingMatchesPyhfToms748Limits() throws IOException {
        JsonNode ref = reference();
        LimitResult r = limits().rootFinding(0, 10, 1e-6, 200, null);
        // Issue 4: observed and expected limits to 1e-3 relative.
        Tolerance.assertRelative(
                ref.get("observed_upper_limit_mu").asDouble(), r.observed(), 1e-3, "observed");
        double[] exp = r.expected();
        for (int k = 0; k < 5; k++) {
            Tolerance.assertRelative(
                    ref.get("expected_upper_limits_mu").get(k).asDouble(),
                    exp[k],
                    1e-3,
                    "expected[" + k + "]");
        }
        System.out.printf(
                "LIMIT obs %.6f exp %s (%d tests)%n",
                r.observed(), java.util.Arrays.toString(exp), r.evaluations());
    }

    @Test
    void linearScanMatchesPyhfGridScan() throws IOException {
        JsonNode ref = reference().get("also").get("linear_scan_np.linspace(0,5,11)_interpolated");
        double[] grid = new double[11];
        for (int i = 0; i < 11; i++) {
            grid[i] = 0.5 * i;
        }
        LimitResult r = limits().scan(grid, null);
        assertEquals(11, r.evaluations());
        // Same grid as pyhf's np.linspace(0, 5, 11); linear interpolation of CLs between grid
        // points.
        Tolerance.assertRelative(
                ref.get("observed").asDouble(), r.observed(), 1e-3, "scan observed");
        for (int k = 0; k < 5; k++) {
            Tolerance.assertRelative(
                    ref.get("expected").get(k).asDouble(),
                    r.expected()[k],
                    1e-3,
                    "scan expected[" + k + "]");
        }
    }
}
