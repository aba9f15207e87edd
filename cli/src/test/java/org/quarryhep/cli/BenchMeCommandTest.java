package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code quarry bench me} through the real command line, with a short budget. */
class BenchMeCommandTest {

    private static String[] run(String... args) {
        CliRun r = CliRun.run(args);
        return new String[] {Integer.toString(r.code()), r.out(), r.err()};
    }

    @Test
    void reportsTheThreeModesPerProcess() throws Exception {
        String[] r =
                run(
                        "bench",
                        "me",
                        "--process",
                        "u u~ > e+ e-",
                        "--process",
                        "g g > t t~",
                        "--seconds",
                        "0.05",
                        "--warmup",
                        "0",
                        "--points",
                        "4",
                        "--explicit",
                        "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode results = new ObjectMapper().readTree(r[1]).get("results");
        assertEquals(2, results.size());
        assertEquals("g g > t t~", results.get(1).get("subprocess").asText());
        for (JsonNode row : results) {
            double explicit = row.get("explicit_per_cpu_s").asDouble();
            assertTrue(row.get("exact_per_cpu_s").asDouble() > 0, row.toString());
            // the explicit engine's colour sum (u u~ > e+ e-: 3 x 3 assignments with the colour
            // flowing through; g g > t t~: many more) costs more than one drawn assignment,
            // whichever engine the draw itself takes
            assertTrue(row.get("colour_drawn_per_cpu_s").asDouble() > explicit, row.toString());
        }
    }

    @Test
    void anUnknownParticleIsNamed() {
        String[] r = run("bench", "me", "--process", "u u~ > e+ zz", "--seconds", "0.01");
        assertTrue(!"0".equals(r[0]));
        assertTrue(r[2].contains("zz"), r[2]);
    }
}
