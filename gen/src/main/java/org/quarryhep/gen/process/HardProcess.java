package org.quarryhep.gen.process;

import java.util.SplittableRandom;

/**
 * A built-in hard process: maps a point of the unit hypercube to a weighted parton-level event.
 * Implementations are immutable and thread-safe; the VEGAS grid adapts to the first {@link
 * #dimensions()} variables, and decays that do not change the weight draw from {@code rng}.
 */
public interface HardProcess {
    /** The process name as used by {@code --process}. */
    String name();

    /** A one-line description. */
    String description();

    /** The number of integration variables. */
    int dimensions();

    /**
     * PDG ids of the beams along +z and −z: protons (PDFs) unless the process collides leptons at
     * the full √s.
     */
    default int[] beams() {
        return new int[] {2212, 2212};
    }

    /** True when weights may be negative (interference samples). */
    default boolean signedWeights() {
        return false;
    }

    /**
     * Evaluates one point.
     *
     * @param x integration variables in [0, 1)
     * @param collider the collision
     * @param rng randomness for weight-neutral choices (flavour channel, colour flow, decays)
     * @param out filled with the weight (pb) and, when non-zero, the record
     */
    void evaluate(double[] x, Collider collider, SplittableRandom rng, PartonEvent out);
}
