package org.quarryhep.scan;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs batches of scan points. Implementations: {@link LocalScanExecutor} (threads, the default)
 * and, through {@link ScanExecutorProvider}, Spark. An executor never lets one point's failure stop
 * the others: a failed point comes back as a {@link PointOutcome} with its error.
 */
public interface ScanExecutor extends AutoCloseable {
    /** The executor's name ({@code local}, {@code spark}). */
    String name();

    /**
     * Runs points.
     *
     * @param job the scan (its runner)
     * @param points the points, in the order the outcomes are returned
     * @param onDone called once per point as it finishes, from one thread at a time
     * @return one outcome per point, in the order of {@code points}
     */
    List<PointOutcome> run(ScanJob job, List<ScanPoint> points, Consumer<PointOutcome> onDone);

    /** Releases threads or the cluster connection. */
    @Override
    void close();
}
