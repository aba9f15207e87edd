package org.quarryhep.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.PointOutcome;
import org.quarryhep.scan.ScanJob;

/**
 * The Spark task of one point. An exception on an attempt before the last is rethrown, so Spark
 * retries the task (on another executor if it likes); the last attempt ({@code
 * spark.task.maxFailures}) turns the exception into a failed {@link PointOutcome} instead, so one
 * point that always fails is reported and does not abort the job and the other points. A retried or
 * speculative attempt runs the same point with the same seed, so it gives the same numbers.
 */
final class PointTask implements Function<IndexedPoint, PointOutcome> {
    private static final long serialVersionUID = 1L;

    private final ScanJob job;
    private final int maxFailures;
    private final int failTaskOnce;

    /**
     * @param job the scan
     * @param maxFailures Spark's attempts per task
     * @param failTaskOnce the task whose first attempt throws (test hook), or −1
     */
    PointTask(ScanJob job, int maxFailures, int failTaskOnce) {
        this.job = job;
        this.maxFailures = maxFailures;
        this.failTaskOnce = failTaskOnce;
    }

    @Override
    public PointOutcome call(IndexedPoint p) {
        TaskContext ctx = TaskContext.get();
        int attempt = ctx == null ? 0 : ctx.attemptNumber();
        try {
            if (p.task() == failTaskOnce && attempt == 0) {
                throw new IllegalStateException(
                        ExecutorSettings.FAIL_TASK_ONCE
                                + "="
                                + failTaskOnce
                                + ": the first attempt of this task fails (test hook)");
            }
            return PointOutcome.success(p.point(), job.runPoint(p.point()), attempt + 1);
        } catch (RuntimeException e) {
            if (attempt + 1 < maxFailures) {
                throw e;
            }
            return PointOutcome.failure(p.point(), e, attempt + 1);
        }
    }
}
