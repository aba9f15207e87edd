package org.quarryhep.report;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The golden example {@code results.json} in the test resources (every figure and table type). */
public final class Golden {
    private Golden() {}

    /** The golden {@code results.json}; its CSV and workspace lie beside it. */
    public static Path resultsJson() {
        try {
            return Path.of(Golden.class.getResource("/golden/results.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
