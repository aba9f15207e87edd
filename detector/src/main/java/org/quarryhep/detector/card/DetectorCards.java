package org.quarryhep.detector.card;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.config.ConfigNode;

/**
 * Reads detector cards from YAML and provides the presets {@code cms}, {@code atlas} and {@code
 * hllhc} (resources {@code org/quarryhep/detector/cards/*.yaml}), through the shared strict reader
 * {@link ConfigNode}. Every field is checked; an error names the card, the line and the field path,
 * e.g. {@code cms.yaml:41: /muon/isolation/deltaR: must be > 0, got -1.0}. Unknown fields are
 * errors too, with the allowed names and the nearest one, so that a misspelt key never silently
 * falls back to a default.
 */
public final class DetectorCards {
    /**
     * The top-level keys of a card; every section is required except {@code source}. The fields
     * inside each section are those of the annotated preset {@code cms.yaml}.
     */
    public static final List<ConfigKey> SECTIONS =
            List.of(
                    new ConfigKey(
                            "version",
                            "integer",
                            "required",
                            "card format version (" + DetectorCard.FORMAT_VERSION + ")"),
                    new ConfigKey("name", "string", "required", "detector name"),
                    new ConfigKey("source", "string", "\"\"", "where the numbers come from"),
                    new ConfigKey(
                            "tracking",
                            "mapping",
                            "required",
                            "acceptance, efficiencies, momentum and impact-parameter resolution"),
                    new ConfigKey("ecal", "mapping", "required", "ECal cells and resolution"),
                    new ConfigKey("hcal", "mapping", "required", "HCal cells and resolution"),
                    new ConfigKey(
                            "energyFractions",
                            "list of {pdgId, ecal, hcal}",
                            "required",
                            "calorimeter energy sharing per |PDG id| (0: default)"),
                    new ConfigKey("electron", "mapping", "required", "efficiency and isolation"),
                    new ConfigKey("muon", "mapping", "required", "efficiency and isolation"),
                    new ConfigKey("photon", "mapping", "required", "efficiency and isolation"),
                    new ConfigKey(
                            "jets",
                            "mapping",
                            "required",
                            "algorithm, radius, pT threshold, energy scale, parton response"),
                    new ConfigKey("bTagging", "mapping", "required", "b, c and light tag rates"),
                    new ConfigKey("tauTagging", "mapping", "required", "τ tag and mistag rates"),
                    new ConfigKey(
                            "pileup",
                            "mapping",
                            "required",
                            "mean interactions, spreads, charged-hadron subtraction"),
                    new ConfigKey(
                            "vertexing", "mapping", "required", "displaced-vertex finder cuts"));

    /** The names of the built-in presets. */
    public static final List<String> PRESETS = List.of("cms", "atlas", "hllhc");

    private DetectorCards() {}

    /**
     * Loads a preset by name or a card from a YAML file.
     *
     * @param nameOrPath {@code cms}, {@code atlas}, {@code hllhc}, or a path to a YAML card
     * @return the validated card
     * @throws InvalidCardException when the file is missing, unreadable or invalid
     */
    public static DetectorCard load(String nameOrPath) {
        String key = nameOrPath.toLowerCase(Locale.ROOT);
        if (PRESETS.contains(key)) {
            return preset(key);
        }
        Path p = Path.of(nameOrPath);
        if (!Files.isRegularFile(p)) {
            throw new InvalidCardException(
                    nameOrPath,
                    "no such card file, and not a preset (presets: " + PRESETS + ")",
                    (Throwable) null);
        }
        try {
            return parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
        } catch (IOException e) {
            throw new InvalidCardException(p.toString(), "cannot read card: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a built-in preset.
     *
     * @param name {@code cms}, {@code atlas} or {@code hllhc}
     * @return the card
     * @throws InvalidCardException when the name is not a preset
     */
    public static DetectorCard preset(String name) {
        String res = "/org/quarryhep/detector/cards/" + name + ".yaml";
        try (InputStream in = DetectorCards.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new InvalidCardException(
                        name,
                        "no preset named '" + name + "' (presets: " + PRESETS + ")",
                        (Throwable) null);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".yaml");
        } catch (IOException e) {
            throw new InvalidCardException(res, "cannot read preset: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates a card.
     *
     * @param yaml the card text
     * @param source the name used in error messages
     * @return the card
     * @throws InvalidCardException when the YAML is malformed or a field is missing or invalid
     */
    public static DetectorCard parse(String yaml, String source) {
        try {
            ConfigNode root = ConfigNode.parse(yaml, source);
            if (!root.isMapping()) {
                throw new InvalidCardException(source, "", "the card must be a YAML mapping");
            }
            return new CardSectionReader(source, root).card(root);
        } catch (ConfigException e) {
            throw new InvalidCardException(e);
        }
    }
}
