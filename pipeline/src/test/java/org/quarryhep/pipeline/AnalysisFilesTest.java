package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigException;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.testkit.ReferenceData;

/** Whole-file validation: every mistake names the file, line and field before anything runs. */
class AnalysisFilesTest {
    @TempDir Path dir;

    private static final String HEAD =
            """
            version: 1
            name: t
            collider: {luminosity_ifb: 35.9}
            objects:
              muons: {from: muons, ptMin: 25}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) >= 2"}
            variables:
              mll: "m(muons[0], muons[1])"
            histograms:
              m: {variable: mll, bins: {count: 10, low: 60, high: 160}}
              score: {variable: mll, bins: {count: 10, low: 60, high: 160}}
            """;

    private AnalysisFile load(String body) throws Exception {
        Path f = dir.resolve("analysis.yaml");
        Files.writeString(f, HEAD + body);
        return AnalysisFiles.load(f, Map.of());
    }

    private ConfigException fails(String body) {
        return assertThrows(ConfigException.class, () -> load(body));
    }

    @Test
    void gridExpandsIntoOneSamplePerPointWithLabelsAndDistinctSeeds() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        AnalysisFile a =
                load(
                        """
                        samples:
                          - name: h
                            role: signal
                            process: gg-s-mutau
                            events: 100
                            grid: {MS: {from: 200, to: 450, points: 6}}
                            labels: {channel: 1}
                        """);
        List<SampleDefinition> h = a.samplesOf("h");
        assertEquals(6, h.size());
        // Six evenly spaced values from 200 to 450: steps of (450 − 200)/5 = 50 GeV.
        assertEquals("h[MS=250]", h.get(1).name());
        assertEquals(Map.of("channel", 1.0, "MS", 250.0), h.get(1).labels());
        assertEquals(6, h.stream().mapToLong(SampleDefinition::seed).distinct().count());
    }

    @Test
    void unknownKeyNamesLinePathAndSuggestion() {
        ConfigException e =
                fails(
                        """
                        samples:
                          - {name: dy, role: background, process: drell-yan, evnts: 10}
                        """);
        // The bad key is on the second line after the shared header.
        long line = HEAD.lines().count() + 2;
        assertTrue(e.getMessage().contains("analysis.yaml:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("/samples/0/evnts"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'events'"), e.getMessage());
    }

    @Test
    void unknownProcessIsReportedAtTheProcessField() {
        ConfigException e =
                fails(
                        """
                        samples:
                          - name: x
                            role: signal
                            process: drell-yam
                            events: 10
                        """);
        assertTrue(e.getMessage().contains("/samples/0/process"), e.getMessage());
        assertTrue(e.getMessage().contains("drell-yam"), e.getMessage());
    }

    @Test
    void missingEventFileIsReportedBeforeAnythingRuns() {
        ConfigException e =
                fails(
                        """
                        samples:
                          - {name: x, role: background, files: [nowhere.lhe]}
                        """);
        assertTrue(e.getMessage().contains("/samples/0/files/0"), e.getMessage());
        assertTrue(e.getMessage().contains("no such event file"), e.getMessage());
    }

    @Test
    void statisticsMustTestASignalAgainstBackgrounds() {
        ConfigException e =
                fails(
                        """
                        samples:
                          - {name: dy, role: background, process: drell-yan, events: 10}
                        statistics:
                          - {name: l, method: asimov_limit, histograms: [m], signal: dy}
                        """);
        assertTrue(e.getMessage().contains("/statistics/0/signal"), e.getMessage());
        assertTrue(e.getMessage().contains("role background"), e.getMessage());
    }

    @Test
    void methodSpecificKeysAreRejectedOnOtherMethods() {
        ConfigException e =
                fails(
                        """
                        samples:
                          - {name: s, role: signal, process: drell-yan, events: 10}
                          - {name: b, role: background, process: drell-yan, events: 10}
                        statistics:
                          - {name: z, method: significance, histograms: [m], signal: s,
                             threshold: 2}
                        """);
        assertTrue(e.getMessage().contains("/statistics/0/threshold"), e.getMessage());
    }

    @Test
    void countingLimitReadsItsOptions() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        AnalysisFile a =
                load(
                        """
                        samples:
                          - {name: s, role: signal, process: drell-yan, events: 10}
                          - {name: b, role: background, process: drell-yan, events: 10}
                        statistics:
                          - {name: c, method: counting_limit, histograms: [m], signal: s,
                             background_uncertainty: 0.2, scan: {histogram: score}}
                        """);
        CountingLimit c = (CountingLimit) a.statistics().get(0);
        assertEquals(List.of("b"), c.backgrounds());
        assertEquals(0.2, c.backgroundUncertainty());
        assertEquals(0.95, c.cl());
        assertTrue(c.scan().orElseThrow().keepAbove());
    }

    @Test
    void statisticsOnAnUndeclaredHistogramIsRefused() {
        ConfigException e =
                fails(
                        """
                        samples:
                          - {name: s, role: signal, process: drell-yan, events: 10}
                          - {name: b, role: background, process: drell-yan, events: 10}
                        statistics:
                          - {name: l, method: asimov_limit, histograms: [mjj], signal: s}
                        """);
        assertTrue(e.getMessage().contains("/statistics/0"), e.getMessage());
        assertTrue(e.getMessage().contains("'mjj'"), e.getMessage());
    }

    @Test
    void aParameterTheSelectionReadsMustBeASampleLabel() throws Exception {
        Path f = dir.resolve("analysis.yaml");
        Files.writeString(
                f,
                HEAD
                        + """
                        samples:
                          - {name: s, role: signal, process: drell-yan, events: 10}
                        """);
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> AnalysisFiles.load(f, Map.of("variables.mH", "{parameter: mass}")));
        assertTrue(e.getMessage().contains("/samples/0"), e.getMessage());
        assertTrue(e.getMessage().contains("'mass'"), e.getMessage());
    }

    @Test
    void setOverridesAValueAndErrorsNameTheOverride() throws Exception {
        Path f = dir.resolve("analysis.yaml");
        Files.writeString(
                f,
                HEAD
                        + """
                        samples:
                          - {name: dy, role: background, process: drell-yan, events: 10}
                        """);
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> AnalysisFiles.load(f, Map.of("samples.0.events", "-5")));
        assertTrue(e.getMessage().contains("--set samples.0.events=-5"), e.getMessage());
    }

    @Test
    void readmeDocumentsEveryKeyTheParserAccepts() throws Exception {
        // The README's schema table is the generated one: a key added to the parser without
        // documentation (or documented but not accepted) fails here.
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(
                readme.contains(AnalysisSchema.markdown()),
                "pipeline/README.md must contain AnalysisSchema.markdown() verbatim (print it with"
                        + " jshell and paste it under 'The analysis file')");
    }
}
