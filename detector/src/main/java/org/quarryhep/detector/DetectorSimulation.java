package org.quarryhep.detector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.core.Position;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.detector.card.DetectorCard;

/**
 * A detector-simulation run: a {@link DetectorCard} plus a seed, the minimum-bias events for
 * pile-up and a thread count. Event {@code i} of the input draws all its random numbers from {@code
 * RandomStreams(seed).child("detector").stream(i)}, so the output depends on the seed and the input
 * only, never on the number of threads.
 *
 * <p>Input levels: a hadron-level record (HepMC: stable hadrons, leptons and photons) goes through
 * tracks, calorimeter towers, particle flow and anti-kt jets; a parton-level record (LHE: no
 * final-state hadron) goes through a parametrised response in which each parton becomes one jet
 * ({@link #PARTON_LEVEL_NOTE}). {@link InputLevel#AUTO} decides per event.
 */
public final class DetectorSimulation {
    /** The approximation applied to parton-level input, recorded in the output's provenance. */
    public static final String PARTON_LEVEL_NOTE =
            "parton-level input: each final quark/gluon (and tau) becomes one jet through a log-normal "
                    + "parametrised pT response sqrt(N^2/pT^2 + S^2/pT + C^2), direction kept; "
                    + "no shower, hadronisation, pile-up or displaced vertices";

    /** How the input record is interpreted. */
    public enum InputLevel {
        /** Hadron level when a final-state hadron is present, else parton level. */
        AUTO,
        /** Stable particles → tracks and towers → particle flow → jets. */
        HADRON,
        /** Each final-state parton becomes a jet through a parametrised response. */
        PARTON
    }

    /** Receives reconstructed events in input order. */
    @FunctionalInterface
    public interface EventSink {
        /**
         * Accepts one event.
         *
         * @param event the reconstructed event
         * @throws IOException when writing fails
         */
        void accept(ReconstructedEvent event) throws IOException;
    }

    private final DetectorCard card;
    private final long seed;
    private final int threads;
    private final InputLevel level;
    private final RandomStreams streams;
    private final HadronLevelReconstruction hadron;
    private final PartonLevelReconstruction parton;
    private final int pileupPoolSize;

    private DetectorSimulation(Builder b) {
        this.card = Objects.requireNonNull(b.card, "card");
        this.seed = b.seed;
        this.threads = b.threads;
        this.level = b.level;
        this.streams = new RandomStreams(seed).child("detector");
        List<HadronLevelReconstruction.PileupEvent> pool = new ArrayList<>();
        for (Event e : b.pileupEvents) {
            List<HadronLevelReconstruction.Stable> ps = new ArrayList<>();
            for (Particle p : e.particles()) {
                if (p.isFinal()
                        && !PdgTable.isInvisible(p.pdgId())
                        && !PdgTable.isNeutrino(p.pdgId())) {
                    int v = p.productionVertex();
                    Position x =
                            v >= 0 && v < e.vertices().size()
                                    ? e.vertices().get(v).position()
                                    : Position.ORIGIN;
                    ps.add(HadronLevelReconstruction.Stable.of(p, x));
                }
            }
            pool.add(new HadronLevelReconstruction.PileupEvent(List.copyOf(ps)));
        }
        if (card.pileup().meanInteractions() > 0 && pool.isEmpty()) {
            throw new QuarryException(
                    "card "
                            + card.name()
                            + " asks for pile-up (mean "
                            + card.pileup().meanInteractions()
                            + " interactions) but no minimum-bias events"
                            + " were given; supply them or set the mean to 0");
        }
        this.pileupPoolSize = pool.size();
        this.hadron = new HadronLevelReconstruction(card, List.copyOf(pool));
        this.parton = new PartonLevelReconstruction(card);
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The card. */
    public DetectorCard card() {
        return card;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /**
     * Simulates one event.
     *
     * @param event the generator event
     * @param index the event's position in the input, which selects its random stream
     * @return the reconstructed event
     */
    public ReconstructedEvent simulate(Event event, long index) {
        return simulateCounted(event, index).event();
    }

    /**
     * True when the event is treated as parton level: with {@link InputLevel#AUTO}, when no
     * final-state hadron (|PDG id| ≥ 100) is present, as in LHE records and in HepMC records
     * written before hadronisation (a τ left undecayed there becomes a τ jet, not a track).
     */
    public boolean isPartonLevel(Event event) {
        if (level != InputLevel.AUTO) {
            return level == InputLevel.PARTON;
        }
        for (Particle p : event.particles()) {
            if (p.isFinal() && Math.abs(p.pdgId()) >= 100) {
                return false;
            }
        }
        return true;
    }

    private Reconstruction.Result simulateCounted(Event event, long index) {
        var rng = streams.stream(index);
        return isPartonLevel(event)
                ? parton.reconstruct(event, rng)
                : hadron.reconstruct(event, rng);
    }

    /**
     * Simulates a stream of events on the configured threads and hands them to the sink in input
     * order.
     *
     * @param events the generator events
     * @param sink receives each reconstructed event
     * @param progress told the number of events done after each batch (may be null)
     * @return the run's summary
     * @throws IOException when the sink fails
     */
    public SimulationSummary run(Iterator<Event> events, EventSink sink, LongConsumer progress)
            throws IOException {
        long start = System.nanoTime();
        Reconstruction.Counts total = new Reconstruction.Counts();
        long done = 0;
        long partonEvents = 0;
        long pileupSum = 0;
        int batch = 16 * threads;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            while (events.hasNext()) {
                List<Event> chunk = new ArrayList<>(batch);
                while (events.hasNext() && chunk.size() < batch) {
                    chunk.add(events.next());
                }
                long first = done;
                Reconstruction.Result[] results = new Reconstruction.Result[chunk.size()];
                try {
                    pool.submit(
                                    () ->
                                            IntStream.range(0, chunk.size())
                                                    .parallel()
                                                    .forEach(
                                                            k ->
                                                                    results[k] =
                                                                            simulateCounted(
                                                                                    chunk.get(k),
                                                                                    first + k)))
                            .get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new QuarryException("detector simulation interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new QuarryException(
                            "detector simulation failed: " + e.getCause(), e.getCause());
                }
                for (int k = 0; k < results.length; k++) {
                    sink.accept(results[k].event());
                    total.add(results[k].counts());
                    pileupSum += results[k].event().pileupInteractions();
                    if (isPartonLevel(chunk.get(k))) {
                        partonEvents++;
                    }
                }
                done += chunk.size();
                if (progress != null) {
                    progress.accept(done);
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        Map<String, SimulationSummary.Efficiency> eff = new LinkedHashMap<>();
        for (int i = 0; i < Reconstruction.TYPES; i++) {
            eff.put(
                    Reconstruction.NAMES.get(i),
                    SimulationSummary.Efficiency.of(total.truth[i], total.passed[i]));
        }
        return new SimulationSummary(
                card.name(),
                seed,
                threads,
                done,
                partonEvents,
                done == 0 ? 0 : (double) pileupSum / done,
                seconds,
                seconds > 0 ? done / seconds : 0,
                eff);
    }

    /** The run's configuration as provenance entries. */
    public Map<String, String> provenanceConfig() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("card", card.name());
        m.put("card_source", card.source());
        m.put("card_version", Integer.toString(card.version()));
        m.put("input_level", level.name().toLowerCase(java.util.Locale.ROOT));
        m.put("parton_level_approximation", PARTON_LEVEL_NOTE);
        m.put("pileup_mean", Double.toString(card.pileup().meanInteractions()));
        m.put("pileup_pool_events", Integer.toString(pileupPoolSize));
        m.put(
                "jets",
                card.jets().algorithm()
                        + " R="
                        + card.jets().radius()
                        + " ptMin="
                        + card.jets().ptMin());
        m.put("threads", Integer.toString(threads));
        return m;
    }

    /** Builds a {@link DetectorSimulation}: {@code setCard} is required. */
    public static final class Builder {
        private DetectorCard card;
        private long seed = 1;
        private int threads = 1;
        private InputLevel level = InputLevel.AUTO;
        private List<Event> pileupEvents = List.of();

        private Builder() {}

        /** Sets the detector card (required). */
        public Builder setCard(DetectorCard card) {
            this.card = card;
            return this;
        }

        /** Sets the seed (default 1). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets the number of worker threads (default 1); the output does not depend on it. */
        public Builder optThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Sets how events are interpreted (default {@link InputLevel#AUTO}). */
        public Builder optInputLevel(InputLevel level) {
            this.level = Objects.requireNonNull(level);
            return this;
        }

        /**
         * Sets the minimum-bias events overlaid as pile-up (needed when the card's mean is > 0).
         */
        public Builder optPileupEvents(List<Event> events) {
            this.pileupEvents = List.copyOf(events);
            return this;
        }

        /**
         * Builds the run.
         *
         * @throws QuarryException when the card asks for pile-up and no events were given
         */
        public DetectorSimulation build() {
            return new DetectorSimulation(this);
        }
    }
}
