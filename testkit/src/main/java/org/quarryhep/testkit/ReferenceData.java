package org.quarryhep.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the shared reference data ({@code ../shared/data} beside the checkout).
 *
 * <p>The location comes from the system property {@code quarry.shared.data} (the parent POM sets
 * it), then the environment variable {@code QUARRY_SHARED_DATA}, then {@code ../shared/data}
 * relative to the working directory and its parents. Tests call {@link #require(String)}, which
 * skips the test with a message when the data is absent on a laptop, and fails it under CI (see
 * {@link Requirements}).
 */
public final class ReferenceData {
    private ReferenceData() {}

    /** Returns the root of the shared data, or {@code null} when it cannot be found. */
    public static Path root() {
        String prop = System.getProperty("quarry.shared.data");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        String env = System.getenv("QUARRY_SHARED_DATA");
        if (env != null && Files.isDirectory(Paths.get(env))) {
            return Paths.get(env).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** True when {@code relative} exists under the shared data root. */
    public static boolean has(String relative) {
        Path root = root();
        return root != null && Files.exists(root.resolve(relative));
    }

    /**
     * Returns {@code root/relative}; when it is absent, skips the calling test (laptop) or fails it
     * (CI).
     *
     * @param relative a path below {@code ../shared/data}, e.g. {@code "events/inventory.json"}
     * @return the absolute path
     */
    public static Path require(String relative) {
        Path root = root();
        Requirements.need(root != null, "reference data ../shared/data not found");
        Path p = root.resolve(relative);
        Requirements.need(Files.exists(p), "reference data " + p + " not found");
        return p;
    }
}
