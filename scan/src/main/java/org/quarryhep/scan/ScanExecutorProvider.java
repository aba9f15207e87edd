package org.quarryhep.scan;

/**
 * A scan executor found through {@link java.util.ServiceLoader}: a module on the class path (such
 * as {@code quarry-spark}) lists its provider in {@code
 * META-INF/services/org.quarryhep.scan.ScanExecutorProvider}.
 */
public interface ScanExecutorProvider {
    /** The name users select it by ({@code --executor NAME}). */
    String name();

    /** Creates an executor. */
    ScanExecutor create(ExecutorSettings settings);
}
