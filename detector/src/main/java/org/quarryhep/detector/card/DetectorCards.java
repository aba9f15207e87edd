package org.quarryhep.detector.card;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            return new Reader(source, root).card(root);
        } catch (ConfigException e) {
            throw new InvalidCardException(e);
        }
    }

    /** The field-by-field reader; holds the source name for errors. */
    private static final class Reader {
        private final String source;
        private final ConfigNode root;

        Reader(String source, ConfigNode root) {
            this.source = source;
            this.root = root;
        }

        /** An error at a field path, with the line of the deepest node of the path present. */
        InvalidCardException error(String path, String message) {
            ConfigNode at = root;
            for (String key : path.split("/")) {
                if (key.isEmpty()) {
                    continue;
                }
                Optional<ConfigNode> next =
                        at.isList() && key.chars().allMatch(Character::isDigit)
                                ? Optional.of(at.asList().get(Integer.parseInt(key)))
                                : at.isMapping() ? at.opt(key) : Optional.empty();
                if (next.isEmpty()) {
                    break;
                }
                at = next.get();
            }
            return new InvalidCardException(
                    source, path.isEmpty() ? "/" : path, at.line(), message);
        }

        void onlyFields(ConfigNode n, String... allowed) {
            n.allowOnly(allowed);
        }

        ConfigNode object(ConfigNode parent, String field) {
            Optional<ConfigNode> j = parent.opt(field);
            String path = parent.path() + "/" + field;
            if (j.isEmpty()) {
                throw error(path, "missing (a mapping is required)");
            }
            if (!j.get().isMapping()) {
                throw j.get().error("must be a mapping");
            }
            return j.get();
        }

        List<ConfigNode> list(ConfigNode parent, String field) {
            Optional<ConfigNode> j = parent.opt(field);
            String path = parent.path() + "/" + field;
            if (j.isEmpty()) {
                throw error(path, "missing (a list is required)");
            }
            if (!j.get().isList() || j.get().asList().isEmpty()) {
                throw j.get().error("must be a non-empty list");
            }
            for (ConfigNode e : j.get().asList()) {
                if (!e.isMapping()) {
                    throw e.error("must be a mapping");
                }
            }
            return j.get().asList();
        }

        double number(ConfigNode parent, String field, Double fallback) {
            Optional<ConfigNode> j = parent.opt(field);
            if (j.isEmpty()) {
                if (fallback == null) {
                    throw error(parent.path() + "/" + field, "missing (a number is required)");
                }
                return fallback;
            }
            if (j.get().isScalar()
                    && j.get().asString().toLowerCase(Locale.ROOT).matches("\\.?inf|infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            return j.get().asDouble();
        }

        double positive(ConfigNode parent, String field, Double fallback) {
            double v = number(parent, field, fallback);
            if (!(v > 0)) {
                throw error(parent.path() + "/" + field, "must be > 0, got " + v);
            }
            return v;
        }

        double nonNegative(ConfigNode parent, String field, Double fallback) {
            double v = number(parent, field, fallback);
            if (!(v >= 0)) {
                throw error(parent.path() + "/" + field, "must be >= 0, got " + v);
            }
            return v;
        }

        double fraction(ConfigNode parent, String field, Double fallback) {
            double v = number(parent, field, fallback);
            if (!(v >= 0 && v <= 1)) {
                throw error(parent.path() + "/" + field, "must be in [0, 1], got " + v);
            }
            return v;
        }

        String text(ConfigNode parent, String field, String fallback) {
            Optional<ConfigNode> j = parent.opt(field);
            if (j.isEmpty()) {
                if (fallback == null) {
                    throw error(parent.path() + "/" + field, "missing (a string is required)");
                }
                return fallback;
            }
            return j.get().asString();
        }

        DetectorCard card(ConfigNode root) {
            onlyFields(root, ConfigKey.names(SECTIONS));
            Optional<ConfigNode> v = root.opt("version");
            if (v.isEmpty()) {
                throw error(
                        "/version",
                        "missing (this reader understands version "
                                + DetectorCard.FORMAT_VERSION
                                + ")");
            }
            if (v.get().asInt() != DetectorCard.FORMAT_VERSION) {
                throw error(
                        "/version",
                        "unsupported card version "
                                + v.get().asInt()
                                + " (this reader understands version "
                                + DetectorCard.FORMAT_VERSION
                                + ")");
            }
            List<DetectorCard.EnergyFraction> fractions = new ArrayList<>();
            boolean hasDefault = false;
            for (ConfigNode f : list(root, "energyFractions")) {
                onlyFields(f, "pdgId", "ecal", "hcal");
                double id = number(f, "pdgId", null);
                if (id < 0 || id != Math.rint(id)) {
                    throw error(
                            f.path() + "/pdgId",
                            "must be a non-negative integer |PDG id|, got " + id);
                }
                double e = fraction(f, "ecal", null);
                double h = fraction(f, "hcal", null);
                if (e + h > 1 + 1e-12) {
                    throw error(f.path(), "ecal + hcal must not exceed 1, got " + (e + h));
                }
                hasDefault |= id == 0;
                fractions.add(new DetectorCard.EnergyFraction((int) id, e, h));
            }
            if (!hasDefault) {
                throw error("/energyFractions", "needs a default entry with pdgId 0");
            }
            return new DetectorCard(
                    DetectorCard.FORMAT_VERSION,
                    text(root, "name", null),
                    text(root, "source", ""),
                    tracking(object(root, "tracking")),
                    calorimeter(object(root, "ecal")),
                    calorimeter(object(root, "hcal")),
                    fractions,
                    objectId(object(root, "electron"), false),
                    objectId(object(root, "muon"), false),
                    objectId(object(root, "photon"), false),
                    jets(object(root, "jets")),
                    bTagging(object(root, "bTagging")),
                    tauTagging(object(root, "tauTagging")),
                    pileup(object(root, "pileup")),
                    vertexing(object(root, "vertexing")));
        }

        DetectorCard.Efficiency efficiency(ConfigNode parent, String field) {
            List<DetectorCard.EfficiencyBin> bins = new ArrayList<>();
            for (ConfigNode b : list(parent, field)) {
                onlyFields(b, "etaMin", "etaMax", "ptMin", "ptMax", "value", "slope", "decay");
                double etaMin = nonNegative(b, "etaMin", 0.0);
                double etaMax = positive(b, "etaMax", null);
                double ptMin = nonNegative(b, "ptMin", 0.0);
                double ptMax = positive(b, "ptMax", Double.POSITIVE_INFINITY);
                ranges(b, etaMin, etaMax, ptMin, ptMax);
                double value = number(b, "value", null);
                double slope = number(b, "slope", 0.0);
                double decay = nonNegative(b, "decay", 0.0);
                if (slope != 0 && Double.isInfinite(ptMax)) {
                    throw error(b.path() + "/slope", "a non-zero slope needs a finite ptMax");
                }
                // The efficiency must stay in [0, 1] over the bin's pT range.
                double atMin = value + slope * ptMin;
                double atMax = Double.isInfinite(ptMax) ? value : value + slope * ptMax;
                if (atMin < -1e-12 || atMin > 1 + 1e-12 || atMax < -1e-12 || atMax > 1 + 1e-12) {
                    throw error(
                            b.path() + "/value",
                            "efficiency value + slope*pT must lie in [0, 1]"
                                    + " over the bin, got "
                                    + atMin
                                    + " at ptMin and "
                                    + atMax
                                    + " at ptMax");
                }
                bins.add(
                        new DetectorCard.EfficiencyBin(
                                etaMin, etaMax, ptMin, ptMax, value, slope, decay));
            }
            return new DetectorCard.Efficiency(bins);
        }

        void ranges(ConfigNode b, double etaMin, double etaMax, double ptMin, double ptMax) {
            if (etaMax <= etaMin) {
                throw error(
                        b.path() + "/etaMax", "must exceed etaMin " + etaMin + ", got " + etaMax);
            }
            if (ptMax <= ptMin) {
                throw error(b.path() + "/ptMax", "must exceed ptMin " + ptMin + ", got " + ptMax);
            }
        }

        DetectorCard.Resolution resolution(ConfigNode parent, String field) {
            List<DetectorCard.ResolutionBin> bins = new ArrayList<>();
            for (ConfigNode b : list(parent, field)) {
                onlyFields(b, "etaMin", "etaMax", "ptMin", "ptMax", "a", "b");
                double etaMin = nonNegative(b, "etaMin", 0.0);
                double etaMax = positive(b, "etaMax", null);
                double ptMin = nonNegative(b, "ptMin", 0.0);
                double ptMax = positive(b, "ptMax", Double.POSITIVE_INFINITY);
                ranges(b, etaMin, etaMax, ptMin, ptMax);
                bins.add(
                        new DetectorCard.ResolutionBin(
                                etaMin,
                                etaMax,
                                ptMin,
                                ptMax,
                                nonNegative(b, "a", null),
                                nonNegative(b, "b", 0.0)));
            }
            return new DetectorCard.Resolution(bins);
        }

        DetectorCard.Tracking tracking(ConfigNode n) {
            onlyFields(
                    n,
                    "etaMax",
                    "efficiency",
                    "resolution",
                    "impactParameter",
                    "radiusMm",
                    "halfLengthMm");
            ConfigNode eff = object(n, "efficiency");
            onlyFields(eff, "chargedHadron", "electron", "muon");
            ConfigNode res = object(n, "resolution");
            onlyFields(res, "chargedHadron", "electron", "muon");
            ConfigNode ip = object(n, "impactParameter");
            onlyFields(
                    ip, "d0ConstantMm", "d0ScatteringMmGeV", "z0ConstantMm", "z0ScatteringMmGeV");
            return new DetectorCard.Tracking(
                    positive(n, "etaMax", null),
                    efficiency(eff, "chargedHadron"),
                    efficiency(eff, "electron"),
                    efficiency(eff, "muon"),
                    resolution(res, "chargedHadron"),
                    resolution(res, "electron"),
                    resolution(res, "muon"),
                    new DetectorCard.ImpactParameter(
                            nonNegative(ip, "d0ConstantMm", null),
                            nonNegative(ip, "d0ScatteringMmGeV", null),
                            nonNegative(ip, "z0ConstantMm", null),
                            nonNegative(ip, "z0ScatteringMmGeV", null)),
                    positive(n, "radiusMm", null),
                    positive(n, "halfLengthMm", null));
        }

        DetectorCard.Calorimeter calorimeter(ConfigNode n) {
            onlyFields(
                    n, "cellEta", "cellPhiDegrees", "energyMin", "significanceMin", "resolution");
            List<DetectorCard.CaloRegion> regions = new ArrayList<>();
            for (ConfigNode r : list(n, "resolution")) {
                onlyFields(
                        r,
                        "etaMin",
                        "etaMax",
                        "stochastic",
                        "noise",
                        "constant",
                        "shapeOffset",
                        "shapeCurvature",
                        "shapeEta0");
                double etaMin = nonNegative(r, "etaMin", 0.0);
                double etaMax = positive(r, "etaMax", null);
                if (etaMax <= etaMin) {
                    throw error(
                            r.path() + "/etaMax",
                            "must exceed etaMin " + etaMin + ", got " + etaMax);
                }
                regions.add(
                        new DetectorCard.CaloRegion(
                                etaMin,
                                etaMax,
                                nonNegative(r, "stochastic", null),
                                nonNegative(r, "noise", 0.0),
                                nonNegative(r, "constant", null),
                                positive(r, "shapeOffset", 1.0),
                                nonNegative(r, "shapeCurvature", 0.0),
                                number(r, "shapeEta0", 0.0)));
            }
            double cellPhi = positive(n, "cellPhiDegrees", null);
            if (cellPhi > 360) {
                throw error(n.path() + "/cellPhiDegrees", "must be at most 360, got " + cellPhi);
            }
            return new DetectorCard.Calorimeter(
                    positive(n, "cellEta", null),
                    cellPhi,
                    nonNegative(n, "energyMin", null),
                    nonNegative(n, "significanceMin", null),
                    regions);
        }

        DetectorCard.Isolation isolation(ConfigNode n) {
            onlyFields(n, "deltaR", "ptMin", "ratioMax");
            return new DetectorCard.Isolation(
                    positive(n, "deltaR", null),
                    nonNegative(n, "ptMin", null),
                    nonNegative(n, "ratioMax", null));
        }

        DetectorCard.ObjectId objectId(ConfigNode n, boolean needsResolution) {
            onlyFields(n, "efficiency", "resolution", "isolation");
            DetectorCard.Resolution res =
                    n.has("resolution") || needsResolution
                            ? resolution(n, "resolution")
                            : new DetectorCard.Resolution(List.of());
            return new DetectorCard.ObjectId(
                    efficiency(n, "efficiency"), res, isolation(object(n, "isolation")));
        }

        DetectorCard.Jets jets(ConfigNode n) {
            onlyFields(
                    n, "algorithm", "radius", "ptMin", "etaMax", "energyScale", "partonResponse");
            String alg = text(n, "algorithm", null);
            if (!List.of("anti-kt", "kt", "cambridge").contains(alg)) {
                throw error(
                        n.path() + "/algorithm",
                        "must be anti-kt, kt or cambridge, got '" + alg + "'");
            }
            ConfigNode scale = object(n, "energyScale");
            onlyFields(scale, "a", "b");
            ConfigNode resp = object(n, "partonResponse");
            onlyFields(resp, "noise", "stochastic", "constant");
            return new DetectorCard.Jets(
                    alg,
                    positive(n, "radius", null),
                    nonNegative(n, "ptMin", null),
                    positive(n, "etaMax", null),
                    number(scale, "a", null),
                    number(scale, "b", null),
                    nonNegative(resp, "noise", null),
                    nonNegative(resp, "stochastic", null),
                    nonNegative(resp, "constant", null));
        }

        DetectorCard.TagRate tagRate(ConfigNode parent, String field) {
            ConfigNode n = object(parent, field);
            onlyFields(n, "form", "a", "b", "c", "d");
            String form = text(n, "form", null);
            if (!form.equals("linear") && !form.equals("tanh")) {
                throw error(n.path() + "/form", "must be 'linear' or 'tanh', got '" + form + "'");
            }
            return new DetectorCard.TagRate(
                    form,
                    number(n, "a", null),
                    number(n, "b", null),
                    number(n, "c", form.equals("linear") ? 0.0 : null),
                    number(n, "d", form.equals("linear") ? 0.0 : null));
        }

        DetectorCard.BTagging bTagging(ConfigNode n) {
            onlyFields(n, "deltaR", "partonPtMin", "partonEtaMax", "jetEtaMax", "b", "c", "light");
            return new DetectorCard.BTagging(
                    positive(n, "deltaR", null),
                    nonNegative(n, "partonPtMin", null),
                    positive(n, "partonEtaMax", null),
                    positive(n, "jetEtaMax", null),
                    tagRate(n, "b"),
                    tagRate(n, "c"),
                    tagRate(n, "light"));
        }

        DetectorCard.TauTagging tauTagging(ConfigNode n) {
            onlyFields(
                    n,
                    "deltaR",
                    "tauPtMin",
                    "tauEtaMax",
                    "oneProng",
                    "multiProng",
                    "mistagOneProng",
                    "mistagMultiProng");
            return new DetectorCard.TauTagging(
                    positive(n, "deltaR", null),
                    nonNegative(n, "tauPtMin", null),
                    positive(n, "tauEtaMax", null),
                    fraction(n, "oneProng", null),
                    fraction(n, "multiProng", null),
                    fraction(n, "mistagOneProng", null),
                    fraction(n, "mistagMultiProng", null));
        }

        DetectorCard.Pileup pileup(ConfigNode n) {
            onlyFields(
                    n,
                    "meanInteractions",
                    "zSpreadMm",
                    "tSpreadNs",
                    "chargedHadronSubtraction",
                    "vertexZResolutionMm");
            boolean chs = n.opt("chargedHadronSubtraction").map(ConfigNode::asBoolean).orElse(true);
            return new DetectorCard.Pileup(
                    nonNegative(n, "meanInteractions", null),
                    nonNegative(n, "zSpreadMm", null),
                    nonNegative(n, "tSpreadNs", null),
                    chs,
                    nonNegative(n, "vertexZResolutionMm", null));
        }

        DetectorCard.Vertexing vertexing(ConfigNode n) {
            onlyFields(
                    n,
                    "minTracks",
                    "trackPtMin",
                    "d0SignificanceMin",
                    "seedDcaMaxMm",
                    "trackChi2Max",
                    "mergeDistanceMm",
                    "minDisplacementMm",
                    "maxDisplacementMm");
            double minTracks = number(n, "minTracks", null);
            if (minTracks < 2 || minTracks != Math.rint(minTracks)) {
                throw error(n.path() + "/minTracks", "must be an integer >= 2, got " + minTracks);
            }
            double lo = nonNegative(n, "minDisplacementMm", null);
            double hi = positive(n, "maxDisplacementMm", null);
            if (hi <= lo) {
                throw error(
                        n.path() + "/maxDisplacementMm",
                        "must exceed minDisplacementMm " + lo + ", got " + hi);
            }
            return new DetectorCard.Vertexing(
                    (int) minTracks,
                    nonNegative(n, "trackPtMin", null),
                    nonNegative(n, "d0SignificanceMin", null),
                    positive(n, "seedDcaMaxMm", null),
                    positive(n, "trackChi2Max", null),
                    nonNegative(n, "mergeDistanceMm", null),
                    lo,
                    hi);
        }
    }
}
