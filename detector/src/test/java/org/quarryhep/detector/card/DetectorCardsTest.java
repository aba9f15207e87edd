package org.quarryhep.detector.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetectorCardsTest {

    static String presetText(String name) throws IOException {
        try (InputStream in =
                DetectorCards.class.getResourceAsStream(
                        "/org/quarryhep/detector/cards/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cms", "atlas", "hllhc", "CMS"})
    void presetsLoadAndValidate(String name) {
        DetectorCard c = DetectorCards.load(name);
        assertEquals(DetectorCard.FORMAT_VERSION, c.version());
        assertTrue(c.source().contains("delphes") || c.source().contains("Delphes"), c.source());
    }

    @Test
    void cmsPresetReproducesDelphesCmsFormulas() {
        DetectorCard c = DetectorCards.preset("cms");
        // delphes_card_CMS.tcl, ChargedHadronTrackingEfficiency: 0.95 for |eta|<=1.5, pt>1.0; 0.60
        // endcap low pt.
        assertClose(0.95, c.tracking().hadronEfficiency().at(0.3, 5.0), 0, 1e-15);
        assertClose(0.60, c.tracking().hadronEfficiency().at(-2.0, 0.5), 0, 1e-15);
        assertClose(0.0, c.tracking().hadronEfficiency().at(2.6, 5.0), 0, 1e-15);
        // MuonMomentumSmearing: sqrt(0.01^2 + pt^2*1.0e-4^2) for |eta|<=0.5.
        assertClose(
                Math.sqrt(0.01 * 0.01 + 100.0 * 100.0 * 1e-8),
                c.tracking().muonResolution().relative(0.2, 100.0),
                1e-14,
                0);
        // ECal: (1+0.64*eta^2)*sqrt(E^2*0.008^2 + E*0.11^2 + 0.40^2) at eta=1, E=50.
        assertClose(
                1.64 * Math.sqrt(2500 * 6.4e-5 + 50 * 0.0121 + 0.16),
                c.ecal().region(1.0).sigma(50, 1.0),
                1e-14,
                0);
        // ECal endcap: (2.16 + 5.6*(|eta|-2)^2)*sqrt(...) at eta=-2.2, E=100.
        assertClose(
                (2.16 + 5.6 * 0.04) * Math.sqrt(1e4 * 6.4e-5 + 100 * 0.0121 + 0.16),
                c.ecal().region(-2.2).sigma(100, -2.2),
                1e-12,
                0);
        // HCal: sqrt(E^2*0.050^2 + E*1.50^2) for |eta|<=3.0.
        assertClose(
                Math.sqrt(1e4 * 0.0025 + 100 * 2.25),
                c.hcal().region(2.0).sigma(100, 2.0),
                1e-14,
                0);
        // MuonEfficiency above 1 TeV: 0.95*exp(0.5 - pt*5.0e-4).
        assertClose(
                0.95 * Math.exp(0.5 - 1500 * 5e-4), c.muon().efficiency().at(1.0, 1500), 1e-14, 0);
        // BTagging b: 0.85*tanh(0.0025*pt)*(25.0/(1+0.063*pt)); c:
        // 0.25*tanh(0.018*pt)*(1/(1+0.0013*pt)); light 0.01+0.000038*pt.
        assertClose(
                0.85 * Math.tanh(0.0025 * 60) * 25.0 / (1 + 0.063 * 60),
                c.bTagging().b().at(60),
                1e-14,
                0);
        assertClose(
                0.25 * Math.tanh(0.018 * 60) / (1 + 0.0013 * 60),
                c.bTagging().c().at(60),
                1e-14,
                0);
        assertClose(0.01 + 0.000038 * 60, c.bTagging().light().at(60), 1e-14, 0);
        // JetEnergyScale: sqrt((2.5 - 0.15*|eta|)^2/pt + 1.0).
        assertClose(
                Math.sqrt(Math.pow(2.5 - 0.15, 2) / 40 + 1), c.jets().scale(-1.0, 40), 1e-14, 0);
        // Isolation modules: DeltaRMax 0.5, PTMin 0.5, PTRatioMax 0.12 (e, gamma) and 0.25 (mu).
        assertEquals(new DetectorCard.Isolation(0.5, 0.5, 0.25), c.muon().isolation());
        assertEquals(new DetectorCard.Isolation(0.5, 0.5, 0.12), c.electron().isolation());
    }

    @Test
    void atlasAndHllhcPresetsReproduceTheirCards() {
        DetectorCard a = DetectorCards.preset("atlas");
        // delphes_card_ATLAS.tcl HCal: sqrt(E^2*0.0302^2 + E*0.5205^2 + 1.59^2) for |eta|<=1.7.
        assertClose(
                Math.sqrt(1e4 * 0.0302 * 0.0302 + 100 * 0.5205 * 0.5205 + 1.59 * 1.59),
                a.hcal().region(1.0).sigma(100, 1.0),
                1e-14,
                0);
        // TrackCountingTauTagging: 0.70 one prong, 0.60 multi; JES sqrt((3.0-0.2|eta|)^2/pt+1).
        assertClose(0.70, a.tauTagging().oneProng(), 0, 0);
        assertClose(0.60, a.tauTagging().multiProng(), 0, 0);
        assertClose(0.6, a.jets().radius(), 0, 0);
        DetectorCard h = DetectorCards.preset("hllhc");
        // CMS_PhaseII_0PU_v02.tcl: charged hadrons (|eta|<=1.2, 0.2<pt<=1) efficiency pt*0.96; 0.82
        // for 2.5<|eta|<=4.
        assertClose(0.5 * 0.96, h.tracking().hadronEfficiency().at(0.5, 0.5), 1e-14, 0);
        assertClose(0.82, h.tracking().hadronEfficiency().at(3.5, 20), 0, 0);
        // Electron tracking 1.2<|eta|<=2.5, 1<pt<=10: 0.82+pt*0.01.
        assertClose(0.82 + 0.05, h.tracking().electronEfficiency().at(2.0, 5.0), 1e-14, 0);
        assertClose(200, h.pileup().meanInteractions(), 0, 0);
    }

    static Stream<Arguments> badCards() {
        return Stream.of(
                Arguments.of("version: 1\nversion2: 3", "/", "unknown key"),
                Arguments.of(null, "/version", "unsupported card version 2"),
                Arguments.of(
                        "electron.isolation.deltaR",
                        "/electron/isolation/deltaR",
                        "must be > 0, got -0.5"),
                Arguments.of(
                        "muon.efficiency.value", "/muon/efficiency/0/value", "must lie in [0, 1]"),
                Arguments.of(
                        "jets.algorithm",
                        "/jets/algorithm",
                        "must be anti-kt, kt or cambridge, got 'siscone'"),
                Arguments.of(
                        "ecal.stochastic",
                        "/ecal/resolution/0/stochastic",
                        "must be a number, got 'big'"),
                Arguments.of("hcal.missing", "/hcal/resolution", "missing (a list is required)"),
                Arguments.of("bTagging.form", "/bTagging/b/form", "must be 'linear' or 'tanh'"),
                Arguments.of("tracking.typo", "/tracking/etaMaxx", "unknown key"),
                Arguments.of(
                        "vertexing.minTracks", "/vertexing/minTracks", "must be an integer >= 2"),
                Arguments.of(
                        "vertexing.seedDca", "/vertexing/seedDcaMaxMm", "must be > 0, got -1.0"),
                Arguments.of("vertexing.chi2", "/vertexing/trackChi2Max", "must be > 0, got 0.0"),
                Arguments.of("vertexing.oldResolution", "/vertexing/resolutionXyMm", "unknown key"),
                Arguments.of("pileup.mean", "/pileup/meanInteractions", "must be >= 0"),
                Arguments.of(
                        "tracking.etaRange",
                        "/tracking/efficiency/muon/0/etaMax",
                        "must exceed etaMin"));
    }

    /** Applies one named corruption to the CMS preset text. */
    private static String corrupt(String cms, String what) {
        return switch (what) {
            case "electron.isolation.deltaR" ->
                    cms.replaceFirst("(?s)(electron:.*?isolation: \\{deltaR: )0.5", "$1-0.5");
            case "muon.efficiency.value" ->
                    cms.replaceFirst(
                            "(?s)(muon:\\s+#[^\\n]*\\n  efficiency:\\n    - \\{etaMax: 1.5, ptMin: 10.0, ptMax: 1000.0, value: )0.95",
                            "$11.3");
            case "jets.algorithm" -> cms.replace("algorithm: anti-kt", "algorithm: siscone");
            case "ecal.stochastic" ->
                    cms.replace(
                            "{etaMax: 1.5, constant: 0.008, stochastic: 0.11,",
                            "{etaMax: 1.5, constant: 0.008, stochastic: big,");
            case "hcal.missing" ->
                    cms.replaceFirst(
                            "(?s)(hcal:.*?significanceMin: 2.0\\n)  resolution:\\n.*?\\nenergyFractions",
                            "$1energyFractions");
            case "bTagging.form" ->
                    cms.replace("b: {form: tanh, a: 0.85", "b: {form: cubic, a: 0.85");
            case "tracking.typo" ->
                    cms.replace("  etaMax: 2.5\n  radiusMm", "  etaMaxx: 2.5\n  radiusMm");
            case "vertexing.minTracks" -> cms.replace("minTracks: 2", "minTracks: 1");
            case "vertexing.seedDca" -> cms.replace("seedDcaMaxMm: 1.0", "seedDcaMaxMm: -1.0");
            case "vertexing.chi2" -> cms.replace("trackChi2Max: 10.0", "trackChi2Max: 0.0");
                // The smearing parameter of the former truth-seeded finder is no longer accepted.
            case "vertexing.oldResolution" ->
                    cms.replace(
                            "  minDisplacementMm: 1.0",
                            "  resolutionXyMm: 0.05\n  minDisplacementMm: 1.0");
            case "pileup.mean" -> cms.replaceFirst("meanInteractions: 0", "meanInteractions: -3");
            case "tracking.etaRange" ->
                    cms.replace(
                            "    muon:               # MuonTrackingEfficiency\n      - {etaMax: 1.5,",
                            "    muon:               # MuonTrackingEfficiency\n      - {etaMin: 2.0, etaMax: 1.5,");
            default -> throw new IllegalArgumentException(what);
        };
    }

    @ParameterizedTest
    @MethodSource("badCards")
    void badCardsNameTheField(String corruption, String field, String message) throws IOException {
        String cms = presetText("cms");
        String yaml;
        if (corruption == null) {
            yaml = cms.replace("version: 1", "version: 2");
        } else if (corruption.startsWith("version")) {
            yaml = cms + "\n" + corruption.substring(corruption.indexOf('\n') + 1) + "\n";
        } else {
            yaml = corrupt(cms, corruption);
        }
        if (corruption != null && !corruption.startsWith("version")) {
            assertTrue(!yaml.equals(cms), "the corruption " + corruption + " must change the card");
        }
        InvalidCardException e =
                assertThrows(
                        InvalidCardException.class, () -> DetectorCards.parse(yaml, "bad.yaml"));
        // The card, the line of the field (or of its nearest parent present) and the path.
        assertTrue(e.getMessage().matches("(?s)bad\\.yaml:[1-9][0-9]*: /.*"), e.getMessage());
        assertTrue(e.field().startsWith(field), "field " + e.field() + " for " + e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void malformedYamlAndMissingFilesAreReported(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "version: 1\nname: [unclosed\n");
        InvalidCardException e =
                assertThrows(InvalidCardException.class, () -> DetectorCards.load(f.toString()));
        assertTrue(
                e.getMessage().contains("broken.yaml:")
                        && e.getMessage().contains("not valid YAML"),
                e.getMessage());
        InvalidCardException missing =
                assertThrows(
                        InvalidCardException.class,
                        () -> DetectorCards.load(dir.resolve("none.yaml").toString()));
        assertTrue(missing.getMessage().contains("not a preset"), missing.getMessage());
    }

    @Test
    void aMisspeltKeyNamesItsLineAndTheNearestAllowedName() throws IOException {
        String cms = presetText("cms");
        String yaml = cms.replace("  etaMax: 2.5\n  radiusMm", "  etaMaxx: 2.5\n  radiusMm");
        int line =
                1
                        + (int)
                                yaml.substring(0, yaml.indexOf("etaMaxx"))
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count();
        InvalidCardException e =
                assertThrows(
                        InvalidCardException.class, () -> DetectorCards.parse(yaml, "bad.yaml"));
        assertTrue(
                e.getMessage().startsWith("bad.yaml:" + line + ": /tracking/etaMaxx: unknown key"),
                e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'etaMax'?"), e.getMessage());
    }

    @Test
    void cardFileRoundTripsThroughLoad(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, presetText("atlas"));
        assertEquals(DetectorCards.preset("atlas"), DetectorCards.load(f.toString()));
    }
}
