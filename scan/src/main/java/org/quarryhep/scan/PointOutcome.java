package org.quarryhep.scan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What running one point gave: its results, or the error of its last attempt.
 *
 * @param point the point
 * @param results quantity name to value in the runner's order (empty when the point failed)
 * @param error the error message of the last attempt, or {@code null} when the point succeeded
 * @param attempts how many attempts the executor made (1 unless a task was retried)
 */
public record PointOutcome(ScanPoint point, Map<String, Double> results, String error, int attempts)
        implements Serializable {
    /** Copies the results (order kept). */
    public PointOutcome {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** A successful point. */
    public static PointOutcome success(ScanPoint point, Map<String, Double> results, int attempts) {
        return new PointOutcome(point, results, null, attempts);
    }

    /** A point that failed every attempt. */
    public static PointOutcome failure(ScanPoint point, Throwable error, int attempts) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        return new PointOutcome(
                point, Map.of(), error.getClass().getSimpleName() + message, attempts);
    }

    /** True when the point gave results. */
    public boolean ok() {
        return error == null;
    }

    /** A result by name, NaN when the point failed or did not report it. */
    public double value(String quantity) {
        Double v = results.get(quantity);
        return v == null ? Double.NaN : v;
    }
}
