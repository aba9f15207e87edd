package org.quarryhep.shower;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.quarryhep.core.Event;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.shower.parton.InvalidPartonEventException;

/**
 * Streams events through a {@link ShowerChain} on several threads and hands them on in input order.
 * Event k (0-based position in the input) gets the stream {@code
 * RandomStreams(seed).child("shower").stream(k)}, so the output is the same for any thread count.
 */
public final class ShowerRun {
    private static final int BATCH_PER_THREAD = 64;

    private final ShowerChain chain;
    private final RandomStreams streams;
    private final int threads;
    private final boolean lenient;
    private long processed;
    private final List<String> skipped = new ArrayList<>();
    private long skippedCount;

    /**
     * Creates a run.
     *
     * @param chain the chain
     * @param seed the seed
     * @param threads worker threads (≥ 1)
     * @param lenient skip (and count) events the shower refuses instead of failing
     */
    public ShowerRun(ShowerChain chain, long seed, int threads, boolean lenient) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.chain = chain;
        this.streams = new RandomStreams(seed).child("shower");
        this.threads = threads;
        this.lenient = lenient;
    }

    /** One event's result: the showered event, or the reason it was refused. */
    private record Outcome(Event event, QuarryException refused) {}

    /**
     * Processes every event of {@code in}, passing the results to {@code out} in input order.
     *
     * @param progress called with the number of events done after each batch
     * @throws InvalidPartonEventException for a refused event unless lenient
     * @throws ShowerFailedException for an event the chain failed on in every attempt, unless
     *     lenient
     */
    public void run(
            Iterator<Event> in, Consumer<Event> out, java.util.function.LongConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long index = 0;
            while (in.hasNext()) {
                List<Future<Outcome>> batch = new ArrayList<>();
                for (int n = 0; n < BATCH_PER_THREAD * threads && in.hasNext(); n++) {
                    Event e = in.next();
                    long k = index++;
                    batch.add(pool.submit(() -> one(e, k)));
                }
                for (Future<Outcome> f : batch) {
                    Outcome o = get(f);
                    if (o.refused() != null) {
                        if (!lenient) {
                            throw o.refused();
                        }
                        skippedCount++;
                        if (skipped.size() < 20) {
                            skipped.add(o.refused().getMessage());
                        }
                    } else {
                        out.accept(o.event());
                        processed++;
                    }
                }
                progress.accept(processed + skippedCount);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome one(Event e, long k) {
        try {
            return new Outcome(chain.process(e, streams.stream(k)), null);
        } catch (InvalidPartonEventException | ShowerFailedException x) {
            return new Outcome(null, x);
        }
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new QuarryException("shower failed: " + e.getCause(), e.getCause());
        }
    }

    /** Events written. */
    public long processed() {
        return processed;
    }

    /** Events the chain needed more than one attempt for (see {@link ShowerChain#retries()}). */
    public long retriedEvents() {
        return chain.retriedEvents();
    }

    /** Events skipped (lenient mode). */
    public long skippedCount() {
        return skippedCount;
    }

    /** The first (up to 20) reasons for skipped events. */
    public List<String> skippedReasons() {
        return List.copyOf(skipped);
    }

    /** The streams' path and seed, for provenance. */
    public String randomPath() {
        return streams.path();
    }
}
