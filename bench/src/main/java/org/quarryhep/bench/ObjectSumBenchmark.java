package org.quarryhep.bench;

import java.lang.management.ManagementFactory;
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
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.analysis.AnalysisAccumulator;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.EventSelection;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.detector.ReconstructedEvent;

/**
 * Variables of four-vector sums ({@code sum(…)} of the expression language: mass, p_T, η of the
 * dimuon and of the dimuon plus the leading jet) with their histograms, on one thread, over the
 * synthetic Drell–Yan μμ events of {@link EventSelectionBenchmark}. It isolates the per-event cost
 * of the analysis layer's object sums; scores are events per second, and each iteration prints the
 * thread's CPU time per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ObjectSumBenchmark {
    private static final int EVENTS = 100_000;

    private static final String ANALYSIS =
            """
            objects:
              muons: {from: muons, ptMin: 20, absEtaMax: 2.4}
              jets: {from: jets, ptMin: 30, absEtaMax: 4.7}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) == 2"}
            variables:
              mll: "m(sum(muons[0], muons[1]))"
              ptll: "pt(sum(muons[0], muons[1]))"
              etall: "eta(sum(muons[0], muons[1]))"
              mllj: "m(sum(muons[0], muons[1], jets[0]))"
              ptllj: "pt(sum(muons[0], muons[1], jets[0]))"
            histograms:
              mll: {variable: mll, bins: {count: 60, low: 60, high: 120}}
              ptll: {variable: ptll, bins: {count: 50, low: 0, high: 200}}
              etall: {variable: etall, bins: {count: 50, low: -5, high: 5}}
              mllj: {variable: mllj, bins: {count: 50, low: 0, high: 1000}}
              ptllj: {variable: ptllj, bins: {count: 50, low: 0, high: 500}}
            """;

    private List<ReconstructedEvent> events;
    private EventSelection selection;
    private AnalysisAccumulator accumulator;
    private long done;
    private long cpuStart;

    /** Reads the definition and makes the events (the selection benchmark's, same seed). */
    @Setup
    public void setUp() {
        AnalysisDefinition definition = AnalysisDefinition.parse(ANALYSIS, "bench.yaml");
        selection = definition.newSelection(Map.of(), ScoreProvider.none());
        accumulator = definition.newAccumulator();
        SplittableRandom rng = new SplittableRandom(20261206L);
        events = new ArrayList<>(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            events.add(EventSelectionBenchmark.event(i, rng));
        }
    }

    /** Starts the benchmark thread's CPU clock for an iteration. */
    @Setup(Level.Iteration)
    public void startClock() {
        done = 0;
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Prints the iteration's CPU time per event: on a shared machine the wall-clock score follows
     * the load, the thread's CPU time much less.
     */
    @TearDown(Level.Iteration)
    public void stopClock() {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        if (done > 0 && cpu > 0) {
            System.out.printf("[cpu] %d events, %.1f ns CPU/event%n", done, (double) cpu / done);
        }
    }

    /**
     * Selection, the sum variables and their histograms on in-memory events, one thread.
     *
     * @return the number of selected events (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long sums() {
        long selected = 0;
        for (ReconstructedEvent e : events) {
            if (selection.apply(e).selected()) {
                selected++;
            }
            selection.fill(accumulator, e.weight());
        }
        done += EVENTS;
        return selected;
    }
}
