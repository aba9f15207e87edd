package org.quarryhep.io.hepmc;

import java.util.Arrays;
import org.quarryhep.io.EventFormatException;

/**
 * How the particles of a HepMC3 event hang on its vertices: each particle's parent (a vertex id, or
 * a particle id that makes an implicit vertex) and each {@code V} line's incoming particles, kept
 * while the event's lines are read and resolved into the production and end vertices of its {@link
 * GraphTable} once all are in. The arrays are reused from event to event.
 */
final class HepMc3Topology {
    private int[] parent = new int[256];
    private int[][] explicitIncoming = new int[64][];
    private int incomingUsed;

    /** Forgets the previous event's vertices (parents are overwritten particle by particle). */
    void clear() {
        Arrays.fill(explicitIncoming, 0, incomingUsed, null);
        incomingUsed = 0;
    }

    /** Records the parent of particle index {@code k}: a vertex id (&lt; 0), a particle id or 0. */
    void parent(int k, int mother) {
        if (k >= parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[k] = mother;
    }

    /** Records the incoming particle indices of vertex index {@code k}. */
    void incoming(int k, int[] in) {
        if (k >= explicitIncoming.length) {
            explicitIncoming =
                    Arrays.copyOf(explicitIncoming, Math.max(k + 1, 2 * explicitIncoming.length));
        }
        explicitIncoming[k] = in;
        incomingUsed = Math.max(incomingUsed, k + 1);
    }

    /** Assigns production/end vertices, creating implicit vertices in the unused id slots. */
    void resolve(GraphTable g, int nVertices, String source, long eventStartLine) {
        int explicit = 0;
        for (int k = 0; k < incomingUsed; k++) {
            explicit += explicitIncoming[k] != null ? 1 : 0;
        }
        if (nVertices > explicit + g.n) {
            // Each vertex has a V line or is made by a P line naming its parent particle.
            throw errorAt(
                    source,
                    "'E' line declares "
                            + nVertices
                            + " vertices but the event has at most "
                            + (explicit + g.n),
                    eventStartLine);
        }
        g.ensureVertices(nVertices);
        if (g.nv > nVertices) {
            throw errorAt(
                    source,
                    "'E' line declares " + nVertices + " vertices but the event has more",
                    eventStartLine);
        }
        for (int k = 0; k < incomingUsed; k++) {
            int[] in = explicitIncoming[k];
            if (in == null) {
                continue;
            }
            for (int p : in) {
                if (g.end[p] >= 0 && g.end[p] != k) {
                    throw errorAt(
                            source,
                            "particle "
                                    + (p + 1)
                                    + " enters two vertices, "
                                    + (-g.end[p] - 1)
                                    + " and "
                                    + (-k - 1),
                            eventStartLine);
                }
                g.end[p] = k;
            }
        }
        int nextFree = 0;
        for (int i = 0; i < g.n; i++) {
            int mother = parent[i];
            if (mother < 0) {
                int k = -mother - 1;
                if (k >= nVertices || !g.vdefined[k]) {
                    throw errorAt(
                            source,
                            "particle "
                                    + (i + 1)
                                    + " comes from vertex "
                                    + mother
                                    + ", which has no 'V' line",
                            eventStartLine);
                }
                g.production[i] = k;
            } else if (mother > 0) {
                int p = mother - 1;
                if (p >= g.n || p == i) {
                    throw errorAt(
                            source,
                            "particle "
                                    + (i + 1)
                                    + " has parent particle "
                                    + mother
                                    + " outside 1.."
                                    + g.n,
                            eventStartLine);
                }
                int k = g.end[p];
                if (k < 0) {
                    while (nextFree < nVertices && g.vdefined[nextFree]) {
                        nextFree++;
                    }
                    if (nextFree >= nVertices) {
                        throw errorAt(
                                source,
                                "'E' line declares "
                                        + nVertices
                                        + " vertices but the event"
                                        + " has more",
                                eventStartLine);
                    }
                    k = nextFree;
                    g.vdefined[k] = true;
                    g.end[p] = k;
                }
                g.production[i] = k;
            }
        }
        for (int k = 0; k < nVertices; k++) {
            if (!g.vdefined[k]) {
                throw errorAt(
                        source,
                        "'E' line declares "
                                + nVertices
                                + " vertices but the event has "
                                + "fewer (vertex "
                                + (-k - 1)
                                + " is missing)",
                        eventStartLine);
            }
        }
    }

    private static EventFormatException errorAt(String source, String message, long line) {
        return new EventFormatException(message, source, line);
    }
}
