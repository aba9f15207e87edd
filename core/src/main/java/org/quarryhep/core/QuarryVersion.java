package org.quarryhep.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Quarry that is running, as set by the build. */
public final class QuarryVersion {
    private QuarryVersion() {}

    private static final String VERSION = load();

    /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = QuarryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
