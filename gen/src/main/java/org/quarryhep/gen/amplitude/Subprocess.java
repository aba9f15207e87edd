package org.quarryhep.gen.amplitude;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One partonic subprocess: incoming and outgoing PDG ids in the order the process string names
 * them, the identical-particle factor of the final state, the coupling-order limits and the
 * particles forbidden in propagators.
 *
 * @param incoming PDG ids of the incoming particles (1 or 2)
 * @param outgoing PDG ids of the outgoing particles
 * @param orderLimits amplitude-level coupling-order limits ({@code QCD}, {@code QED}, {@code
 *     WEIGHTED} = QCD + 2·QED); empty means the lowest WEIGHTED order this subprocess has
 * @param excluded |PDG| ids that may not appear in any propagator ({@code / h})
 */
public record Subprocess(
        int[] incoming, int[] outgoing, Map<String, Integer> orderLimits, Set<Integer> excluded) {

    /** Copies the arrays and collections. */
    public Subprocess {
        incoming = incoming.clone();
        outgoing = outgoing.clone();
        orderLimits = Map.copyOf(orderLimits);
        excluded = Set.copyOf(excluded);
    }

    /** A copy of the incoming PDG ids. */
    @Override
    public int[] incoming() {
        return incoming.clone();
    }

    /** A copy of the outgoing PDG ids. */
    @Override
    public int[] outgoing() {
        return outgoing.clone();
    }

    /** The identical-particle factor 1/∏ n_k! of the final state. */
    public double symmetryFactor() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int id : outgoing) {
            counts.merge(id, 1, Integer::sum);
        }
        double f = 1;
        for (int c : counts.values()) {
            for (int k = 2; k <= c; k++) {
                f /= k;
            }
        }
        return f;
    }

    /** MadGraph-style text, e.g. {@code d d~ > e+ e- g}. */
    public String text() {
        return names(incoming) + " > " + names(outgoing);
    }

    private static String names(int[] ids) {
        return Arrays.stream(ids)
                .mapToObj(id -> Particle.byPdg(id).name())
                .collect(Collectors.joining(" "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subprocess s
                && Arrays.equals(incoming, s.incoming)
                && Arrays.equals(outgoing, s.outgoing)
                && orderLimits.equals(s.orderLimits)
                && excluded.equals(s.excluded);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(incoming) + Arrays.hashCode(outgoing))
                + orderLimits.hashCode()
                + excluded.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
