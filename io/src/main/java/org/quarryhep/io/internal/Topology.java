package org.quarryhep.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;

/**
 * Builds HepMC-style vertices for events that only give mothers (LHE events), so that they can be
 * written as HepMC graphs: particles sharing a mother end at one vertex, whose outgoing particles
 * are the children of those mothers. All such vertices sit at the origin.
 */
public final class Topology {
    private Topology() {}

    /**
     * The event with vertices derived from its mothers; the event itself when it has vertices
     * already or no particle has a mother.
     */
    public static Event withVertices(Event e) {
        List<Particle> ps = e.particles();
        int n = ps.size();
        if (!e.vertices().isEmpty() || ps.stream().allMatch(p -> p.mothers().length == 0)) {
            return e;
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        for (Particle p : ps) {
            int[] m = p.mothers();
            for (int j = 1; j < m.length; j++) {
                union(root, m[0], m[j]);
            }
        }
        int[] vertexOfRoot = new int[n];
        Arrays.fill(vertexOfRoot, -1);
        int nv = 0;
        int[] end = new int[n];
        int[] production = new int[n];
        Arrays.fill(end, -1);
        Arrays.fill(production, -1);
        for (int i = 0; i < n; i++) {
            int[] m = ps.get(i).mothers();
            if (m.length == 0) {
                continue;
            }
            int r = find(root, m[0]);
            if (vertexOfRoot[r] < 0) {
                vertexOfRoot[r] = nv++;
            }
            production[i] = vertexOfRoot[r];
            for (int mother : m) {
                end[mother] = vertexOfRoot[r];
            }
        }
        List<List<Integer>> in = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        for (int k = 0; k < nv; k++) {
            in.add(new ArrayList<>());
            out.add(new ArrayList<>());
        }
        List<Particle> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (end[i] >= 0) {
                in.get(end[i]).add(i);
            }
            if (production[i] >= 0) {
                out.get(production[i]).add(i);
            }
            particles.add(ps.get(i).withVertices(production[i], end[i]));
        }
        List<Vertex> vertices = new ArrayList<>(nv);
        for (int k = 0; k < nv; k++) {
            vertices.add(
                    new Vertex(0, Position.ORIGIN, toArray(in.get(k)), toArray(out.get(k)), null));
        }
        return e.toBuilder().optParticles(particles).optVertices(vertices).build();
    }

    private static int[] toArray(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void union(int[] root, int a, int b) {
        root[find(root, a)] = find(root, b);
    }
}
