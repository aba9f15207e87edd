package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.Event;
import org.quarryhep.detector.DetectorSimulation;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.SimulationSummary;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.ReferenceData;

/**
 * Every shared LHE and HepMC file simulates (module detector read through module io) with every
 * preset: all events come out, weights are carried through (their sum equals inventory.json's
 * {@code sum_event_weights} for LHE files) and the input level is recognised (LHE → parton level,
 * HepMC → hadron level).
 */
class SharedEventFilesSimulationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> files() throws IOException {
        if (!ReferenceData.has("events/inventory.json")) {
            return Stream.of(Arguments.of("absent", "", "cms"));
        }
        JsonNode inv = JSON.readTree(ReferenceData.require("events/inventory.json").toFile());
        List<Arguments> out = new ArrayList<>();
        String[] cards = {"cms", "atlas", "hllhc"};
        int k = 0;
        for (String kind : List.of("lhe", "hepmc")) {
            Iterator<Map.Entry<String, JsonNode>> it = inv.path(kind).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().has("n_events")) {
                    out.add(Arguments.of(kind, e.getKey(), cards[k++ % cards.length]));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} with {2}")
    @MethodSource("files")
    void sharedFileSimulates(String kind, String name, String card) throws IOException {
        Path file = ReferenceData.require("events/" + kind + "/" + name);
        JsonNode entry =
                JSON.readTree(ReferenceData.require("events/inventory.json").toFile())
                        .path(kind)
                        .path(name);
        // Pile-up needs minimum-bias events; here the presets run without it.
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(DetectorCards.preset(card).withMeanPileup(0))
                        .optSeed(1)
                        .optThreads(2)
                        .build();
        List<ReconstructedEvent> out = new ArrayList<>();
        SimulationSummary s;
        try (EventReader r = EventReaders.open(file)) {
            Iterator<Event> events = r;
            s = sim.run(events, out::add, null);
        }
        assertEquals(entry.path("n_events").asLong(), s.events());
        assertEquals(s.events(), out.size());
        if (kind.equals("lhe")) {
            assertEquals(s.events(), s.partonLevelEvents(), "LHE is parton level");
            double sum = out.stream().mapToDouble(ReconstructedEvent::weight).sum();
            assertClose(entry.path("sum_event_weights").asDouble(), sum, 1e-9, 1e-9);
        } else if (name.contains("tautau")) {
            // HepMC3's ee -> Z -> tautau example: hadronisation off, taus undecayed (data README).
            assertEquals(s.events(), s.partonLevelEvents(), "no hadrons: parton level");
        } else {
            assertEquals(
                    0, s.partonLevelEvents(), "a hadronised record is simulated at hadron level");
        }
        for (ReconstructedEvent e : out) {
            assertTrue(Double.isFinite(e.met().x()) && Double.isFinite(e.met().y()), e.toString());
        }
    }
}
