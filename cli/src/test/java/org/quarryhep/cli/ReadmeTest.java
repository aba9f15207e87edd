package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.ml.train.TrainingSpec;

/**
 * The README as a user reads it: the configuration tables are the readers' own key lists, and the
 * tour runs, command by command, in a scratch directory and reaches jets.
 */
class ReadmeTest {
    private static final Path README = Path.of("../README.md");

    private static String readme() throws IOException {
        assumeTrue(Files.isRegularFile(README), "README.md is not beside the cli module");
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    private static String between(String text, String begin, String end) {
        int i = text.indexOf(begin);
        int j = text.indexOf(end);
        assertTrue(i >= 0 && j > i, "README markers " + begin + " … " + end);
        return text.substring(i + begin.length(), j);
    }

    /** The configuration-format section, rendered from the readers' key lists. */
    static String renderConfigFormats() {
        return "\n### Training config (`quarry train CONFIG`)\n\n"
                + ConfigKey.markdownTable(TrainingSpec.KEYS)
                + "\n`network`:\n\n"
                + ConfigKey.markdownTable(TrainingSpec.NETWORK_KEYS)
                + "\nA layer in `network.layers` is a width (ReLU) or a mapping:\n\n"
                + ConfigKey.markdownTable(TrainingSpec.LAYER_KEYS)
                + "\n`bdt`:\n\n"
                + ConfigKey.markdownTable(TrainingSpec.BDT_KEYS)
                + "\n### Generator config (`quarry generate --config FILE`)\n\n"
                + ConfigKey.markdownTable(GenerateConfigFile.KEYS)
                + "\n### Detector card (`quarry simulate --card FILE`)\n\n"
                + ConfigKey.markdownTable(DetectorCards.SECTIONS)
                + "\nThe fields inside each section are those of the annotated preset"
                + " `detector/src/main/resources/org/quarryhep/detector/cards/cms.yaml`; start a"
                + " card from a copy of it.\n";
    }

    /**
     * Rewrites the README's configuration section from the code (not a test: run it after changing
     * a reader's keys, then review the diff).
     */
    static void regenerateConfigFormats() throws IOException {
        String text = readme();
        String begin = "<!-- config-formats:begin -->";
        String end = "<!-- config-formats:end -->";
        String old = between(text, begin, end);
        Files.writeString(
                README,
                text.replace(begin + old + end, begin + renderConfigFormats() + end),
                StandardCharsets.UTF_8);
    }

    @Test
    void configFormatsAreTheReadersOwnKeys() throws IOException {
        String documented =
                between(readme(), "<!-- config-formats:begin -->", "<!-- config-formats:end -->");
        assertEquals(
                renderConfigFormats(),
                documented,
                "README.md's configuration section differs from the readers' keys; run"
                        + " ReadmeTest.regenerateConfigFormats()");
    }

    @Test
    void generatorConfigDefaultsAreTheOptionDefaults() {
        // The --config keys are the options' names in snake_case; their documented defaults must
        // be the ones picocli applies.
        var options = new picocli.CommandLine(new GenerateCommand()).getCommandSpec();
        int compared = 0;
        for (ConfigKey k : GenerateConfigFile.KEYS) {
            var o = options.findOption("--" + k.name().replace('_', '-'));
            if (o != null && o.defaultValue() != null) {
                assertEquals(o.defaultValue(), k.defaultValue(), k.name());
                compared++;
            }
        }
        assertEquals(6, compared, "sqrt_s, pdf, scale, alphas_running, events, seed");
    }

    @Test
    void theTourRunsInAScratchDirectoryAndReachesJets(@TempDir Path scratch) throws Exception {
        String block = between(readme(), "<!-- tour:begin -->", "<!-- tour:end -->");
        List<String> lines = block.lines().map(String::strip).toList();
        assertTrue(
                lines.contains("cd \"$(mktemp -d)\""), "the tour changes to a scratch directory");
        List<List<String>> commands = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("$quarry ")) {
                commands.add(Arrays.asList(line.substring("$quarry ".length()).split("\\s+")));
            }
        }
        assertTrue(commands.size() >= 4, block);
        for (List<String> c : commands) {
            CliProcess q = CliProcess.start(scratch, c.toArray(String[]::new));
            assertEquals(0, q.waitFor(300), String.join(" ", c) + ": " + q.err());
        }
        // The tour ends in jets: the reconstructed file has them, and so does the cluster output.
        CliProcess inspect = CliProcess.start(scratch, "inspect", "tt.qreco", "--json");
        assertEquals(0, inspect.waitFor(120), inspect.err());
        JsonNode reco = Json.MAPPER.readTree(inspect.out());
        double jets = reco.path("objects_per_event").path("jets").asDouble();
        // Semileptonic tt: two b quarks and two light quarks per event, each a jet when inside
        // the CMS acceptance; fewer after acceptance and the pT threshold, never more than 4.
        assertTrue(jets > 2 && jets <= 4, "jets per event " + jets);
        JsonNode clustered = Json.MAPPER.readTree(scratch.resolve("jets.json").toFile());
        assertTrue(clustered.path("total_jets").asLong() > 0, "cluster found jets");
        assertEquals(false, clustered.path("leptons_in_jets").asBoolean());
    }
}
