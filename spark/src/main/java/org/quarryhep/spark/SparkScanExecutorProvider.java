package org.quarryhep.spark;

import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.ScanExecutor;
import org.quarryhep.scan.ScanExecutorProvider;

/** Provides the {@code spark} executor to {@code ServiceLoader}. */
public final class SparkScanExecutorProvider implements ScanExecutorProvider {
    /** Created by {@code ServiceLoader}. */
    public SparkScanExecutorProvider() {}

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public ScanExecutor create(ExecutorSettings settings) {
        return new SparkScanExecutor(settings);
    }
}
