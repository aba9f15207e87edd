package org.quarryhep.core;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A vertex of a HepMC-style event graph: where incoming particles end and outgoing ones start.
 * Displaced decays of long-lived particles sit at vertices away from the origin.
 *
 * @param status vertex status code as written by the generator (0 when none)
 * @param position position and c·t in mm
 * @param incoming indices of incoming particles in the event (read-only)
 * @param outgoing indices of outgoing particles in the event (read-only)
 * @param attributes further named attributes as written in the file (read-only)
 */
public record Vertex(
        int status,
        Position position,
        int[] incoming,
        int[] outgoing,
        Map<String, String> attributes) {

    /** Validates and normalises the fields. */
    public Vertex {
        Objects.requireNonNull(position, "position");
        incoming = incoming == null ? new int[0] : incoming;
        outgoing = outgoing == null ? new int[0] : outgoing;
        attributes = OrderedMaps.copyOf(attributes);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Vertex v)) {
            return false;
        }
        return status == v.status
                && position.equals(v.position)
                && Arrays.equals(incoming, v.incoming)
                && Arrays.equals(outgoing, v.outgoing)
                && attributes.equals(v.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, position)
                + 31 * Arrays.hashCode(incoming)
                + 17 * Arrays.hashCode(outgoing);
    }

    @Override
    public String toString() {
        return "Vertex[status "
                + status
                + ", "
                + position
                + ", in "
                + Arrays.toString(incoming)
                + ", out "
                + Arrays.toString(outgoing)
                + "]";
    }
}
