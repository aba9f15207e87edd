package org.quarryhep.io.hepmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;

/**
 * The particles and vertices of one HepMC event as primitive arrays, reused from event to event,
 * turned into Quarry's records once the event's topology is known.
 */
final class GraphTable {
    int n;
    int[] pdg = new int[256];
    int[] status = new int[256];
    double[] px = new double[256];
    double[] py = new double[256];
    double[] pz = new double[256];
    double[] e = new double[256];
    double[] m = new double[256];
    int[] production = new int[256];
    int[] end = new int[256];
    int[] colour = new int[256];
    int[] anticolour = new int[256];
    Map<Integer, Map<String, String>> particleAttributes = new HashMap<>();

    int nv;
    int[] vstatus = new int[64];
    double[] vx = new double[64];
    double[] vy = new double[64];
    double[] vz = new double[64];
    double[] vt = new double[64];
    boolean[] vdefined = new boolean[64];
    Map<Integer, Map<String, String>> vertexAttributes = new HashMap<>();

    void clear() {
        n = 0;
        nv = 0;
        particleAttributes.clear();
        vertexAttributes.clear();
    }

    /** Appends a particle with no vertices and returns its index. */
    int addParticle(int id, int st, double x, double y, double z, double en, double mass) {
        if (n == pdg.length) {
            int c = n * 2;
            pdg = Arrays.copyOf(pdg, c);
            status = Arrays.copyOf(status, c);
            px = Arrays.copyOf(px, c);
            py = Arrays.copyOf(py, c);
            pz = Arrays.copyOf(pz, c);
            e = Arrays.copyOf(e, c);
            m = Arrays.copyOf(m, c);
            production = Arrays.copyOf(production, c);
            end = Arrays.copyOf(end, c);
            colour = Arrays.copyOf(colour, c);
            anticolour = Arrays.copyOf(anticolour, c);
        }
        pdg[n] = id;
        status[n] = st;
        px[n] = x;
        py[n] = y;
        pz[n] = z;
        e[n] = en;
        m[n] = mass;
        production[n] = -1;
        end[n] = -1;
        colour[n] = 0;
        anticolour[n] = 0;
        return n++;
    }

    /** Makes room for vertex index {@code k}, marking new slots undefined. */
    void ensureVertices(int count) {
        if (count > vstatus.length) {
            int c = Math.max(count, vstatus.length * 2);
            vstatus = Arrays.copyOf(vstatus, c);
            vx = Arrays.copyOf(vx, c);
            vy = Arrays.copyOf(vy, c);
            vz = Arrays.copyOf(vz, c);
            vt = Arrays.copyOf(vt, c);
            vdefined = Arrays.copyOf(vdefined, c);
        }
        while (nv < count) {
            vstatus[nv] = 0;
            vx[nv] = 0;
            vy[nv] = 0;
            vz[nv] = 0;
            vt[nv] = 0;
            vdefined[nv] = false;
            nv++;
        }
    }

    void setVertex(int k, int st, double x, double y, double z, double t) {
        ensureVertices(k + 1);
        vstatus[k] = st;
        vx[k] = x;
        vy[k] = y;
        vz[k] = z;
        vt[k] = t;
        vdefined[k] = true;
    }

    void particleAttribute(int index, String name, String value) {
        particleAttributes.computeIfAbsent(index, k -> new HashMap<>()).put(name, value);
    }

    void vertexAttribute(int index, String name, String value) {
        vertexAttributes.computeIfAbsent(index, k -> new HashMap<>()).put(name, value);
    }

    /** Adds the particles and vertices to an event builder; mothers come from vertices. */
    void fill(Event.Builder b) {
        int[][] in = group(end);
        int[][] out = group(production);
        List<Vertex> vertices = new ArrayList<>(nv);
        for (int k = 0; k < nv; k++) {
            Position pos =
                    (Double.doubleToRawLongBits(vx[k])
                                            | Double.doubleToRawLongBits(vy[k])
                                            | Double.doubleToRawLongBits(vz[k])
                                            | Double.doubleToRawLongBits(vt[k]))
                                    == 0
                            ? Position.ORIGIN
                            : new Position(vx[k], vy[k], vz[k], vt[k]);
            vertices.add(
                    new Vertex(
                            vstatus[k],
                            pos,
                            in[k],
                            out[k],
                            vertexAttributes.isEmpty() ? null : vertexAttributes.get(k)));
        }
        List<Particle> particles = new ArrayList<>(n);
        int[] none = new int[0];
        for (int i = 0; i < n; i++) {
            int pv = production[i];
            particles.add(
                    new Particle(
                            pdg[i],
                            status[i],
                            new FourMomentum(px[i], py[i], pz[i], e[i]),
                            m[i],
                            pv >= 0 ? in[pv] : none,
                            pv,
                            end[i],
                            colour[i],
                            anticolour[i],
                            0,
                            Particle.SPIN_UNKNOWN,
                            particleAttributes.isEmpty() ? null : particleAttributes.get(i)));
        }
        b.optParticles(particles).optVertices(vertices);
    }

    /** For each vertex, the ascending indices of particles whose {@code link} is that vertex. */
    private int[][] group(int[] link) {
        int[] count = new int[nv];
        for (int i = 0; i < n; i++) {
            if (link[i] >= 0) {
                count[link[i]]++;
            }
        }
        int[][] g = new int[nv][];
        for (int k = 0; k < nv; k++) {
            g[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int i = 0; i < n; i++) {
            int k = link[i];
            if (k >= 0) {
                g[k][count[k]++] = i;
            }
        }
        return g;
    }
}
