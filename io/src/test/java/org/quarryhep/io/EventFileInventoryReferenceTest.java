package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;
import org.quarryhep.core.Vertex;
import org.quarryhep.testkit.Tolerance;

/**
 * Every shared event file reads, and its counts equal {@code ../shared/data/events/inventory.json}
 * (computed by a plain text scan when the files were collected, independent of Quarry's parsers).
 * Integer counts must match exactly. Sums of weights are held to relative 1e-12: the inventory
 * summed the same decimal values in file order, so only the last bits may differ. The inventory's
 * mean particle multiplicity is rounded to three decimals, hence absolute 5e-4.
 */
class EventFileInventoryReferenceTest {
    static List<String> files() {
        return SharedEventFiles.names();
    }

    /**
     * The inventory counts 'V' lines. HepMC2 writes one for every vertex; HepMC3's writer leaves
     * out (makes implicit) a vertex with exactly one incoming particle, status 0, no position and
     * no attributes, naming the parent particle on the 'P' line instead.
     */
    private static boolean hasOwnLine(EventFormat format, Vertex v) {
        return format != EventFormat.HEPMC3
                || v.incoming().length != 1
                || v.status() != 0
                || !v.position().isOrigin()
                || !v.attributes().isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void countsEqualInventory(String name) {
        SharedEventFiles.requirePresent();
        JsonNode inv = SharedEventFiles.inventory(name);
        assertTrue(inv.has("n_events"), "inventory.json has no entry for " + name);
        long events = 0;
        long particles = 0;
        long vertices = 0;
        long finalState = 0;
        long negative = 0;
        double sumWeights = 0;
        RunInfo run;
        try (EventReader r = EventReaders.open(SharedEventFiles.path(name))) {
            run = r.runInfo();
            while (r.hasNext()) {
                Event e = r.next();
                events++;
                particles += e.particles().size();
                for (Vertex v : e.vertices()) {
                    if (hasOwnLine(r.format(), v)) {
                        vertices++;
                    }
                }
                for (Particle p : e.particles()) {
                    if (p.isFinal()) {
                        finalState++;
                    }
                }
                if (e.weight() < 0) {
                    negative++;
                }
                sumWeights += e.weight();
            }
            assertEquals(0, r.skippedEvents(), "strict reading skips nothing");
        }
        assertEquals(inv.get("n_events").asLong(), events, "events");
        if (name.startsWith("lhe/")) {
            assertEquals(
                    inv.get("n_negative_weight_events").asLong(), negative, "negative weights");
            Tolerance.assertClose(
                    inv.get("sum_event_weights").asDouble(),
                    sumWeights,
                    1e-12,
                    0,
                    "sum of weights");
            Tolerance.assertClose(
                    inv.get("mean_particles_per_event").asDouble(),
                    (double) particles / events,
                    0,
                    5e-4,
                    "mean particles per event");
            assertEquals(inv.get("beams").get(0).asInt(), run.beam1().pdgId(), "beam 1");
            assertEquals(inv.get("beams").get(1).asInt(), run.beam2().pdgId(), "beam 2");
            Tolerance.assertClose(
                    inv.get("sqrt_s_GeV").asDouble(), run.sqrtS(), 1e-12, 0, "sqrt(s)");
            assertEquals(inv.get("IDWTUP").asInt(), run.weightingStrategy(), "IDWTUP");
            JsonNode procs = inv.get("processes_init");
            assertEquals(procs.size(), run.processes().size(), "number of processes");
            for (int i = 0; i < procs.size(); i++) {
                RunInfo.ProcessInfo p = run.processes().get(i);
                JsonNode q = procs.get(i);
                assertEquals(q.get("lprup").asInt(), p.id(), "LPRUP of process " + i);
                Tolerance.assertClose(
                        q.get("xsec_pb").asDouble(),
                        p.crossSectionPb(),
                        1e-15,
                        0,
                        "XSECUP of process " + i);
                Tolerance.assertClose(
                        q.get("xerr_pb").asDouble(),
                        p.crossSectionErrorPb(),
                        1e-15,
                        0,
                        "XERRUP of process " + i);
            }
        } else {
            assertEquals(inv.get("n_particles").asLong(), particles, "particles");
            assertEquals(inv.get("n_vertices").asLong(), vertices, "vertices");
            assertEquals(inv.get("n_status1_particles").asLong(), finalState, "status-1 particles");
        }
    }
}
