package org.quarryhep.detector;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a detector-simulation run did: event counts, speed and, per object type, the fraction of
 * generator objects in acceptance (pT &gt; 10 GeV, |η| &lt; 2.5; visible pT &gt; 20 GeV for τ_h)
 * matched by a reconstructed object (ΔR &lt; 0.1, 0.3 for τ_h). For {@code b_jet}, {@code c_jet}
 * and {@code light_jet} it is the b-tag rate of reconstructed jets of that flavour.
 *
 * @param card the card's name
 * @param seed the seed
 * @param threads worker threads
 * @param events events simulated
 * @param partonLevelEvents how many of them went through the parton-level response
 * @param meanPileup the mean number of overlaid pile-up interactions
 * @param seconds wall time
 * @param eventsPerSecond throughput
 * @param efficiencies per object type
 */
public record SimulationSummary(
        String card,
        long seed,
        int threads,
        long events,
        long partonLevelEvents,
        double meanPileup,
        double seconds,
        double eventsPerSecond,
        Map<String, Efficiency> efficiencies) {

    /** Compact constructor: copies the map, keeping its order. */
    public SimulationSummary {
        efficiencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(efficiencies));
    }

    /**
     * A binomial efficiency.
     *
     * @param total the denominator
     * @param passed the numerator
     * @param value passed/total (NaN when total is 0)
     * @param error the binomial standard error √(ε(1−ε)/N)
     */
    public record Efficiency(long total, long passed, double value, double error) {
        /** Builds an efficiency from counts. */
        public static Efficiency of(long total, long passed) {
            if (total == 0) {
                return new Efficiency(0, 0, Double.NaN, Double.NaN);
            }
            double e = (double) passed / total;
            return new Efficiency(total, passed, e, Math.sqrt(e * (1 - e) / total));
        }
    }
}
