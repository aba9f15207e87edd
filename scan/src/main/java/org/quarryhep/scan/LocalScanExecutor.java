package org.quarryhep.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs points on a pool of threads in this JVM, one point per task. Results do not depend on the
 * thread count: each point's randomness comes from its own seed.
 */
public final class LocalScanExecutor implements ScanExecutor {
    private final ExecutorService pool;

    /** An executor with {@code threads} worker threads. */
    public LocalScanExecutor(int threads) {
        this.pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, "quarry-scan");
                            t.setDaemon(true);
                            return t;
                        });
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public List<PointOutcome> run(
            ScanJob job, List<ScanPoint> points, Consumer<PointOutcome> onDone) {
        List<Future<PointOutcome>> futures = new ArrayList<>();
        for (ScanPoint p : points) {
            futures.add(
                    pool.submit(
                            () -> {
                                PointOutcome o;
                                try {
                                    o = PointOutcome.success(p, job.runPoint(p), 1);
                                } catch (RuntimeException e) {
                                    o = PointOutcome.failure(p, e, 1);
                                }
                                synchronized (onDone) {
                                    onDone.accept(o);
                                }
                                return o;
                            }));
        }
        List<PointOutcome> out = new ArrayList<>();
        try {
            for (Future<PointOutcome> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("scan interrupted", e);
        } catch (ExecutionException e) {
            throw new ScanException("scan worker failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
