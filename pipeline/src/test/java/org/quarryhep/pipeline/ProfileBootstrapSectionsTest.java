package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigException;

/**
 * The {@code profiles.*.result} and {@code bootstrap} sections are checked when the file is loaded,
 * naming the field, rather than failing or doing nothing at the end of a run.
 */
class ProfileBootstrapSectionsTest {
    @TempDir Path dir;

    private static final String HEAD =
            PipelineFixture.drellYanHead("sections-test", 100)
                    + """
            variables:
              mll: "m(muons[0], muons[1])"
              lead: "pt(muons[0])"
            histograms:
              one: {variable: mll, edges: [100, 1000]}
            """;

    private static final String PROFILES =
            """
            profiles:
              map: {mean: lead, x: {variable: mll, edges: [100, 500, 1000]},
                    y: {variable: lead, edges: [0, 100, 200]},
                    result: {key: lead_map, entry: all, samples: [signal, dy]}}
            """;

    private static final String BOOTSTRAP = "bootstrap: {replicas: 10}\n";

    private static final String STATISTICS =
            """
            statistics:
              - {name: limit, method: asimov_limit, histograms: [one], signal: signal,
                 result: {table: limits, row: {category: all}, columns: {mu: mu_limit}}}
            """;

    private AnalysisFile load(String text) throws Exception {
        return new PipelineFixture(dir, text).load(Map.of());
    }

    private ConfigException rejected(String text) {
        return assertThrows(ConfigException.class, () -> load(text));
    }

    /** The file the other cases break, one field at a time, loads. */
    @Test
    void theUnbrokenFileLoads() throws Exception {
        AnalysisFile a = load(HEAD + PROFILES + BOOTSTRAP + STATISTICS);
        assertEquals(10, a.bootstrapReplicas());
        assertEquals("lead_map", a.profileOutputs().get(0).key());
    }

    /** The entry would be put into the table's list of rows (a ClassCastException at the end). */
    @Test
    void aProfileKeyThatIsAResultsTableIsRejected() {
        ConfigException e =
                rejected(HEAD + PROFILES.replace("key: lead_map", "key: limits") + STATISTICS);
        assertTrue(e.getMessage().contains("/profiles/map/result/key"), e.getMessage());
        assertTrue(e.getMessage().contains("results table"), e.getMessage());
    }

    /** The pipeline's record of the extensions takes that key. */
    @Test
    void aProfileKeyExtensionsIsRejected() {
        ConfigException e = rejected(HEAD + PROFILES.replace("key: lead_map", "key: extensions"));
        assertTrue(e.getMessage().contains("/profiles/map/result/key"), e.getMessage());
    }

    /** The second would replace the first without a word. */
    @Test
    void twoProfilesWritingOneEntryAreRejected() {
        String second =
                """
                  map2: {mean: mll, x: {variable: mll, edges: [100, 1000]},
                         y: {variable: lead, edges: [0, 200]},
                         result: {key: lead_map, entry: all, samples: [dy]}}
                """;
        ConfigException e = rejected(HEAD + PROFILES + second);
        assertTrue(e.getMessage().contains("/profiles/map2/result/entry"), e.getMessage());
        assertTrue(e.getMessage().contains("'map'"), e.getMessage());
    }

    /** No sample, no entry: the profile would be left out of results.json silently. */
    @Test
    void aProfileWithoutSamplesIsRejected() {
        ConfigException e =
                rejected(HEAD + PROFILES.replace("samples: [signal, dy]", "samples: []"));
        assertTrue(e.getMessage().contains("/profiles/map/result/samples"), e.getMessage());
    }

    /** Only asimov_limit results get errors: without one the section would do nothing. */
    @Test
    void aBootstrapWithoutAnAsimovLimitIsRejected() {
        ConfigException e = rejected(HEAD + BOOTSTRAP);
        assertTrue(e.getMessage().contains("/bootstrap"), e.getMessage());
        assertTrue(e.getMessage().contains("asimov_limit"), e.getMessage());
    }
}
