package org.quarryhep.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read-only copies of maps that keep their iteration order. {@code Map.copyOf} iterates in an order
 * that changes from one JVM run to the next, which would make files written from attributes (HepMC
 * {@code A} lines) differ between runs with the same seed.
 */
final class OrderedMaps {
    private OrderedMaps() {}

    /** An unmodifiable copy in the source's order; the shared empty map for null or empty. */
    static <K, V> Map<K, V> copyOf(Map<K, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
