package org.quarryhep.io;

/**
 * How a reader treats malformed events.
 *
 * <p>Strict (the default) throws an {@link EventFormatException} at the first problem. Lenient
 * skips a malformed event, counts it ({@link EventReader#skippedEvents()}) and keeps the first
 * messages ({@link EventReader#warnings()}); problems outside events (an unknown format, a broken
 * header or init block) still throw.
 *
 * @param lenient skip malformed events instead of failing
 * @param maxWarnings how many warnings to keep (later skipped events are only counted)
 */
public record ReadOptions(boolean lenient, int maxWarnings) {
    /** Strict reading: the first malformed event throws. */
    public static final ReadOptions STRICT = new ReadOptions(false, 20);

    /** Lenient reading keeping the first 20 messages. */
    public static final ReadOptions LENIENT = new ReadOptions(true, 20);

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException when {@code maxWarnings} is negative
     */
    public ReadOptions {
        if (maxWarnings < 0) {
            throw new IllegalArgumentException("maxWarnings must be >= 0, got " + maxWarnings);
        }
    }
}
