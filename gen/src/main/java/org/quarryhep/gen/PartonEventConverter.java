package org.quarryhep.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.Vertex;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.PartonEvent;

/**
 * Turns the parton-level records of one process into core events: particles with their mothers and
 * colour, a vertex per decay, and the PDF information when a beam is a hadron.
 */
final class PartonEventConverter {
    private final Collider collider;
    private final int processId;
    private final boolean hadronBeams;

    /**
     * Prepares the conversion.
     *
     * @param collider the collision (PDF, SM inputs)
     * @param processId the process id written to events
     * @param hadronBeams whether a beam is a proton (the events then carry PDF information)
     */
    PartonEventConverter(Collider collider, int processId, boolean hadronBeams) {
        this.collider = collider;
        this.processId = processId;
        this.hadronBeams = hadronBeams;
    }

    /**
     * Turns a parton-level record into a core event.
     *
     * @param ev the parton-level record
     * @param weight the event weight
     * @return the core event
     */
    Event toEvent(PartonEvent ev, double weight) {
        Event.Builder b = Event.builder();
        List<PartonEvent.Entry> es = ev.entries();
        int[] endVertex = new int[es.size()];
        Arrays.fill(endVertex, -1);
        int[] prodVertex = new int[es.size()];
        Arrays.fill(prodVertex, -1);
        List<Vertex> vertices = new ArrayList<>();
        for (int i = 0; i < es.size(); i++) {
            PartonEvent.Entry e = es.get(i);
            if (e.decayVertex() != null) {
                List<Integer> outs = new ArrayList<>();
                for (int j = 0; j < es.size(); j++) {
                    if (es.get(j).mother1() == i) {
                        outs.add(j);
                    }
                }
                endVertex[i] = vertices.size();
                for (int j : outs) {
                    prodVertex[j] = vertices.size();
                }
                vertices.add(
                        new Vertex(
                                0,
                                e.decayVertex(),
                                new int[] {i},
                                outs.stream().mapToInt(Integer::intValue).toArray(),
                                null));
            }
        }
        for (int i = 0; i < es.size(); i++) {
            PartonEvent.Entry e = es.get(i);
            int[] mothers;
            if (e.mother1() < 0) {
                mothers = new int[0];
            } else if (e.mother2() < 0 || e.mother2() == e.mother1()) {
                mothers = new int[] {e.mother1()};
            } else {
                mothers = new int[] {e.mother1(), e.mother2()};
            }
            FourMomentum p = e.momentum();
            // Massless partons and leptons get exactly 0, not the rounding residue of E² − p².
            double mass = Math.abs(p.m2()) < 1e-9 * p.e() * p.e() ? 0.0 : p.mass();
            b.addParticle(
                    new Particle(
                            e.pdgId(),
                            e.status(),
                            p,
                            mass,
                            mothers,
                            prodVertex[i],
                            endVertex[i],
                            e.colour(),
                            e.anticolour(),
                            e.ctauMm(),
                            e.helicity(),
                            null));
        }
        b.optVertices(vertices);
        PartonEvent.Entry in1 = es.get(0);
        PartonEvent.Entry in2 = es.get(1);
        int id = collider.pdf().lhapdfId();
        if (!hadronBeams) {
            return b.optProcessId(processId)
                    .optWeights(weight)
                    .optScale(ev.scale())
                    .optAlphaQcd(ev.alphaS())
                    .optAlphaQed(collider.sm().alpha())
                    .build();
        }
        b.optPdfInfo(
                new PdfInfo(
                        in1.pdgId(),
                        in2.pdgId(),
                        ev.x1(),
                        ev.x2(),
                        ev.scale(),
                        ev.xf1(),
                        ev.xf2(),
                        id,
                        id));
        return b.optProcessId(processId)
                .optWeights(weight)
                .optScale(ev.scale())
                .optAlphaQcd(ev.alphaS())
                .optAlphaQed(collider.sm().alpha())
                .build();
    }
}
