package org.quarryhep.scan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.quarryhep.core.RandomStreams;

/**
 * One point of a scan: the parameter values (in the scan's parameter order) and the seed the point
 * runs with.
 *
 * <p>The seed is a pure function of the scan seed and the point's coordinates ({@link #of}), never
 * of the point's position in a batch, so a point reruns alone, in another scan order, on another
 * executor, or after refinement added neighbours, with identical output.
 *
 * @param parameters parameter name to value, in the scan's parameter order
 * @param seed the point's seed
 */
public record ScanPoint(Map<String, Double> parameters, long seed) implements Serializable {
    /** Copies the parameters (order kept). */
    public ScanPoint {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The point at these coordinates of a scan seeded with {@code scanSeed}. */
    public static ScanPoint of(long scanSeed, Map<String, Double> parameters) {
        String key = coordinateKey(parameters);
        long seed = new RandomStreams(scanSeed).child("scan-point").child(key).seed();
        return new ScanPoint(parameters, seed);
    }

    /**
     * The coordinates as text, {@code name=value;...} with Java's shortest round-trip decimal form:
     * the identity of a point for its seed and for the point cache.
     */
    public String coordinateKey() {
        return coordinateKey(parameters);
    }

    private static String coordinateKey(Map<String, Double> parameters) {
        StringJoiner j = new StringJoiner(";");
        parameters.forEach((k, v) -> j.add(k + "=" + Double.toString(v)));
        return j.toString();
    }

    /** The value of a parameter; a missing name is a scan definition error. */
    public double get(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new ScanException(
                    "the scan has no parameter '"
                            + name
                            + "' (it has "
                            + parameters.keySet()
                            + ")");
        }
        return v;
    }
}
