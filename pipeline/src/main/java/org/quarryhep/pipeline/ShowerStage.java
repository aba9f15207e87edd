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
 * depend on the thread count. With {@code chain.hadronization} (the default) the showered events
 * are hadronised and their hadrons and τ leptons decayed, so a τ of W → τν reaches the detector as
 * its decay products; without it the detector treats the showered partons through its parametrised
 * parton response.
 *
 * <p>An event on which the chain throws is left out, counted and recorded (its index and message,
 * the first {@value #RECORDED_FAILURES} of them) in the stage record, which {@code results.json}
 * carries as the sample's {@code shower_failures}: a rare failure of the hadron-level chain costs
 * one event, never the run, and is never silent. The normalisation divides by the nominal weights
 * of the events that reach the detector, so a left-out event does not bias the yields.
 */
final class ShowerStage {
    // zstd, not gzip: hadron-level events are large and gzip's deflate on the writing thread
    // was the stage's bottleneck (measured: the writer thread used 3x a shower worker's CPU).
    static final String EVENTS = "events.hepmc3.zst";
    private static final int BATCH = 256;
    static final int RECORDED_FAILURES = 20;

    private ShowerStage() {}

    static StageKey key(SampleDefinition s, StageKey generate, ChainDefinition chain) {
        return StageKey.builder(Stage.SHOWER.id())
                .input(generate)
                .config("seed", Long.toString(s.seed()))
                .config("events", Long.toString(s.events()))
                .config("tune", Tune.defaults().canonical())
                .config("hadronization", Boolean.toString(chain.hadronization()))
                .build();
    }

    static void run(
            SampleDefinition s,
            ChainDefinition settings,
            List<Path> inputs,
            Path dir,
            int threads,
            PipelineListener listener)
            throws IOException {
        RunInfo run;
        try (EventReader first = EventReaders.open(inputs.get(0))) {
            run = first.runInfo();
        }
        // The beams of the run (the LHE init block) give the shower its PDF x values.
        ShowerChain chain =
                ShowerChain.of(Tune.defaults())
                        .withHadronization(settings.hadronization())
                        .withDecays(settings.hadronization())
                        .withBeams(
                                new BeamSetup(
                                        run.beam1().pdgId(),
                                        run.beam1().energy(),
                                        run.beam2().pdgId(),
                                        run.beam2().energy()));
        if (run.pdfSet1() > 0) {
            // Events without their own PDF record are showered with the run's PDF set.
            chain = chain.withRunPdf(run.pdfSet1());
        }
        ShowerChain showerChain = chain;
        RandomStreams streams = new RandomStreams(s.seed()).child("shower");
        listener.started(Stage.SHOWER, s.name(), s.events() > 0 ? s.events() : -1, "events");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long index = 0;
        long sumShowered = 0;
        long failed = 0;
        List<Map<String, Object>> failures = new ArrayList<>();
        try (EventWriter out = EventWriters.open(dir.resolve(EVENTS), run)) {
            try {
                for (Path in : inputs) {
                    try (EventReader reader = EventReaders.open(in)) {
                        // The next batch showers while the previous one is written.
                        List<Future<Showered>> pending = List.of();
                        while (true) {
                            List<Future<Showered>> batch = new ArrayList<>();
                            for (int k = 0;
                                    k < BATCH * threads
                                            && reader.hasNext()
                                            && (s.events() == 0 || index < s.events());
                                    k++) {
                                Event e = reader.next();
                                long i = index++;
                                batch.add(pool.submit(() -> shower(showerChain, e, i, streams)));
                            }
                            for (Future<Showered> f : pending) {
                                Showered r = f.get();
                                if (r.event() != null) {
                                    out.write(r.event());
                                    sumShowered++;
                                } else {
                                    failed++;
                                    if (failures.size() < RECORDED_FAILURES) {
                                        Map<String, Object> fr = new LinkedHashMap<>();
                                        fr.put("event", r.index());
                                        fr.put("message", r.failure());
                                        failures.add(fr);
                                    }
                                }
                            }
                            listener.progress(sumShowered + failed);
                            if (batch.isEmpty()) {
                                break;
                            }
                            pending = batch;
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
        record.put("hadronization", settings.hadronization());
        record.put("failed_events", failed);
        record.put("failures", failures);
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    /** One event's outcome: the showered event, or the failure that left it out. */
    private record Showered(long index, Event event, String failure) {}

    private static Showered shower(ShowerChain chain, Event e, long i, RandomStreams streams) {
        try {
            return new Showered(i, chain.process(e, streams.stream(i)), null);
        } catch (RuntimeException x) {
            // Deterministic per event (its own stream), so the same events fail for any thread
            // count; the failure is recorded, not hidden.
            return new Showered(i, null, x.getClass().getSimpleName() + ": " + x.getMessage());
        }
    }
}
