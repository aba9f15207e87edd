package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {

    private static Particle p(int id, int status) {
        return Particle.of(id, status, FourMomentum.ofPxPyPzM(1, 2, 3, 0));
    }

    @Test
    void mothersComeFromProductionVerticesAndDaughtersAreTheirInverse() {
        // Z (index 0) decays at vertex 0 into mu- (1) and mu+ (2).
        Event.Builder b = Event.builder().optNumber(5).optProcessId(221);
        b.addVertex(
                new Vertex(0, new Position(0.1, 0, 2, 0), new int[] {0}, new int[] {1, 2}, null));
        b.addParticle(p(23, 2).withVertices(-1, 0));
        b.addParticle(p(13, 1).withVertices(0, -1));
        b.addParticle(p(-13, 1).withVertices(0, -1));
        Event e = b.build();
        assertArrayEquals(new int[] {0}, e.particle(1).mothers());
        assertArrayEquals(new int[] {0}, e.particle(2).mothers());
        assertArrayEquals(new int[] {1, 2}, e.daughters(0));
        assertEquals(2, e.finalState().size());
        assertEquals(0.1, e.vertices().get(0).position().rho(), 0);
    }

    @Test
    void namedWeightsAndNominalWeight() {
        Event e =
                Event.builder()
                        .optWeights(-2.5, 1.0, 3.0)
                        .optWeightNames(List.of("nominal", "muR=2", "muR=0.5"))
                        .build();
        assertEquals(-2.5, e.weight(), 0);
        assertEquals(3.0, e.weight("muR=0.5"), 0);
        IllegalArgumentException ex =
                assertThrows(IllegalArgumentException.class, () -> e.weight("PDF1"));
        assertTrue(ex.getMessage().contains("PDF1"), ex.getMessage());
        assertEquals(1.0, Event.builder().build().weight(), 0);
    }

    @Test
    void outOfRangeMotherIsRejected() {
        Event.Builder b = Event.builder();
        b.addParticle(p(11, 1).withMothers(3));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(ex.getMessage().contains("3"), ex.getMessage());
    }

    @Test
    void equalityCoversContentAndToBuilderRoundTrips() {
        Event.Builder b = Event.builder().optWeights(1.5).optScale(91.2);
        b.addParticle(p(21, -1));
        Event e = b.build();
        assertEquals(e, e.toBuilder().build());
        assertNotEquals(e, e.toBuilder().optScale(91.3).build());
    }

    @Test
    void attributesKeepTheirInsertionOrder() {
        // Files written from attributes must not depend on the JVM's hash salt: the order given is
        // the order kept (checked on 40 keys, where an unordered map would almost surely differ).
        java.util.Map<String, String> in = new java.util.LinkedHashMap<>();
        for (int i = 40; i > 0; i--) {
            in.put("key" + i, "v" + i);
        }
        RunInfo run = new RunInfo("g", null, null, 0, 0, 0, 0, 0, null, null, null, "", in);
        assertEquals(List.copyOf(in.keySet()), List.copyOf(run.attributes().keySet()));
        Vertex v = new Vertex(0, Position.ORIGIN, null, null, in);
        assertEquals(List.copyOf(in.keySet()), List.copyOf(v.attributes().keySet()));
        Particle p =
                new Particle(11, 1, FourMomentum.ZERO, Double.NaN, null, -1, -1, 0, 0, 0, 9, in);
        assertEquals(List.copyOf(in.keySet()), List.copyOf(p.attributes().keySet()));
    }
}
