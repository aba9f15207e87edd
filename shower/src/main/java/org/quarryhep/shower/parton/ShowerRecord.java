package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;

/**
 * The event history the shower writes: entries (particles with mutable momenta, so that a later
 * recoil boost can move whole subtrees) and vertices joining them. Converted once, at the end, to a
 * core {@link Event} with HepMC3 status codes.
 */
final class ShowerRecord {
    /** HepMC3 beam particle. */
    static final int BEAM = 4;

    /** Hard-process incoming parton. */
    static final int HARD_INCOMING = 21;

    /** Intermediate resonance (its decay products follow). */
    static final int RESONANCE = 22;

    /** Hard-process outgoing parton that branched. */
    static final int HARD_OUTGOING = 23;

    /** Spacelike parton of the initial-state ladder. */
    static final int ISR_LINE = 41;

    /** Final-state shower parton that branched again. */
    static final int FSR_INTERMEDIATE = 51;

    /** Colourless hard-process particle that a recoil moved (copy before the move). */
    static final int RECOILED = 52;

    /** One particle of the history. */
    static final class Entry {
        final int id;
        int status;
        double[] p;
        final double mass;
        int col;
        int acol;
        int production = -1;
        int end = -1;
        final double spin;
        final double lifetime;
        boolean incomingSide;

        Entry(
                int id,
                int status,
                double[] p,
                double mass,
                int col,
                int acol,
                double spin,
                double t) {
            this.id = id;
            this.status = status;
            this.p = p;
            this.mass = mass;
            this.col = col;
            this.acol = acol;
            this.spin = spin;
            this.lifetime = t;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<int[][]> vertices = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();

    int add(Entry e) {
        entries.add(e);
        return entries.size() - 1;
    }

    /** Applies a transformation in place to every entry on the outgoing side. */
    void transformOutgoing(java.util.function.UnaryOperator<double[]> f) {
        for (Entry e : entries) {
            if (!e.incomingSide) {
                e.p = f.apply(e.p);
            }
        }
    }

    Entry entry(int i) {
        return entries.get(i);
    }

    int size() {
        return entries.size();
    }

    /** Adds a vertex; sets the end vertex of the incoming and the production of the outgoing. */
    int vertex(int[] in, int[] out) {
        return vertex(in, out, Position.ORIGIN);
    }

    /** Adds a vertex at a position (a displaced resonance decay). */
    int vertex(int[] in, int[] out, Position at) {
        int v = vertices.size();
        vertices.add(new int[][] {in.clone(), out.clone()});
        positions.add(at);
        for (int i : in) {
            entries.get(i).end = v;
        }
        for (int o : out) {
            entries.get(o).production = v;
        }
        return v;
    }

    /** The event: the template's header with this record's particles and vertices. */
    Event toEvent(Event template) {
        List<Particle> ps = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            FourMomentum p = new FourMomentum(e.p[0], e.p[1], e.p[2], e.p[3]);
            ps.add(
                    new Particle(
                            e.id,
                            e.status,
                            p,
                            e.mass,
                            null,
                            e.production,
                            e.end,
                            e.col,
                            e.acol,
                            e.lifetime,
                            e.spin,
                            Map.of()));
        }
        List<Vertex> vs = new ArrayList<>(vertices.size());
        for (int n = 0; n < vertices.size(); n++) {
            int[][] v = vertices.get(n);
            vs.add(new Vertex(0, positions.get(n), v[0], v[1], Map.of()));
        }
        return template.toBuilder().optParticles(ps).optVertices(vs).build();
    }
}
