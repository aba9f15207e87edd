package org.quarryhep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.analysis.AnalysisAccumulator;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.EventSelection;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Provenance;
import org.quarryhep.detector.Lepton;
import org.quarryhep.detector.MissingEt;
import org.quarryhep.detector.RecoJet;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.format.ColumnarReader;
import org.quarryhep.detector.format.ColumnarWriter;

/**
 * The select → variables → histogram stage of a Drell–Yan μμ analysis (the tutorial's shape: two
 * isolated opposite-sign muons, a mass window, 0-jet / ≥1-jet categories after muon–jet overlap
 * removal, six variables, three histograms and the cut-flow) on 2 threads, each with its own
 * selection and accumulator, as the pipeline runs it. {@code inMemory} runs on events already in
 * memory; {@code fromFile} adds reading the columnar {@code .qreco} file (each thread its own file,
 * as the pipeline gives each thread its own chunk). Scores are events per second, summed over the
 * threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventSelectionBenchmark {
    private static final int EVENTS = 100_000;

    private static final String ANALYSIS =
            """
            objects:
              muons: {from: muons, ptMin: 20, absEtaMax: 2.4, isolationMax: 0.15}
              jets: {from: jets, ptMin: 30, absEtaMax: 4.7}
              overlapRemoval:
                - {remove: jets, near: muons, deltaR: 0.4}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) == 2"}
                - {name: opposite charge, require: "charge(muons[0]) + charge(muons[1]) == 0"}
                - {name: mass window, require: "mll > 60 && mll < 120"}
              categories:
                - {name: 0jet, require: "n(jets) == 0"}
                - {name: 1jet, require: "n(jets) >= 1"}
            variables:
              mll: "m(muons[0], muons[1])"
              ptll: "ptsum(muons[0], muons[1])"
              dphi: "dphi(muons[0], muons[1])"
              drll: "dr(muons[0], muons[1])"
              ht: "ht(jets)"
              mt1: "mt(muons[0], met)"
            histograms:
              mll: {variable: mll, bins: {count: 60, low: 60, high: 120}}
              ptll: {variable: ptll, bins: {count: 50, low: 0, high: 200}}
              ht: {variable: ht, bins: {count: 20, low: 0, high: 400}, categories: [1jet]}
            """;

    private AnalysisDefinition definition;
    private List<ReconstructedEvent> events;
    private Path dir;

    /** One thread's selection, accumulator and file. */
    @State(Scope.Thread)
    public static class Worker {
        EventSelection selection;
        AnalysisAccumulator accumulator;
        Path file;
        long events;
        long cpuStart;

        /**
         * Creates the thread's selection and writes its file.
         *
         * @param b the shared state
         * @throws IOException when the file cannot be written
         */
        @Setup
        public void setUp(EventSelectionBenchmark b) throws IOException {
            selection = b.definition.newSelection(Map.of(), ScoreProvider.none());
            accumulator = b.definition.newAccumulator();
            file = Files.createTempFile(b.dir, "events", ".qreco");
            try (ColumnarWriter w =
                    ColumnarWriter.open(file, Provenance.of("bench", Map.of(), 1, List.of()))) {
                for (ReconstructedEvent e : b.events) {
                    w.accept(e);
                }
            }
        }

        /** Starts the thread's CPU clock for an iteration. */
        @Setup(Level.Iteration)
        public void startClock() {
            events = 0;
            cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        /** Prints the thread's events per CPU-second for the iteration. */
        @TearDown(Level.Iteration)
        public void stopClock() {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
            if (events > 0 && cpu > 0) {
                System.out.printf(
                        "[%s] %d events, %.0f ns CPU/event = %.2f M events per CPU-second%n",
                        Thread.currentThread().getName(),
                        events,
                        (double) cpu / events,
                        events / (cpu / 1e9) / 1e6);
            }
        }
    }

    /**
     * Reads the definition and makes the events: Drell–Yan-like muon pairs (m from a Breit–Wigner
     * around 91 GeV, a p_T kick), 0–3 jets, an occasional soft electron, a few GeV of MET.
     *
     * @throws IOException when the temporary folder cannot be made
     */
    @Setup
    public void setUp() throws IOException {
        definition = AnalysisDefinition.parse(ANALYSIS, "bench.yaml");
        dir = Files.createTempDirectory("quarry-selection-bench");
        SplittableRandom rng = new SplittableRandom(20261206L);
        events = new ArrayList<>(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            events.add(event(i, rng));
        }
    }

    /**
     * Deletes the files.
     *
     * @throws IOException when deleting fails
     */
    @TearDown
    public void tearDown() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /**
     * One synthetic event (also {@link ObjectSumBenchmark}'s).
     *
     * @param number the event number
     * @param rng the random stream
     * @return the event
     */
    static ReconstructedEvent event(int number, SplittableRandom rng) {
        double m = 91.19 + 2.5 / 2 * Math.tan(Math.PI * (rng.nextDouble() - 0.5));
        m = Math.max(20, Math.min(m, 500));
        double y = rng.nextDouble(-2, 2);
        double kick = Math.abs(rng.nextGaussian()) * 15;
        double phiK = rng.nextDouble(-Math.PI, Math.PI);
        FourMomentum z = FourMomentum.ofPtYPhiM(kick, y, phiK, m);
        double cos = rng.nextDouble(-1, 1);
        double sin = Math.sqrt(1 - cos * cos);
        double phi = rng.nextDouble(-Math.PI, Math.PI);
        double p = m / 2;
        FourMomentum mu1 =
                FourMomentum.ofPxPyPzM(
                        p * sin * Math.cos(phi), p * sin * Math.sin(phi), p * cos, 0.10566);
        FourMomentum mu2 = FourMomentum.ofPxPyPzM(-mu1.px(), -mu1.py(), -mu1.pz(), 0.10566);
        double[] b = z.boostVector();
        mu1 = mu1.boost(b[0], b[1], b[2]);
        mu2 = mu2.boost(b[0], b[1], b[2]);
        List<Lepton> muons = new ArrayList<>();
        int q = rng.nextInt(10) == 0 ? 1 : -1; // 10 % same-sign fakes
        muons.add(new Lepton(mu1, 1, rng.nextDouble(0, 0.2), 0, 0));
        muons.add(new Lepton(mu2, q, rng.nextDouble(0, 0.2), 0, 0));
        muons.sort((a, c) -> Double.compare(c.momentum().pt(), a.momentum().pt()));
        List<Lepton> electrons = new ArrayList<>();
        if (rng.nextInt(5) == 0) {
            electrons.add(
                    new Lepton(
                            FourMomentum.ofPtEtaPhiM(
                                    rng.nextDouble(10, 30),
                                    rng.nextDouble(-2.5, 2.5),
                                    rng.nextDouble(-3, 3),
                                    0.000511),
                            -1,
                            0.05,
                            0,
                            0));
        }
        List<RecoJet> jets = new ArrayList<>();
        int nj = rng.nextInt(4);
        for (int j = 0; j < nj; j++) {
            jets.add(
                    new RecoJet(
                            FourMomentum.ofPtEtaPhiM(
                                    20 + rng.nextExponential() * 30,
                                    rng.nextDouble(-4.5, 4.5),
                                    rng.nextDouble(-3, 3),
                                    8),
                            rng.nextInt(20) == 0,
                            false,
                            0,
                            12));
        }
        jets.sort((a, c) -> Double.compare(c.momentum().pt(), a.momentum().pt()));
        MissingEt met = new MissingEt(rng.nextGaussian() * 8, rng.nextGaussian() * 8, 300);
        return new ReconstructedEvent(
                number,
                new double[] {1.0},
                0,
                electrons,
                muons,
                List.of(),
                List.of(),
                jets,
                met,
                List.of());
    }

    /**
     * Selection, variables, histograms and cut-flow on in-memory events, 2 threads.
     *
     * @param w the thread's worker
     * @return the number of selected events (consumed by JMH)
     */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(EVENTS)
    public long inMemory(Worker w) {
        long selected = 0;
        for (ReconstructedEvent e : events) {
            if (w.selection.apply(e).selected()) {
                selected++;
            }
            w.selection.fill(w.accumulator, e.weight());
        }
        w.events += EVENTS;
        return selected;
    }

    /**
     * The same, reading each thread's events from its {@code .qreco} file, 2 threads.
     *
     * @param w the thread's worker
     * @return the number of selected events
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(EVENTS)
    public long fromFile(Worker w) throws IOException {
        long selected = 0;
        try (ColumnarReader r = ColumnarReader.open(w.file)) {
            while (r.hasNext()) {
                ReconstructedEvent e = r.next();
                if (w.selection.apply(e).selected()) {
                    selected++;
                }
                w.selection.fill(w.accumulator, e.weight());
            }
        }
        w.events += EVENTS;
        return selected;
    }
}
