package org.quarryhep.gen.process;

import java.util.Map;
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
     * The number of phase-space channels K: with K &gt; 1 the first variable x₀ chooses channel k
     * for x₀ in [k/K, (k + 1)/K) and the generator keeps a VEGAS grid per channel for the other
     * variables (see {@code ChannelGrids}); default 1, one grid for all variables.
     */
    default int integrationChannels() {
        return 1;
    }

    /**
     * Whether {@link #evaluate} applies the collider's generator cuts itself (and returns weight 0
     * where they fail); the generator then does not apply them to the record's final state again.
     * Default false: the generator cuts every final-state particle of the record, decay products
     * included.
     */
    default boolean appliesCuts() {
        return false;
    }

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
     * Cuts the process always applies, whatever the user asks: name (as in {@link GeneratorCuts}) →
     * the floor of a minimum cut. A user cut tighter than the floor wins; a looser one is raised to
     * it. Default: none.
     */
    default Map<String, Double> builtInCuts() {
        return Map.of();
    }

    /**
     * The lowest collision energy √ŝ at which the process can happen at all (the sum of the
     * final-state masses, or a built-in mass cut), GeV; default 0.
     *
     * @param collider the collision (masses come from its SM inputs, cuts from its cuts)
     * @return the threshold, GeV
     */
    default double thresholdGeV(Collider collider) {
        return 0;
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
