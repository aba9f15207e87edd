package org.quarryhep.jets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What to cluster with: an algorithm, a radius R and a recombination scheme. Immutable; the run
 * itself is a {@link ClusterSequence}.
 *
 * @param algorithm the sequential-recombination algorithm
 * @param radius the jet radius R (in the rapidity–azimuth plane), finite and positive
 * @param scheme how merging pseudojets are combined
 */
public record JetDefinition(JetAlgorithm algorithm, double radius, RecombinationScheme scheme) {

    /**
     * The largest accepted radius, FastJet's {@code max_allowable_R}; beyond it the beam distance
     * no longer has a meaning in the (y, φ) cylinder.
     */
    public static final double MAX_RADIUS = 1000.0;

    /**
     * Validates the fields.
     *
     * @throws JetDefinitionException when a field is null or R is not in (0, {@link #MAX_RADIUS}]
     */
    public JetDefinition {
        if (algorithm == null) {
            throw new JetDefinitionException("algorithm: must not be null");
        }
        if (scheme == null) {
            throw new JetDefinitionException("scheme: must not be null");
        }
        if (!(radius > 0 && radius <= MAX_RADIUS)) {
            throw new JetDefinitionException(
                    "radius: R = " + radius + " is invalid; expected 0 < R <= " + MAX_RADIUS);
        }
    }

    /**
     * A definition with E-scheme recombination.
     *
     * @param algorithm the algorithm
     * @param radius the jet radius R
     * @return the definition
     * @throws JetDefinitionException when R is out of range
     */
    public static JetDefinition of(JetAlgorithm algorithm, double radius) {
        return new JetDefinition(algorithm, radius, RecombinationScheme.E_SCHEME);
    }

    /** The anti-kt definition with radius R and E-scheme recombination. */
    public static JetDefinition antiKt(double radius) {
        return of(JetAlgorithm.ANTI_KT, radius);
    }

    /** A one-line description, worded as FastJet's {@code JetDefinition::description()}. */
    public String description() {
        return algorithm.description()
                + " with R = "
                + trimmed(radius)
                + " and "
                + scheme.description();
    }

    /** R as C++'s default stream formatting prints it (6 significant digits, no trailing zeros). */
    private static String trimmed(double r) {
        return new BigDecimal(r)
                .round(new MathContext(6, RoundingMode.HALF_EVEN))
                .stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public String toString() {
        return description();
    }

    /** The radius squared, R². */
    double radius2() {
        return radius * radius;
    }
}
