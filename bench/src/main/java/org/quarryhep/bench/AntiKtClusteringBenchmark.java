package org.quarryhep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.JetDefinition;

/**
 * Anti-kt (R = 0.4, inclusive jets above 5 GeV) on events of 100, 500 and 2 000 particles: the
 * multiplicities issue 7 compares with FastJet (that comparison, in one run with the peer, is the
 * jets module's {@code ClusteringBenchmark} program on the shared Pythia events).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AntiKtClusteringBenchmark {
    private static final int EVENTS = 16;

    /** Particles per event. */
    @Param({"100", "500", "2000"})
    public int particles;

    private final JetDefinition definition = JetDefinition.antiKt(0.4);
    private List<List<FourMomentum>> events;
    private int next;

    /** Makes the events from a fixed seed. */
    @Setup
    public void makeEvents() {
        SplittableRandom rng = new SplittableRandom(20261124L);
        events = new ArrayList<>();
        for (int k = 0; k < EVENTS; k++) {
            events.add(SyntheticEvents.momenta(particles, rng));
        }
    }

    /**
     * Clusters one event (cycling through the set so branch predictors see varied input).
     *
     * @param sink keeps the jets alive
     */
    @Benchmark
    public void clusterOneEvent(Blackhole sink) {
        List<FourMomentum> event = events.get(next);
        next = (next + 1) % EVENTS;
        sink.consume(ClusterSequence.of(event, definition).inclusiveJets(5.0));
    }
}
