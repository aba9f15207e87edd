package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's numbers table of a results table, with the bootstrap errors of its limits. */
class ResultTableEntriesTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            PipelineFixture.drellYanHead("table-test", 100)
                    + """
            variables:
              mll: "m(muons[0], muons[1])"
            histograms:
              one: {variable: mll, edges: [100, 1000]}
            bootstrap: {replicas: 10}
            statistics:
              - {name: limit, method: asimov_limit, histograms: [one], signal: signal,
                 result: {table: limits, row: {category: all},
                          columns: {sigma_fb: cross_section_limit_fb, sigma_fb_err: limit_rel_err}}}
            """;

    /**
     * A point with σ limit 40 fb and relative bootstrap error 0.1 (numbers made up for the
     * bookkeeping): one row "all: sigma_fb" of 40 ± 4 fb, and no row of its own for the relative
     * error (HEPData would show it as a bare number, unlinked to its limit).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aLimitCarriesItsBootstrapErrorAsItsPlusMinus() throws Exception {
        ResultTableEntries entries =
                new ResultTableEntries(new PipelineFixture(dir, ANALYSIS).load(Map.of()));
        Map<String, Object> point =
                Map.of("cross_section_limit_fb", 40.0, "limit_rel_err", 0.1, "mu_limit", 0.4);
        Map<String, Object> tables =
                entries.resultTables(Map.of("limit", Map.of("points", List.of(point))));
        List<Map<String, Object>> numbers = entries.resultNumberTables(tables);
        assertEquals(1, numbers.size());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) numbers.get(0).get("rows");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, Object> row = rows.get(0);
        assertEquals("all: sigma\\_fb", row.get("name"));
        assertEquals("fb", row.get("unit"));
        assertClose(40, (double) row.get("value"), 0, 0);
        // 0.1 x 40 fb, both sides (the bootstrap's spread is a standard deviation).
        assertClose(4, (double) row.get("plus"), 1e-15, 0);
        assertClose(4, (double) row.get("minus"), 1e-15, 0);
    }
}
