package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigException;
import org.quarryhep.testkit.ReferenceData;

/**
 * The Poisson bootstrap of the limits ({@code bootstrap.replicas}) against linear error propagation
 * from the histograms' own Σw², and its independence of the thread count.
 */
class PipelineBootstrapTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            PipelineFixture.drellYanHead("bootstrap-test", 400)
                    + """
            variables:
              mll: "m(muons[0], muons[1])"
            histograms:
              one: {variable: mll, edges: [100, 1000]}
            bootstrap: {replicas: 400}
            statistics:
              - {name: limit, method: asimov_limit, histograms: [one], signal: signal}
            """;

    private Map<String, Object> results;

    private Map<String, Object> point(int threads, String out) throws Exception {
        RunResult r = new PipelineFixture(dir, ANALYSIS).run(Map.of(), false, threads, out);
        results = r.results();
        @SuppressWarnings("unchecked")
        Map<String, Object> limit =
                (Map<String, Object>)
                        ((Map<String, Object>) r.results().get("statistics")).get("limit");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) limit.get("points");
        return points.get(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> histogram(String sample) {
        Map<String, Object> doc = results;
        for (Map<String, Object> h :
                (List<Map<String, Object>>)
                        ((Map<String, Object>) doc.get("histograms")).get(sample)) {
            if (h.get("name").equals("one")) {
                return h;
            }
        }
        throw new AssertionError("no histogram 'one' for " + sample);
    }

    @Test
    void theOneBinLimitsSpreadIsTheLinearErrorPropagationOfItsYields() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Map<String, Object> p = point(2, "out");
        double s = ((Number) p.get("signal_yield")).doubleValue();
        double b = ((Number) p.get("background_yield")).doubleValue();
        double mu = ((Number) p.get("mu_limit")).doubleValue();
        // The histograms' MC errors, sqrt(sum w^2), are an independent record of the yields'
        // spread.
        double ds = ((Number) ((List<?>) histogram("signal").get("errors")).get(0)).doubleValue();
        double db = ((Number) ((List<?>) histogram("dy").get("errors")).get(0)).doubleValue();
        // One bin: 2 b g(x) = 3.84 with g(x) = x - ln(1 + x), x = mu s / b. At fixed q,
        // d ln mu / d ln s = -1 and d ln mu / d ln b = 1 - g(x) (1 + x) / x^2 (differentiate the
        // equation), so to first order (delta mu / mu)^2 = (ds / s)^2 + kb^2 (db / b)^2.
        double x = mu * s / b;
        double g = x - Math.log1p(x);
        double kb = 1 - g * (1 + x) / (x * x);
        double expected = Math.hypot(ds / s, kb * db / b);
        assertTrue(expected > 0.03, "the test needs a visible spread, got " + expected);
        assertEquals(400, p.get("bootstrap_replicas"));
        assertEquals(0, p.get("bootstrap_failures"));
        // 400 replicas estimate a standard deviation to 1/sqrt(2 * 399) = 3.5 %; 15 % is four of
        // those plus the propagation's second-order terms (ds/s ~ 7 %).
        assertClose(expected, ((Number) p.get("limit_rel_err")).doubleValue(), 0.15, 0);
    }

    @Test
    void theSpreadDoesNotDependOnTheThreadCount() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        assertEquals(point(1, "one").get("limit_rel_err"), point(3, "three").get("limit_rel_err"));
    }

    @Test
    void aReplicaCountBelowTwoIsRejectedWithItsField() throws Exception {
        PipelineFixture one =
                new PipelineFixture(dir, ANALYSIS.replace("replicas: 400", "replicas: 1"));
        ConfigException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        ConfigException.class, () -> one.load(Map.of()));
        assertTrue(e.getMessage().contains("/bootstrap/replicas"), e.getMessage());
    }
}
