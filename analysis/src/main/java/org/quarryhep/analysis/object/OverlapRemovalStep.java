package org.quarryhep.analysis.object;

import java.util.List;

/**
 * One step of the ordered overlap removal: objects of {@code remove} within ΔR (η, φ) &lt; {@code
 * deltaR} of any object still in one of the {@code near} collections are dropped. Steps run in the
 * file's order, each on what the previous ones left.
 *
 * @param remove the collection that loses objects
 * @param near the collections that keep theirs
 * @param deltaR the cone
 */
public record OverlapRemovalStep(String remove, List<String> near, double deltaR) {
    /** Copies the list. */
    public OverlapRemovalStep {
        near = List.copyOf(near);
    }

    /** A readable summary. */
    public String description() {
        return "drop " + remove + " within dR < " + deltaR + " of " + String.join(", ", near);
    }
}
