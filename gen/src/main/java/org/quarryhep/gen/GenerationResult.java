package org.quarryhep.gen;

/**
 * The outcome of event generation.
 *
 * @param integration the integration result the events are normalised to
 * @param events events written
 * @param trials phase-space points tried during generation
 * @param overweightEvents accepted events whose weight exceeded the maximum weight
 * @param seconds wall time of the generation phase
 */
public record GenerationResult(
        IntegrationResult integration,
        long events,
        long trials,
        long overweightEvents,
        double seconds) {

    /** Unweighting efficiency: events per trial point. */
    public double efficiency() {
        return trials == 0 ? 0 : (double) events / trials;
    }

    /** Fraction of events that were over the maximum weight. */
    public double overweightFraction() {
        return events == 0 ? 0 : (double) overweightEvents / events;
    }

    /** Events per second of the generation phase. */
    public double eventsPerSecond() {
        return seconds > 0 ? events / seconds : 0;
    }
}
