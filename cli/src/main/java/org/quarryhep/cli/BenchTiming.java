package org.quarryhep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * The timing loops of the {@code bench} commands, in one place: a median of repeated wall-clock
 * runs ({@code bench stats}), a rate per CPU-second of the measuring thread ({@code bench me}), and
 * the wall and process CPU time of one multi-threaded run ({@code bench shower}).
 */
final class BenchTiming {
    private BenchTiming() {}

    /**
     * Runs the work {@code warmup} times untimed, then {@code reps} times timed, and gives the
     * median wall time of the timed runs.
     *
     * @param warmup untimed runs (JIT), at least 0
     * @param reps timed runs, at least 1
     * @param work the workload
     * @return the median, milliseconds
     */
    static double medianMillis(int warmup, int reps, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }

    /**
     * A run of evaluations: how many, the measuring thread's CPU time and the wall time they took,
     * and the sum of their values.
     */
    record CpuRun(long evaluations, double cpuSeconds, double wallSeconds, double sum) {
        double perCpuSecond() {
            return evaluations / cpuSeconds;
        }

        double perWallSecond() {
            return evaluations / wallSeconds;
        }
    }

    /**
     * Evaluates until {@code budget} seconds of the thread's CPU time are spent. CPU time is the
     * measuring thread's own, so other load on the machine slows the wall clock, not the rate.
     *
     * @param evaluation the n-th evaluation (n counts from 0); its values are summed so that the
     *     JIT cannot drop the work, and the sum comes back for the caller to check
     * @param budget CPU seconds
     * @return the run's rate and the sum of its values
     */
    static CpuRun cpuRun(LongToDoubleFunction evaluation, double budget) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long limit = (long) (budget * 1e9);
        long n = 0;
        double sink = 0;
        long cpu;
        // the clock is read after batches that double while they are short, so that reading it
        // (about a microsecond) does not dominate the fastest workloads
        long batch = 1;
        do {
            for (long b = 0; b < batch; b++) {
                sink += evaluation.applyAsDouble(n);
                n++;
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu0;
            if (cpu < limit / 100) {
                batch *= 2;
            }
        } while (cpu < limit);
        return new CpuRun(n, cpu / 1e9, (System.nanoTime() - wall0) / 1e9, sink);
    }

    /**
     * One timed run of work that may use several threads: its wall time, the CPU time of the whole
     * process (all threads, JIT and GC included) and the system load average at its end, because on
     * a shared machine wall time alone says little.
     */
    record ProcessRun(double wallSeconds, double cpuSeconds, double loadAverage) {}

    /**
     * Runs {@code warmup} untimed (JIT), then times one run of {@code work}.
     *
     * @param warmup the untimed run
     * @param work the timed run
     * @return its wall and process CPU time, and the load average
     */
    static ProcessRun processRun(Runnable warmup, Runnable work) {
        warmup.run();
        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        return new ProcessRun(wall, cpu, os.getSystemLoadAverage());
    }
}
