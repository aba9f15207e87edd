package org.quarryhep.core;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reproducible random streams derived from one seed.
 *
 * <p>A stream is a pure function of (seed, path of names, index): {@code streams.child("gen")
 * .stream(42)} is the same sequence on every run and every thread, so results do not depend on
 * thread scheduling. Give every event (or every partition of work) its own index; give every
 * component its own named child. Thread-safe.
 */
public final class RandomStreams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final String path;
    private final AtomicLong invocations = new AtomicLong();

    /** Streams rooted at a seed (from the user's configuration). */
    public RandomStreams(long seed) {
        this(seed, "");
    }

    private RandomStreams(long seed, String path) {
        this.seed = seed;
        this.path = path;
    }

    /** The seed these streams derive from. */
    public long seed() {
        return seed;
    }

    /** The names from the root to here, separated by '/', for provenance. */
    public String path() {
        return path;
    }

    /** Independent streams for a named component. */
    public RandomStreams child(String name) {
        long h = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix64(h ^ (b & 0xff)) + GOLDEN;
        }
        return new RandomStreams(mix64(h), path.isEmpty() ? name : path + "/" + name);
    }

    /** The stream with a given index (an event number or a partition number). */
    public SplittableRandom stream(long index) {
        invocations.incrementAndGet();
        return new SplittableRandom(mix64(seed + GOLDEN * (index + 1)));
    }

    /** How many streams have been handed out, recorded in provenance. */
    public long invocations() {
        return invocations.get();
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood, OOPSLA 2014): a bijective 64-bit mix. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
