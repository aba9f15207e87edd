package org.quarryhep.shower;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.shower.decay.DecayParameters;
import org.quarryhep.shower.hadron.HadronizationParameters;
import org.quarryhep.shower.parton.ShowerParameters;

/**
 * The tune: every parameter of the shower chain, read from one versioned YAML file (the default is
 * {@code org/quarryhep/shower/tune.yaml} in this module). Unknown keys are errors naming the file,
 * line and allowed names.
 *
 * @param version the tune's version string
 * @param pdfSet the PDF set used when events name none
 * @param pdfMember its member
 * @param shower the parton-shower parameters
 * @param hadronization the string-hadronisation parameters
 * @param decays the decay settings
 * @param canonical the tune as canonical text, for provenance
 */
public record Tune(
        String version,
        String pdfSet,
        int pdfMember,
        ShowerParameters shower,
        HadronizationParameters hadronization,
        DecayParameters decays,
        String canonical) {

    private static final String RESOURCE = "/org/quarryhep/shower/tune.yaml";

    /** The default tune. */
    public static Tune defaults() {
        try (InputStream in = Tune.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default tune " + RESOURCE + " missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return from(ConfigNode.parse(text, "tune.yaml (built in)"), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a tune file; keys it leaves out keep their defaults.
     *
     * @throws org.quarryhep.config.ConfigException on unknown keys or bad values
     */
    public static Tune load(Path file) {
        return from(ConfigNode.load(file), defaults());
    }

    /**
     * This tune with {@code key=value} overrides (dotted keys, e.g. {@code shower.pTminFsr=0.8}).
     *
     * @throws org.quarryhep.config.ConfigException on unknown keys or bad values
     */
    public Tune withOverrides(List<String> assignments) {
        ConfigNode root = ConfigNode.parse(canonical, "tune " + version);
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set needs key=value, got '" + a + "'");
            }
            root = root.withOverride(a.substring(0, eq), a.substring(eq + 1));
        }
        return from(root, this);
    }

    /** The provenance configuration key of the tune's version. */
    public static final String PROVENANCE_VERSION_KEY = "tune_version";

    /** The provenance configuration key of the tune's canonical text. */
    public static final String PROVENANCE_TEXT_KEY = "tune";

    /**
     * The tune as provenance configuration values: its version and its canonical text, which {@link
     * #fromProvenance} turns back into this tune.
     */
    public Map<String, String> provenanceConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(PROVENANCE_VERSION_KEY, version);
        c.put(PROVENANCE_TEXT_KEY, canonical);
        return c;
    }

    /**
     * The tune recorded in a provenance: the JSON of {@code core.Provenance.toJson()} whose
     * configuration holds {@link #provenanceConfig()} (as {@code quarry shower} writes it into the
     * HepMC3 run attribute {@code quarry_provenance}).
     *
     * @param provenanceJson the provenance's JSON
     * @param source where it was read, for error messages
     * @throws ConfigException when it holds no tune, or the text's version differs from the
     *     recorded version
     */
    public static Tune fromProvenance(String provenanceJson, String source) {
        ConfigNode config = ConfigNode.parse(provenanceJson, source).get("config");
        ConfigNode text = config.get(PROVENANCE_TEXT_KEY);
        Tune tune = from(ConfigNode.parse(text.asString(), source + " " + text.path()), null);
        String recorded = config.get(PROVENANCE_VERSION_KEY).asString();
        if (!recorded.equals(tune.version())) {
            throw new ConfigException(
                    source,
                    0,
                    "/config/" + PROVENANCE_VERSION_KEY,
                    "records tune "
                            + recorded
                            + " but the tune's text is version "
                            + tune.version());
        }
        return tune;
    }

    /**
     * Reads a tune; with a fallback, missing keys take its values, without one they are required.
     */
    private static Tune from(ConfigNode root, Tune fallback) {
        root.allowOnly("version", "pdf", "shower", "hadronization", "decays");
        String version = root.get("version").asString();
        String set = fallback == null ? root.get("pdf").get("set").asString() : fallback.pdfSet();
        int member =
                fallback == null ? root.get("pdf").get("member").asInt() : fallback.pdfMember();
        if (root.has("pdf")) {
            ConfigNode pdf = root.get("pdf").allowOnly("set", "member");
            set = pdf.opt("set").map(ConfigNode::asString).orElse(set);
            member = pdf.opt("member").map(ConfigNode::asInt).orElse(member);
        }
        return new Tune(
                version,
                set,
                member,
                section(root, "shower", ShowerParameters.class, fallback, Tune::shower),
                section(
                        root,
                        "hadronization",
                        HadronizationParameters.class,
                        fallback,
                        Tune::hadronization),
                section(root, "decays", DecayParameters.class, fallback, Tune::decays),
                root.canonical());
    }

    private static <R extends Record> R section(
            ConfigNode root,
            String key,
            Class<R> type,
            Tune fallback,
            java.util.function.Function<Tune, R> get) {
        R base = fallback == null ? null : get.apply(fallback);
        if (!root.has(key)) {
            if (base == null) {
                root.get(key);
            }
            return base;
        }
        return RecordSection.read(root.get(key), type, base);
    }
}
