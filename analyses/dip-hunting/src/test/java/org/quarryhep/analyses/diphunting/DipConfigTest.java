package org.quarryhep.analyses.diphunting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.pipeline.extension.AnalysisInfo;
import org.quarryhep.pipeline.extension.SampleInfo;

/** The extension's config is read strictly, with the file, line and key in every error. */
class DipConfigTest {
    private static final String GOOD =
            """
            gg_samples: [gg]
            qq_sample: qq
            train: {m_s: [600, 1000], kappa: [0.5]}
            closure: [{m_s: 800, kappa: 1}]
            network: {layers: [8], epochs: 1, batch_size: 64, learning_rate: 0.01}
            scan: {m_s: {from: 600, to: 1000, points: 3}, kappa: {from: 0, to: 1, points: 3}}
            injected: [{m_s: 800, kappa: 1}]
            luminosity_ifb: [140]
            toys: {count: 3, luminosity_ifb: 140, injected: {m_s: 800, kappa: 1}}
            binned: {bins: 4, low: 350, high: 1500}
            """;

    private static AnalysisInfo analysis(double qqInitial) {
        return new AnalysisInfo(
                "t",
                Path.of("a.yaml"),
                1,
                13000,
                "NNPDF23_lo_as_0130_qed",
                "auto",
                140,
                List.of(
                        new SampleInfo(
                                "gg",
                                "gg",
                                false,
                                "gg-tt-s",
                                Map.of("component", 0.0, "decay", 2.0),
                                Map.of(),
                                1),
                        new SampleInfo(
                                "qq",
                                "qq",
                                false,
                                "ttbar",
                                Map.of("initial", qqInitial, "decay", 2.0),
                                Map.of(),
                                2)),
                List.of());
    }

    @Test
    void aValidNodeIsRead() {
        DipConfig c = DipConfig.read(ConfigNode.parse(GOOD, "a.yaml"), analysis(2));
        assertEquals(List.of("gg"), c.ggSamples());
        assertEquals(9, c.scan().masses().length * c.scan().couplings().length);
        // (1000 − 600)/2 GeV × (1 − 0)/2: the cell of a 3 × 3 grid.
        assertEquals(100, c.scan().cellArea(), 1e-12);
    }

    @Test
    void aMisspelledKeyNamesItsLine() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                DipConfig.read(
                                        ConfigNode.parse(
                                                GOOD.replace("binned:", "binnned:"), "a.yaml"),
                                        analysis(2)));
        assertTrue(e.getMessage().contains("a.yaml:10"), e.getMessage());
        assertTrue(e.getMessage().contains("binnned"), e.getMessage());
    }

    @Test
    void aQqSampleWithGluonsIsRefused() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> DipConfig.read(ConfigNode.parse(GOOD, "a.yaml"), analysis(0)));
        assertTrue(e.getMessage().contains("a.yaml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("initial: 2"), e.getMessage());
    }

    @Test
    void theCalibrationDefaultsAndRefusesZeroBins() {
        DipConfig c = DipConfig.read(ConfigNode.parse(GOOD, "a.yaml"), analysis(2));
        assertEquals(DipConfig.Calibration.DEFAULT, c.calibration());
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                DipConfig.read(
                                        ConfigNode.parse(
                                                GOOD + "calibration: {bins: 0}\n", "a.yaml"),
                                        analysis(2)));
        assertTrue(e.getMessage().contains("a.yaml:11"), e.getMessage());
        assertTrue(e.getMessage().contains("bins"), e.getMessage());
    }

    private static final String WIDTH =
            """
            width_scan:
              kappa: 1
              scan: {m_s: {from: 700, to: 900, points: 3}, width: {from: 10, to: 50, points: 3}}
              injected: [{m_s: 800, width: 30}]
              luminosity_ifb: [140]
              train: {m_s: [700, 900], width: [10, 50]}
            """;

    @Test
    void theWidthNetworkNeedsItsClosurePoints() {
        // Without train: no network (the exact ratio and the binned fit only).
        String noNetwork =
                GOOD + WIDTH.replace("  train: {m_s: [700, 900], width: [10, 50]}\n", "");
        DipConfig plain = DipConfig.read(ConfigNode.parse(noNetwork, "a.yaml"), analysis(2));
        assertTrue(plain.widthScan().train().isEmpty());
        // With train, the 2 x 2 grid of (m_S, Gamma_S) and the held-out closure points.
        DipConfig c =
                DipConfig.read(
                        ConfigNode.parse(
                                GOOD + WIDTH + "  closure: [{m_s: 800, width: 30}]\n", "a.yaml"),
                        analysis(2));
        assertEquals(
                List.of(
                        new DipConfig.Point(700, 10),
                        new DipConfig.Point(700, 50),
                        new DipConfig.Point(900, 10),
                        new DipConfig.Point(900, 50)),
                c.widthScan().train());
        assertEquals(List.of(new DipConfig.Point(800, 30)), c.widthScan().closure());
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                DipConfig.read(
                                        ConfigNode.parse(GOOD + WIDTH, "a.yaml"), analysis(2)));
        assertTrue(e.getMessage().contains("a.yaml:12"), e.getMessage());
        assertTrue(e.getMessage().contains("closure"), e.getMessage());
    }

    @Test
    void spinInputsNeedDileptonicSamples() {
        DipConfig c = DipConfig.read(ConfigNode.parse(GOOD, "a.yaml"), analysis(2));
        assertEquals(FeatureSet.PRODUCTION, c.observables());
        assertTrue(!c.decayed() && !c.spinComparison());
        // The samples are semileptonic (decay: 2): no dilepton spin observables.
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                DipConfig.read(
                                        ConfigNode.parse(GOOD + "observables: spin\n", "a.yaml"),
                                        analysis(2)));
        assertTrue(e.getMessage().contains("a.yaml:11"), e.getMessage());
        assertTrue(e.getMessage().contains("decay: 2"), e.getMessage());
        // The comparison without the spin inputs needs them on.
        e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                DipConfig.read(
                                        ConfigNode.parse(
                                                GOOD + "spin_comparison: true\n", "a.yaml"),
                                        analysis(2)));
        assertTrue(e.getMessage().contains("a.yaml:11"), e.getMessage());
    }
}
