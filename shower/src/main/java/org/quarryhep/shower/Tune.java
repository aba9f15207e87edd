package org.quarryhep.shower;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.quarryhep.config.ConfigNode;
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
 * @param canonical the tune as canonical text, for provenance
 */
public record Tune(
        String version, String pdfSet, int pdfMember, ShowerParameters shower, String canonical) {

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

    /**
     * Reads a tune; with a fallback, missing keys take its values, without one they are required.
     */
    private static Tune from(ConfigNode root, Tune fallback) {
        root.allowOnly("version", "pdf", "shower");
        String version = root.get("version").asString();
        String set = fallback == null ? root.get("pdf").get("set").asString() : fallback.pdfSet();
        int member =
                fallback == null ? root.get("pdf").get("member").asInt() : fallback.pdfMember();
        if (root.has("pdf")) {
            ConfigNode pdf = root.get("pdf").allowOnly("set", "member");
            set = pdf.opt("set").map(ConfigNode::asString).orElse(set);
            member = pdf.opt("member").map(ConfigNode::asInt).orElse(member);
        }
        ShowerParameters d = fallback == null ? null : fallback.shower();
        ShowerParameters sp = d;
        if (root.has("shower") || fallback == null) {
            ConfigNode s =
                    root.get("shower")
                            .allowOnly(
                                    "alphaSMz",
                                    "alphaSOrder",
                                    "cmw",
                                    "pTminFsr",
                                    "pTminIsr",
                                    "charmMass",
                                    "bottomMass",
                                    "gluonSplittingFlavours",
                                    "fsr",
                                    "isr",
                                    "meCorrections",
                                    "primordialKt");
            try {
                sp =
                        new ShowerParameters(
                                num(s, "alphaSMz", d == null ? Double.NaN : d.alphaSMz()),
                                integer(s, "alphaSOrder", d == null ? null : d.alphaSOrder()),
                                bool(s, "cmw", d == null ? null : d.cmw()),
                                num(s, "pTminFsr", d == null ? Double.NaN : d.pTminFsr()),
                                num(s, "pTminIsr", d == null ? Double.NaN : d.pTminIsr()),
                                num(s, "charmMass", d == null ? Double.NaN : d.charmMass()),
                                num(s, "bottomMass", d == null ? Double.NaN : d.bottomMass()),
                                integer(
                                        s,
                                        "gluonSplittingFlavours",
                                        d == null ? null : d.gluonSplittingFlavours()),
                                bool(s, "fsr", d == null ? null : d.fsr()),
                                bool(s, "isr", d == null ? null : d.isr()),
                                bool(s, "meCorrections", d == null ? null : d.meCorrections()),
                                num(s, "primordialKt", d == null ? Double.NaN : d.primordialKt()));
            } catch (IllegalArgumentException e) {
                throw s.error(e.getMessage());
            }
        }
        return new Tune(version, set, member, sp, root.canonical());
    }

    // a NaN or null fallback: the key is required (the built-in tune names every key)
    private static double num(ConfigNode n, String key, double fallback) {
        return Double.isNaN(fallback)
                ? n.get(key).asDouble()
                : n.opt(key).map(ConfigNode::asDouble).orElse(fallback);
    }

    private static int integer(ConfigNode n, String key, Integer fallback) {
        return fallback == null
                ? n.get(key).asInt()
                : n.opt(key).map(ConfigNode::asInt).orElse(fallback);
    }

    private static boolean bool(ConfigNode n, String key, Boolean fallback) {
        return fallback == null
                ? n.get(key).asBoolean()
                : n.opt(key).map(ConfigNode::asBoolean).orElse(fallback);
    }
}
