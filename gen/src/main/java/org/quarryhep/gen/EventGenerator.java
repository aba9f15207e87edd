package org.quarryhep.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.QuarryVersion;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.core.RunInfo;
import org.quarryhep.gen.phasespace.ChannelGrids;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.PartonEvent;

/**
 * Integrates a {@link HardProcess} with VEGAS and generates events from it, unweighted
 * (accept–reject against the maximum weight) or weighted.
 *
 * <p>Definition, run and result are kept apart, as FastJet's {@code JetDefinition} and {@code
 * ClusterSequence} are: this object is the definition (process, collider, settings) and describes
 * it ({@link #provenance}); {@link #integrate} runs the integration and returns the {@link
 * Integrated} generator, the only object that generates events or writes the run's init block, so
 * neither can happen before the integration it needs.
 *
 * <p>Reproducibility: every integration chunk and every generation batch draws from its own stream
 * {@code RandomStreams(seed).child(phase).stream(index)}, and results are merged in index order, so
 * the output depends on the seed only, never on the thread count. Generator cuts are applied to
 * each point's final state before its weight enters the integral or the unweighting.
 */
public final class EventGenerator {
    /** Truncation allowed when choosing the maximum weight: Σ(w − w_max)⁺/Σ|w| ≤ this. */
    public static final double MAX_WEIGHT_TRUNCATION = 1e-3;

    private final HardProcess process;
    private final Collider collider;
    private final GeneratorSettings settings;
    private final int processId;
    private final RandomStreams streams;
    private final ChannelGrids grid;
    private final PartonEventConverter events;
    private IntegrationResult integration;

    /**
     * Creates a generator.
     *
     * @param process the hard process
     * @param collider the collision (√s, PDF, scale, SM inputs, cuts)
     * @param settings integration and sampling settings
     * @param processId the process id written to events and the init block
     */
    public EventGenerator(
            HardProcess process, Collider collider, GeneratorSettings settings, int processId) {
        this.process = process;
        this.collider = collider;
        this.settings = settings;
        this.processId = processId;
        this.streams = new RandomStreams(settings.seed());
        this.grid =
                new ChannelGrids(
                        process.dimensions(), process.integrationChannels(), settings.bins());
        this.events = new PartonEventConverter(collider, processId, hadronBeams());
    }

    private record Chunk(
            double sum, double sum2, double sumAbs, long nonZero, double[][] acc, double[] w) {}

    private Chunk runChunk(RandomStreams phase, int index, int n, boolean keepWeights) {
        SplittableRandom rng = phase.stream(index);
        int d = grid.dims();
        double[] r = new double[d];
        double[] x = new double[d];
        int[] bins = grid.newBinIndex();
        double[][] acc = grid.newAccumulator();
        double[] ws = keepWeights ? new double[n] : null;
        PartonEvent ev = new PartonEvent();
        double sum = 0;
        double sum2 = 0;
        double sumAbs = 0;
        long nonZero = 0;
        for (int i = 0; i < n; i++) {
            double w = samplePoint(rng, r, x, bins, ev);
            if (w != 0) {
                grid.accumulate(acc, bins, w);
                nonZero++;
            }
            sum += w;
            sum2 += w * w;
            sumAbs += Math.abs(w);
            if (ws != null) {
                ws[i] = w;
            }
        }
        return new Chunk(sum, sum2, sumAbs, nonZero, acc, ws);
    }

    /** Samples one point: its weight after cuts, with the record in {@code ev}. */
    private double samplePoint(
            SplittableRandom rng, double[] r, double[] x, int[] bins, PartonEvent ev) {
        for (int k = 0; k < r.length; k++) {
            r[k] = rng.nextDouble();
        }
        double jac = grid.map(r, x, bins);
        // A child stream for decays and flavour choices keeps the integration points independent
        // of how many numbers a decay draws.
        process.evaluate(x, collider, rng.split(), ev);
        double w = ev.weight() * jac;
        if (w == 0 || (!process.appliesCuts() && !passesCuts(ev))) {
            return 0;
        }
        if (!Double.isFinite(w)) {
            throw new QuarryException(
                    "process "
                            + process.name()
                            + " returned a non-finite weight at x="
                            + Arrays.toString(x));
        }
        return w;
    }

    private boolean passesCuts(PartonEvent ev) {
        if (collider.cuts().values().isEmpty()) {
            return true;
        }
        List<Integer> ids = new ArrayList<>();
        List<FourMomentum> ps = new ArrayList<>();
        for (PartonEvent.Entry e : ev.entries()) {
            if (e.status() == 1) {
                ids.add(e.pdgId());
                ps.add(e.momentum());
            }
        }
        return collider.cuts().pass(ids, ps);
    }

    /**
     * Adapts the VEGAS grid and integrates.
     *
     * @param progress receives one unit per iteration
     * @return the integrated generator, with σ, its error and the maximum weight
     * @throws QuarryException when no point passes the cuts
     */
    public Integrated integrate(ProgressListener progress) {
        int chunks = settings.pointsPerIteration() / GeneratorSettings.CHUNK;
        int iterations = settings.warmupIterations() + settings.finalIterations();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            double sum = 0;
            double sum2 = 0;
            double sumAbs = 0;
            long nonZero = 0;
            long points = 0;
            List<double[]> finalWeights = new ArrayList<>();
            for (int it = 0; it < iterations; it++) {
                boolean last = it >= settings.warmupIterations();
                RandomStreams phase = streams.child("integrate-" + it);
                List<Callable<Chunk>> tasks = new ArrayList<>();
                for (int k = 0; k < chunks; k++) {
                    int index = k;
                    tasks.add(() -> runChunk(phase, index, GeneratorSettings.CHUNK, last));
                }
                List<Chunk> results = ParallelTasks.runAll(pool, tasks);
                double[][] acc = grid.newAccumulator();
                for (Chunk ch : results) {
                    for (int d = 0; d < acc.length; d++) {
                        for (int b = 0; b < acc[d].length; b++) {
                            acc[d][b] += ch.acc()[d][b];
                        }
                    }
                    if (last) {
                        sum += ch.sum();
                        sum2 += ch.sum2();
                        sumAbs += ch.sumAbs();
                        nonZero += ch.nonZero();
                        points += GeneratorSettings.CHUNK;
                        finalWeights.add(ch.w());
                    }
                }
                if (!last) {
                    grid.adapt(acc, 1.5);
                }
                progress.progress("integrate", it + 1, iterations);
            }
            if (nonZero == 0) {
                throw new QuarryException(
                        "process "
                                + process.name()
                                + ": no phase-space point passed the cuts "
                                + collider.cuts().values()
                                + " in "
                                + points
                                + " points");
            }
            double mean = sum / points;
            double var = Math.max(sum2 / points - mean * mean, 0);
            double err = Math.sqrt(var / (points - 1));
            double meanAbs = sumAbs / points;
            double wmax = MaxWeight.of(finalWeights, sumAbs);
            integration =
                    new IntegrationResult(
                            mean, err, meanAbs, wmax, (double) nonZero / points, points);
            return new Integrated(integration);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One batch's accepted events with the trial index at which each was accepted. */
    private record Batch(
            List<Event> events, List<Integer> trialIndex, long trials, long overweight) {}

    /**
     * Generates events from the adapted grid.
     *
     * @param nEvents number of events to write
     * @param weighted true for weighted events (weight w·f₀ with f₀ the fraction of non-zero
     *     points, so that the mean event weight is σ), false for unweighted events (weight σ, or
     *     ±Σ|σ| for signed processes)
     * @param sink receives the events in order
     * @param progress receives the number of events written
     * @return counts, efficiency and timing
     */
    private GenerationResult generate(
            long nEvents, boolean weighted, Consumer<Event> sink, ProgressListener progress) {
        long start = System.nanoTime();
        RandomStreams phase = streams.child("generate");
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        long written = 0;
        long trials = 0;
        long overweight = 0;
        long batchIndex = 0;
        try {
            int wave = settings.threads() * 4;
            while (written < nEvents) {
                List<Callable<Batch>> tasks = new ArrayList<>();
                for (int k = 0; k < wave; k++) {
                    long index = batchIndex++;
                    tasks.add(() -> runBatch(phase, index, weighted));
                }
                for (Batch b : ParallelTasks.runAll(pool, tasks)) {
                    if (written >= nEvents) {
                        break;
                    }
                    long needed = nEvents - written;
                    if (b.events().size() <= needed) {
                        trials += b.trials();
                    } else {
                        // Only part of this batch is used: count its trials up to the last
                        // event taken, so the efficiency is exact.
                        trials += b.trialIndex().get((int) needed - 1) + 1;
                    }
                    for (Event e : b.events()) {
                        if (written >= nEvents) {
                            break;
                        }
                        sink.accept(e.toBuilder().optNumber(written + 1).build());
                        written++;
                    }
                    overweight += b.overweight();
                }
                progress.progress("generate", written, nEvents);
                if (batchIndex > 1000L * wave && written == 0) {
                    throw new QuarryException(
                            "process "
                                    + process.name()
                                    + ": no event accepted in "
                                    + trials
                                    + " trials");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new GenerationResult(integration, written, trials, overweight, seconds);
    }

    private Batch runBatch(RandomStreams phase, long index, boolean weighted) {
        SplittableRandom rng = phase.stream(index);
        int d = grid.dims();
        double[] r = new double[d];
        double[] x = new double[d];
        int[] bins = grid.newBinIndex();
        PartonEvent ev = new PartonEvent();
        List<Event> out = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();
        long over = 0;
        double wmax = integration.maxWeightPb();
        for (int i = 0; i < settings.batchSize(); i++) {
            double w = samplePoint(rng, r, x, bins, ev);
            if (w == 0) {
                continue;
            }
            if (weighted) {
                out.add(events.toEvent(ev, w * integration.nonZeroFraction()));
                accepted.add(i);
                continue;
            }
            double aw = Math.abs(w);
            if (aw > wmax) {
                over++;
            }
            if (aw >= rng.nextDouble() * wmax) {
                double unit =
                        process.signedWeights()
                                ? Math.copySign(integration.absCrossSectionPb(), w)
                                : integration.crossSectionPb();
                out.add(events.toEvent(ev, unit));
                accepted.add(i);
            }
        }
        // Over-weight points are counted among accepted ones only (they are always accepted).
        return new Batch(out, accepted, settings.batchSize(), weighted ? 0 : over);
    }

    /**
     * The run description for an LHE init block, with the header recording {@link #provenance(Map)}
     * of these settings.
     *
     * @param weighted whether the events are weighted
     * @param settingsText what the caller says the run is (process, parameters)
     * @return the run info
     */
    private RunInfo runInfo(boolean weighted, Map<String, String> settingsText) {
        return runInfo(weighted, provenance(settingsText));
    }

    /**
     * The run description for an LHE init block: the process's beams (protons, or leptons with no
     * PDF), the PDF's LHAPDF id, IDWTUP (3 unweighted, −3 unweighted with signs, 4 weighted, −4
     * weighted with signs), and this process's σ ± δσ and maximum weight. The header is one block,
     * {@link Provenance#headerBlock()}, and nothing else: the settings, the seed, the PDF grid's
     * SHA-256, the versions and (when a command made the file) the command that reproduces it.
     *
     * @param weighted whether the events are weighted
     * @param provenance the run's provenance ({@link #provenance(Map)}, perhaps with the command)
     * @return the run info
     */
    private RunInfo runInfo(boolean weighted, Provenance provenance) {
        int idwtup = weighted ? 4 : 3;
        if (process.signedWeights()) {
            idwtup = -idwtup;
        }
        double eb = collider.sqrtS() / 2;
        int id = hadronBeams() ? collider.pdf().lhapdfId() : 0;
        RunInfo.ProcessInfo pi =
                new RunInfo.ProcessInfo(
                        processId,
                        integration.crossSectionPb(),
                        integration.errorPb(),
                        weighted ? integration.maxWeightPb() : integration.absCrossSectionPb());
        return new RunInfo(
                "Quarry gen " + QuarryVersion.get(),
                new RunInfo.Beam(process.beams()[0], eb),
                new RunInfo.Beam(process.beams()[1], eb),
                0,
                0,
                id,
                id,
                idwtup,
                List.of(pi),
                List.of(),
                List.of(new RunInfo.Tool("quarry-gen", QuarryVersion.get(), process.description())),
                "<header>\n" + provenance.headerBlock() + "</header>\n",
                Map.of());
    }

    /**
     * What determines this generator's events: the caller's description of the run (process,
     * parameters), √s, the PDF set and member, the scale, the cuts with the process's floors, and
     * the VEGAS and batch settings (the thread count is left out: it does not change the events);
     * the seed; the PDF grid file with its SHA-256.
     *
     * @param settingsText the caller's description of the run, first in the configuration
     * @return the provenance
     * @throws java.io.UncheckedIOException when the PDF grid cannot be read
     */
    public Provenance provenance(Map<String, String> settingsText) {
        Map<String, String> c = new LinkedHashMap<>(settingsText);
        c.put("sqrt_s", Double.toString(collider.sqrtS()));
        c.put("pdf", collider.pdf().name() + "/" + collider.pdf().member());
        c.put("scale", collider.scale().description());
        c.put("cuts", collider.cuts().withFloors(process.builtInCuts()).toString());
        c.put(
                "vegas",
                "warmup="
                        + settings.warmupIterations()
                        + " final="
                        + settings.finalIterations()
                        + " points="
                        + settings.pointsPerIteration()
                        + " bins="
                        + settings.bins());
        c.put("batch_size", Integer.toString(settings.batchSize()));
        List<Provenance.InputFile> inputs = new ArrayList<>();
        Path grid = Path.of(collider.pdf().grid().source());
        if (Files.isRegularFile(grid)) {
            try {
                inputs.add(Provenance.InputFile.of(grid));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the PDF grid " + grid, e);
            }
        }
        return Provenance.of("gen.EventGenerator", c, settings.seed(), inputs);
    }

    /**
     * An integrated generator: the adapted VEGAS grid, σ and the maximum weight (the latest
     * integration of its definition). Only it generates events and describes the run.
     */
    public final class Integrated {
        private final IntegrationResult result;

        private Integrated(IntegrationResult result) {
            this.result = result;
        }

        /** σ, its error, the mean |w|, the maximum weight and the efficiency of the cuts. */
        public IntegrationResult integration() {
            return result;
        }

        /** The cross section as a core value. */
        public CrossSection crossSection() {
            return new CrossSection(result.crossSectionPb(), result.errorPb());
        }

        /**
         * Generates events.
         *
         * @param nEvents number of events to write
         * @param weighted true for weighted events (weight w·f₀ with f₀ the fraction of non-zero
         *     points, so that the mean event weight is σ), false for unweighted events (weight σ,
         *     or ±Σ|σ| for signed processes)
         * @param sink receives the events in order
         * @param progress receives the number of events written
         * @return counts, efficiency and timing
         */
        public GenerationResult generate(
                long nEvents, boolean weighted, Consumer<Event> sink, ProgressListener progress) {
            return EventGenerator.this.generate(nEvents, weighted, sink, progress);
        }

        /**
         * The run description for an LHE init block, with the header recording {@link
         * EventGenerator#provenance(Map)} of these settings.
         *
         * @param weighted whether the events are weighted
         * @param settingsText what the caller says the run is (process, parameters)
         * @return the run info
         */
        public RunInfo runInfo(boolean weighted, Map<String, String> settingsText) {
            return EventGenerator.this.runInfo(weighted, settingsText);
        }

        /**
         * The run description for an LHE init block: beams, LHAPDF ids, IDWTUP (3 unweighted, −3
         * unweighted with signs, 4 weighted, −4 weighted with signs), σ ± δσ and the maximum
         * weight; the header is one block, {@link Provenance#headerBlock()}.
         *
         * @param weighted whether the events are weighted
         * @param provenance the run's provenance ({@link EventGenerator#provenance(Map)}, perhaps
         *     with the command)
         * @return the run info
         */
        public RunInfo runInfo(boolean weighted, Provenance provenance) {
            return EventGenerator.this.runInfo(weighted, provenance);
        }
    }

    private boolean hadronBeams() {
        return process.beams()[0] == 2212 || process.beams()[1] == 2212;
    }
}
