package org.quarryhep.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds executors by name: {@code local} built in, others through {@link ScanExecutorProvider}. */
public final class ScanExecutors {
    private ScanExecutors() {}

    /**
     * Creates the executor called {@code name}.
     *
     * @throws ScanException when no executor has that name (the message lists those available)
     */
    public static ScanExecutor create(String name, ExecutorSettings settings) {
        if (name.equals("local")) {
            return new LocalScanExecutor(settings.threads());
        }
        List<String> known = new ArrayList<>(List.of("local"));
        for (ScanExecutorProvider p : ServiceLoader.load(ScanExecutorProvider.class)) {
            if (p.name().equals(name)) {
                return p.create(settings);
            }
            known.add(p.name());
        }
        throw new ScanException(
                "no scan executor '"
                        + name
                        + "' on the class path (available: "
                        + String.join(", ", known)
                        + (name.equals("spark")
                                ? "; the spark executor needs quarry-spark and Spark's jars"
                                : "")
                        + ")");
    }
}
