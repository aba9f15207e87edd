package org.quarryhep.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.quarryhep.core.QuarryException;

/** Runs the generator's chunks and batches on a pool and returns their results in task order. */
final class ParallelTasks {
    private ParallelTasks() {}

    /**
     * Runs every task and waits for all of them.
     *
     * @param pool the pool that runs them
     * @param tasks the tasks, in the order of their results
     * @return the results in task order
     * @throws QuarryException when interrupted or a task fails with a checked exception (a runtime
     *     exception of a task is rethrown as it is)
     */
    static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) {
        try {
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("generator interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new QuarryException("generator task failed: " + e.getCause(), e.getCause());
        }
    }
}
