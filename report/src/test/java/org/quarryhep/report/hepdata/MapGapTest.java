package org.quarryhep.report.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.report.Golden;
import org.quarryhep.report.hepdata.HepDataTable.Bin;
import org.quarryhep.report.model.Results;
import org.quarryhep.report.model.ResultsJson;

/** An empty cell of a map (null in results.json, e.g. a profile cell without events). */
class MapGapTest {
    /**
     * The golden {@code score-plane} map has 8 × 8 cells; with cell (ix 1, iy 0) emptied its
     * HEPData table has the other 63 (no NaN value, which HEPData cannot read), and the emptied
     * cell's (x, y) bin pair is not among them.
     */
    @Test
    void anEmptyCellIsLeftOutOfTheHepDataTable() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(Files.readString(Golden.resultsJson()));
        for (JsonNode f : root.get("figures")) {
            if (f.get("id").asText().equals("score-plane")) {
                ((ArrayNode) f.get("z").get(0)).set(1, JsonNodeFactory.instance.nullNode());
            }
        }
        Results r = ResultsJson.parse(m.writeValueAsString(root), "gap.json");
        HepDataTable map =
                HepDataTables.of(r, id -> null).stream()
                        .filter(t -> t.dataFile().equals("score-plane.yaml"))
                        .findFirst()
                        .orElseThrow();
        List<HepDataTable.Value> z = map.dependent().get(0).values();
        assertEquals(63, z.size());
        assertTrue(z.stream().allMatch(v -> Double.isFinite(v.value())), z.toString());
        List<Object> xs = map.independent().get(0).values();
        List<Object> ys = map.independent().get(1).values();
        for (int k = 0; k < xs.size(); k++) {
            assertFalse(
                    xs.get(k).equals(new Bin(0.5, 1.0)) && ys.get(k).equals(new Bin(0.0, 0.5)),
                    "the empty cell is left out");
        }
    }
}
