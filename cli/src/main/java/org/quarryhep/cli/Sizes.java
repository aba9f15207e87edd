package org.quarryhep.cli;

import java.util.Locale;

/** Human-readable sizes and durations for messages. */
final class Sizes {
    private Sizes() {}

    /** Bytes in decimal units: {@code 171 MB}, {@code 1.6 TB}. */
    static String bytes(double b) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB"};
        int u = 0;
        while (b >= 1000 && u < units.length - 1) {
            b /= 1000;
            u++;
        }
        return u == 0
                ? String.format(Locale.ROOT, "%.0f %s", b, units[u])
                : String.format(Locale.ROOT, b < 10 ? "%.1f %s" : "%.0f %s", b, units[u]);
    }

    /** A duration: {@code 42 s}, {@code 12 min}, {@code 3.5 h}, {@code 2.1 days}. */
    static String seconds(double s) {
        if (s < 120) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        if (s < 172800) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86400);
    }
}
