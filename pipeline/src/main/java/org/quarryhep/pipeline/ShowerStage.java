package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quarryhep.core.Event;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.pipeline.cache.StageKey;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;
import org.quarryhep.shower.parton.BeamSetup;

/**
 * The shower stage: runs {@code shower.ShowerChain} (the default tune) over a sample's parton-level
 * events into {@code events.hepmc3.gz}. Event i draws from {@code RandomStreams(seed)
 * .child("shower").stream(i)}, and batches are written in input order, so the output does not
 * depend on the thread count. Hadronisation stays off until the shower module provides it; the
 * detector then treats the showered partons through its parametrised parton response.
 */
final class ShowerStage {
    static final String EVENTS = "events.hepmc3.gz";
    private static final int BATCH = 256;

    private ShowerStage() {}

    static StageKey key(SampleDefinition s, StageKey generate) {
        return StageKey.builder(Stage.SHOWER.id())
                .input(generate)
                .config("seed", Long.toString(s.seed()))
                .config("events", Long.toString(s.events()))
                .config("tune", Tune.defaults().canonical())
                .config("hadronization", "false")
                .build();
    }

    static void run(
            SampleDefinition s, List<Path> inputs, Path dir, int threads, PipelineListener listener)
            throws IOException {
        RunInfo run;
        try (EventReader first = EventReaders.open(inputs.get(0))) {
            run = first.runInfo();
        }
        // The beams of the run (the LHE init block) give the shower its PDF x values.
        ShowerChain chain =
                ShowerChain.of(Tune.defaults())
                        .withHadronization(false)
                        .withBeams(
                                new BeamSetup(
                                        run.beam1().pdgId(),
                                        run.beam1().energy(),
                                        run.beam2().pdgId(),
                                        run.beam2().energy()));
        RandomStreams streams = new RandomStreams(s.seed()).child("shower");
        listener.started(Stage.SHOWER, s.name(), s.events() > 0 ? s.events() : -1, "events");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long index = 0;
        long sumShowered = 0;
        try (EventWriter out = EventWriters.open(dir.resolve(EVENTS), run)) {
            try {
                for (Path in : inputs) {
                    try (EventReader reader = EventReaders.open(in)) {
                        while (reader.hasNext() && (s.events() == 0 || index < s.events())) {
                            List<Future<Event>> batch = new ArrayList<>();
                            for (int k = 0;
                                    k < BATCH * threads
                                            && reader.hasNext()
                                            && (s.events() == 0 || index < s.events());
                                    k++) {
                                Event e = reader.next();
                                long i = index++;
                                batch.add(pool.submit(() -> chain.process(e, streams.stream(i))));
                            }
                            for (Future<Event> f : batch) {
                                out.write(f.get());
                                sumShowered++;
                            }
                            listener.progress(index);
                        }
                    }
                }
            } catch (InterruptedException e) {
                out.abort();
                Thread.currentThread().interrupt();
                throw new QuarryException("shower interrupted", e);
            } catch (ExecutionException e) {
                out.abort();
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new QuarryException("shower failed: " + e.getCause(), e.getCause());
            } catch (RuntimeException e) {
                out.abort();
                throw e;
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("events", sumShowered);
        record.put("tune", Tune.defaults().version());
        record.put("hadronization", false);
        StageFiles.write(dir.resolve("stage.json"), record);
    }
}
