package org.quarryhep.scan;

import java.util.OptionalInt;

/**
 * How to run a scan.
 *
 * @param threads worker threads for the local executor (≥ 1)
 * @param master the cluster executor's master URL ({@code local[2]}, {@code spark://host:7077},
 *     {@code yarn}, {@code k8s://...}), or {@code null} to take it from the environment
 *     (spark-submit)
 * @param failTaskOnce test hook: the 0-based task number whose first attempt throws, or empty (see
 *     {@link #fromEnvironment})
 */
public record ExecutorSettings(int threads, String master, OptionalInt failTaskOnce) {
    /** The environment variable of the retry test hook. Test-only: never set it in production. */
    public static final String FAIL_TASK_ONCE = "QUARRY_FAIL_TASK_ONCE";

    /** Checks the thread count. */
    public ExecutorSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /**
     * Settings with the test hook read from {@value #FAIL_TASK_ONCE} (a 0-based task number,
     * counted over the whole scan in submission order): that task's first attempt throws, so the
     * retry path can be seen working. Test-only.
     *
     * @throws ScanException when the variable is set but not a non-negative integer
     */
    public static ExecutorSettings fromEnvironment(int threads, String master) {
        String v = System.getenv(FAIL_TASK_ONCE);
        if (v == null || v.isBlank()) {
            return new ExecutorSettings(threads, master, OptionalInt.empty());
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return new ExecutorSettings(threads, master, OptionalInt.of(n));
        } catch (NumberFormatException e) {
            throw new ScanException(
                    FAIL_TASK_ONCE + " must be a task number >= 0, got '" + v + "'");
        }
    }
}
