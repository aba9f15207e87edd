package org.quarryhep.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.config.ConfigException;

class ScanFileTest {
    private static final String RUNNER = "runner: {type: analytic-smuon}\n";

    @Test
    void rangesLogRangesListsAndConstraints() {
        ScanDefinition d =
                ScanFile.parse(
                        "name: t\nseed: 7\nparameters:\n"
                                + "  m: {range: [100, 400, 100]}\n"
                                + "  v2: {logrange: [1e-6, 1e-2, 5]}\n"
                                + "  c: {values: [0, 50]}\n"
                                + "constraints: ['c < m - 250']\n"
                                + RUNNER,
                        "t.yaml");
        assertEquals(List.of(100.0, 200.0, 300.0, 400.0), d.parameters().get(0).values());
        // Decades from 1e-6 to 1e-2 in 5 values: 1e-6, 1e-5, ..., 1e-2 (relative 1e-15).
        List<Double> v2 = d.parameters().get(1).values();
        for (int k = 0; k < 5; k++) {
            assertEquals(Math.pow(10, -6 + k), v2.get(k), 1e-15 * Math.pow(10, -6 + k));
        }
        assertTrue(d.parameters().get(1).log());
        // 4 × 5 × 2 = 40 grid nodes; c < m − 250 keeps m = 300 with c = 0 (50 < 50 fails) and
        // m = 400 with both c: (1 + 2) × 5 = 15.
        assertEquals(15, d.gridPoints().size());
        assertTrue(d.allowed(Map.of("m", 400.0, "v2", 1e-6, "c", 50.0)));
    }

    @Test
    void unknownKeyNamesPathAllowedNamesAndSuggestion() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                ScanFile.parse(
                                        "name: t\nseed: 1\nparameters:\n  m: {rnage: [1, 2, 1]}\n"
                                                + RUNNER,
                                        "bad.yaml"));
        assertTrue(e.getMessage().startsWith("bad.yaml:4: /parameters/m/rnage"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'range'"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: values, range, logrange"), e.getMessage());
    }

    @Test
    void constraintOnAnUnknownParameterIsAnError() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                ScanFile.parse(
                                        "name: t\nseed: 1\nparameters:\n  m: {values: [1]}\n"
                                                + "constraints: ['mx < m']\n"
                                                + RUNNER,
                                        "c.yaml"));
        assertTrue(e.getMessage().startsWith("c.yaml:5: /constraints/0"), e.getMessage());
        assertTrue(e.getMessage().contains("'mx'"), e.getMessage());
    }

    @Test
    void seedsDependOnCoordinatesOnly() {
        // A point's seed is a function of the scan seed and its coordinates: the same point in
        // two scans with different grids has the same seed; a neighbour has another.
        ScanPoint a = ScanPoint.of(7, Map.of("m", 300.0));
        ScanPoint b = ScanPoint.of(7, Map.of("m", 300.0));
        ScanPoint c = ScanPoint.of(7, Map.of("m", 300.0000001));
        ScanPoint d = ScanPoint.of(8, Map.of("m", 300.0));
        assertEquals(a.seed(), b.seed());
        assertTrue(a.seed() != c.seed() && a.seed() != d.seed());
    }
}
