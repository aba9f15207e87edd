package org.quarryhep.gen.process;

import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;

/** Small integrations for the default test run. */
final class GeneratorRuns {
    private GeneratorRuns() {}

    /** Integrates with 4 + 3 iterations of the given number of points on 2 threads. */
    static IntegrationResult integrate(HardProcess p, Collider c, int points, long seed) {
        GeneratorSettings s = new GeneratorSettings(seed, 2, 4, 3, points, 50, 2000);
        return new EventGenerator(p, c, s, 1).integrate(ProgressListener.NONE).integration();
    }
}
