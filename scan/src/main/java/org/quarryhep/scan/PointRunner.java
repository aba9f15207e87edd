package org.quarryhep.scan;

import java.util.Map;

/**
 * What one scan point runs: parameters in, named results out.
 *
 * <p>Implementations must be deterministic given the point (its parameters and seed): the same
 * point gives bit-identical results on any thread, executor or retry. Every random number comes
 * from {@link ScanPoint#seed()}. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface PointRunner {
    /**
     * Runs one point.
     *
     * @param point the parameters and seed
     * @return quantity name to value, in a fixed order
     * @throws RuntimeException when the point cannot be computed (the executor reports it)
     */
    Map<String, Double> run(ScanPoint point);
}
