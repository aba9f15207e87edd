package org.quarryhep.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.FeatureSetDefinition;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.QuarryException;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.SampleDefinition.Role;
import org.quarryhep.pipeline.extension.Extensions;
import org.quarryhep.shower.Tune;

/**
 * Reads and validates an analysis file as a whole before anything runs: every key against {@link
 * AnalysisSchema}, every process, parameter, generator cut, detector card, event file and sample
 * reference. Every error is a {@link ConfigException} naming the file, line and JSON pointer.
 */
public final class AnalysisFiles {

    private AnalysisFiles() {}

    /**
     * Loads a file with command-line overrides.
     *
     * @param file the analysis file
     * @param overrides {@code --set} values: dotted key → YAML value
     * @return the definition
     * @throws ConfigException on the first problem, with file, line and field
     */
    public static AnalysisFile load(Path file, Map<String, String> overrides) {
        ConfigNode root = ConfigNode.load(file);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            root = root.withOverride(o.getKey(), o.getValue());
        }
        Path base = file.toAbsolutePath().getParent();
        return read(root, file, base);
    }

    /**
     * Reads a parsed document.
     *
     * @param root the document's root
     * @param source the file it came from
     * @param base the directory relative paths are resolved against
     * @return the definition
     * @throws ConfigException on the first problem
     */
    public static AnalysisFile read(ConfigNode root, Path source, Path base) {
        if (!root.isMapping()) {
            throw root.error("an analysis file is a mapping of sections");
        }
        root.allowOnly(AnalysisSchema.keysOf(""));
        ConfigNode versionNode = root.get("version");
        int version = versionNode.asInt();
        if (version != AnalysisSchema.VERSION) {
            throw versionNode.error(
                    "this Quarry reads analysis schema version "
                            + AnalysisSchema.VERSION
                            + ", got "
                            + version);
        }
        String name = root.get("name").asString();
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw root.get("name")
                    .error(
                            "use letters, digits, '_', '.', '-' only (it names the output), got '"
                                    + name
                                    + "'");
        }
        String title = root.opt("title").map(ConfigNode::asString).orElse(name);
        String description = root.opt("description").map(ConfigNode::asString).orElse("");
        long seed = root.opt("seed").map(ConfigNode::asLong).orElse(1L);
        ColliderSettings collider = collider(root.opt("collider"), root);
        List<SampleDefinition> samples = SamplesSection.read(root.get("samples"), seed, base);
        ChainDefinition chain = chain(root.opt("chain"), base);
        AnalysisDefinition events = AnalysisDefinition.fromRoot(root);
        checkParameters(events, samples, root);
        Map<String, ConfigNode> sections = new LinkedHashMap<>();
        for (String section : AnalysisSchema.EVENT_LEVEL_SECTIONS) {
            root.opt(section).ifPresent(n -> sections.put(section, n));
        }
        root.opt("statistics").ifPresent(n -> sections.put("statistics", n));
        root.opt(Extensions.SECTION).ifPresent(n -> sections.put(Extensions.SECTION, n));
        List<ModelDefinition> models = ModelsSection.read(root, events, samples, base);
        List<StatisticsDefinition> statistics =
                StatisticsSection.read(root.opt("statistics"), samples, events);
        checkPdf(collider, samples, root);
        AnalysisFile file =
                new AnalysisFile(
                        version,
                        name,
                        title,
                        description,
                        source,
                        seed,
                        collider,
                        samples,
                        chain,
                        events,
                        sections,
                        models,
                        statistics,
                        ProfileOutput.read(root.opt("profiles"), samples, statistics),
                        bootstrapReplicas(root.opt("bootstrap"), statistics),
                        sha256(root.canonical()));
        // Extensions check their own config against the rest of the file, before anything runs.
        ExtensionStage.uses(file);
        return file;
    }

    /** Every parameter the event-level definition reads must be a label of every sample. */
    private static void checkParameters(
            AnalysisDefinition events, List<SampleDefinition> samples, ConfigNode root) {
        List<ConfigNode> entries = root.get("samples").asList();
        for (FeatureSetDefinition f : events.featureSets()) {
            for (SampleDefinition s : samples) {
                for (String l : f.labels()) {
                    if (!l.equals("signal") && !s.labels().containsKey(l)) {
                        throw root.get("features")
                                .get(f.name())
                                .error(
                                        "label '"
                                                + l
                                                + "' is not a label of sample "
                                                + s.name()
                                                + " (labels: "
                                                + s.labels().keySet()
                                                + "); 'signal' is the sample's role");
                    }
                }
                for (String p : f.parameters()) {
                    if (s.role() == Role.SIGNAL && !s.labels().containsKey(p)) {
                        throw root.get("features")
                                .get(f.name())
                                .error(
                                        "parameter '"
                                                + p
                                                + "' is not a label of signal sample "
                                                + s.name()
                                                + " (labels: "
                                                + s.labels().keySet()
                                                + ")");
                    }
                }
            }
        }
        for (SampleDefinition s : samples) {
            for (String p : events.parameterNames()) {
                if (!s.labels().containsKey(p) && !events.optionalParameterNames().contains(p)) {
                    int index =
                            Integer.parseInt(s.field().substring(s.field().lastIndexOf('/') + 1));
                    throw entries.get(index)
                            .error(
                                    "the analysis reads the sample parameter '"
                                            + p
                                            + "', but sample "
                                            + s.name()
                                            + " has labels "
                                            + s.labels().keySet()
                                            + "; add it under labels (or grid)");
                }
            }
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            text.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A node that must be a list, as its entries; the sections read their lists through it. */
    static List<ConfigNode> list(ConfigNode n) {
        if (!n.isList()) {
            throw n.error("must be a list");
        }
        return n.asList();
    }

    private static ColliderSettings collider(Optional<ConfigNode> node, ConfigNode root) {
        if (node.isEmpty()) {
            throw root.error(
                    "missing required key 'collider' (it holds luminosity_ifb, the luminosity of"
                            + " every yield)");
        }
        ConfigNode c = node.get().allowOnly(AnalysisSchema.keysOf("collider"));
        double sqrtS = c.opt("sqrt_s").map(ConfigNode::asDouble).orElse(13000.0);
        if (!(sqrtS > 0)) {
            throw c.get("sqrt_s").error("must be > 0 GeV, got " + sqrtS);
        }
        String pdf = c.opt("pdf").map(ConfigNode::asString).orElse(PdfSearchPath.DEFAULT_SET);
        String scale = c.opt("scale").map(ConfigNode::asString).orElse("auto");
        try {
            ScaleChoice.parse(scale);
        } catch (QuarryException | IllegalArgumentException e) {
            throw c.get("scale").error(e.getMessage());
        }
        ConfigNode lumiNode = c.get("luminosity_ifb");
        double lumi = lumiNode.asDouble();
        if (!(lumi > 0)) {
            throw lumiNode.error("must be > 0 fb^-1, got " + lumi);
        }
        return new ColliderSettings(sqrtS, pdf, scale, lumi);
    }

    /** The {@code bootstrap} section's replica count (0 without the section). */
    private static int bootstrapReplicas(
            Optional<ConfigNode> node, List<StatisticsDefinition> statistics) {
        if (node.isEmpty()) {
            return 0;
        }
        ConfigNode b = node.get().allowOnly(AnalysisSchema.keysOf("bootstrap"));
        ConfigNode n = b.get("replicas");
        int replicas = n.asInt();
        if (replicas < 2 || replicas > 1000) {
            throw n.error(
                    "must be between 2 and 1000 (a spread needs two replicas), got " + replicas);
        }
        // Only asimov_limit results get a bootstrap error: without one the section does nothing.
        if (statistics.stream().noneMatch(d -> d instanceof StatisticsDefinition.AsimovLimit)) {
            throw node.get()
                    .error(
                            "the bootstrap gives asimov_limit results their errors, and no"
                                    + " statistics entry has method asimov_limit");
        }
        return replicas;
    }

    private static ChainDefinition chain(Optional<ConfigNode> node, Path base) {
        if (node.isEmpty()) {
            return new ChainDefinition(false, true, "cms", Double.NaN, null);
        }
        ConfigNode c = node.get().allowOnly(AnalysisSchema.keysOf("chain"));
        boolean shower = c.opt("shower").map(ConfigNode::asBoolean).orElse(false);
        if (shower) {
            try {
                Tune.defaults();
            } catch (QuarryException | IllegalStateException e) {
                throw c.get("shower")
                        .error("the default shower tune does not load: " + e.getMessage());
            }
        }
        boolean hadronization = c.opt("hadronization").map(ConfigNode::asBoolean).orElse(true);
        String detector = c.opt("detector").map(ConfigNode::asString).orElse("cms");
        String card = detector;
        if (!DetectorCards.PRESETS.contains(detector)) {
            card = base.resolve(detector).normalize().toString();
        }
        try {
            DetectorCards.load(card);
        } catch (QuarryException e) {
            throw c.get("detector").error(e.getMessage());
        }
        double pileup = c.opt("pileup").map(ConfigNode::asDouble).orElse(Double.NaN);
        if (pileup < 0) {
            throw c.get("pileup").error("must be >= 0, got " + pileup);
        }
        Path pileupEvents = null;
        if (c.has("pileup_events")) {
            ConfigNode pe = c.get("pileup_events");
            pileupEvents = base.resolve(pe.asString()).normalize();
            if (!Files.isRegularFile(pileupEvents)) {
                throw pe.error("no such event file: " + pileupEvents);
            }
        }
        double mean =
                Double.isNaN(pileup)
                        ? DetectorCards.load(card).pileup().meanInteractions()
                        : pileup;
        if (mean > 0 && pileupEvents == null) {
            throw c.error(
                    "mean pile-up "
                            + mean
                            + " needs minimum-bias events: give pileup_events, or pileup: 0");
        }
        return new ChainDefinition(shower, hadronization, card, pileup, pileupEvents);
    }

    private static void checkPdf(
            ColliderSettings collider, List<SampleDefinition> samples, ConfigNode root) {
        boolean generates = samples.stream().anyMatch(s -> s.source() instanceof ProcessSource);
        if (!generates) {
            return;
        }
        try {
            PdfSearchPath.standard(List.of(), System.getenv()).load(collider.pdf(), 0);
        } catch (QuarryException e) {
            ConfigNode at =
                    root.get("collider").has("pdf")
                            ? root.get("collider").get("pdf")
                            : root.get("collider");
            throw at.error(e.getMessage());
        }
    }
}
