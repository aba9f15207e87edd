package org.quarryhep.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quarryhep.config.ConfigException;
import org.quarryhep.config.ConfigNode;

/**
 * Reads a scan definition (YAML) through the shared strict reader ({@link ConfigNode}): unknown
 * keys are errors naming the file, the line, the JSON pointer, the allowed names and the nearest
 * one.
 *
 * <pre>
 * name: smuon-plane
 * seed: 20261206
 * parameters:
 *   m_smuon: {range: [100, 900, 100]}       # from, to, step
 *   m_chi: {values: [0, 50, 100]}
 *   v2: {logrange: [1e-7, 1e-3, 9]}         # from, to, number of values
 * constraints: ["m_chi &lt; m_smuon"]
 * runner: {type: analytic-smuon, ...}
 * report: [cls_obs, cls_exp]               # optional: default all
 * refine: {quantity: cls_exp, level: 0.05, log: true, levels: 2}
 * contours: [{name: exclusion, quantity: cls, level: 0.05, log: true}]
 * curves: [{quantity: limit, along: m_smuon, at: {m_chi: 0}}]
 * reach: [{quantity: cls, level: 0.05, log: true, along: m_smuon, at: {m_chi: 0}}]
 * projections: [{luminosity_fb: 3000, systematics: [unchanged, halved, stat-only]}]
 * </pre>
 */
public final class ScanFile {
    private ScanFile() {}

    /**
     * Reads a scan file.
     *
     * @throws ConfigException when the file cannot be read or is not a valid scan
     */
    public static ScanDefinition read(Path file) {
        return definition(ConfigNode.load(file));
    }

    /**
     * Parses scan YAML.
     *
     * @param text the YAML
     * @param source the file name, for messages
     * @throws ConfigException naming the file, line and field when the text is not a valid scan
     */
    public static ScanDefinition parse(String text, String source) {
        return definition(ConfigNode.parse(text, source));
    }

    private static ScanDefinition definition(ConfigNode root) {
        root.allowOnly(
                "name",
                "seed",
                "parameters",
                "constraints",
                "runner",
                "report",
                "refine",
                "contours",
                "curves",
                "reach",
                "projections");
        String name = root.get("name").asString();
        long seed = root.get("seed").asLong();
        List<ParameterAxis> axes = parameters(root.get("parameters"));
        Set<String> names = new LinkedHashSet<>();
        axes.forEach(a -> names.add(a.name()));
        List<Constraint> constraints = new ArrayList<>();
        for (ConfigNode c : list(root, "constraints")) {
            try {
                constraints.add(Constraint.parse(c.asString(), names));
            } catch (IllegalArgumentException e) {
                throw c.error(e.getMessage());
            }
        }
        Specs.Runner runner = runner(root.get("runner"));
        List<String> report = new ArrayList<>();
        for (ConfigNode r : list(root, "report")) {
            report.add(r.asString());
        }
        Optional<Specs.Refinement> refinement = root.opt("refine").map(n -> refinement(n, axes));
        List<Specs.Contour> contours = new ArrayList<>();
        for (ConfigNode c : list(root, "contours")) {
            contours.add(contour(c));
        }
        if (!contours.isEmpty() && axes.size() != 2) {
            throw root.get("contours")
                    .error("contours need exactly 2 parameters, the scan has " + names);
        }
        List<Specs.Curve> curves = new ArrayList<>();
        for (ConfigNode c : list(root, "curves")) {
            c.allowOnly("quantity", "along", "at");
            String along = parameterName(c.get("along"), names);
            curves.add(
                    new Specs.Curve(c.get("quantity").asString(), along, fixed(c, names, along)));
        }
        List<Specs.Reach> reaches = new ArrayList<>();
        for (ConfigNode c : list(root, "reach")) {
            c.allowOnly("quantity", "level", "log", "along", "at");
            String along = parameterName(c.get("along"), names);
            reaches.add(
                    new Specs.Reach(
                            c.get("quantity").asString(),
                            c.get("level").asDouble(),
                            c.opt("log").map(ConfigNode::asBoolean).orElse(false),
                            along,
                            fixed(c, names, along)));
        }
        List<Specs.Projection> projections = new ArrayList<>();
        for (ConfigNode p : list(root, "projections")) {
            projections.add(projection(p));
        }
        return new ScanDefinition(
                name,
                root.source(),
                seed,
                axes,
                constraints,
                runner,
                report,
                refinement,
                contours,
                curves,
                reaches,
                projections);
    }

    private static List<ParameterAxis> parameters(ConfigNode node) {
        Map<String, ConfigNode> entries = node.entries();
        if (entries.isEmpty()) {
            throw node.error("at least one parameter is needed");
        }
        List<ParameterAxis> axes = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> e : entries.entrySet()) {
            ConfigNode spec = e.getValue();
            spec.allowOnly("values", "range", "logrange");
            if (spec.keys().size() != 1) {
                throw spec.error("give exactly one of values, range, logrange");
            }
            List<Double> values = new ArrayList<>();
            boolean log = false;
            if (spec.has("values")) {
                for (ConfigNode v : spec.get("values").asList()) {
                    values.add(v.asDouble());
                }
            } else if (spec.has("range")) {
                ConfigNode range = spec.get("range");
                double[] r = triple(range);
                if (!(r[2] > 0) || !(r[1] >= r[0])) {
                    throw range.error("need [from, to, step] with to >= from and step > 0");
                }
                long n = Math.round(Math.floor((r[1] - r[0]) / r[2] * (1 + 1e-12))) + 1;
                if (n > 100_000) {
                    throw range.error(n + " values is too many");
                }
                for (long k = 0; k < n; k++) {
                    values.add(r[0] + k * r[2]);
                }
            } else {
                ConfigNode range = spec.get("logrange");
                double[] r = triple(range);
                int n = (int) r[2];
                if (!(r[0] > 0) || !(r[1] > r[0]) || n != r[2] || n < 2) {
                    throw range.error(
                            "need [from, to, count] with 0 < from < to and an integer count >= 2");
                }
                log = true;
                double a = Math.log10(r[0]);
                double b = Math.log10(r[1]);
                for (int k = 0; k < n; k++) {
                    values.add(
                            k == 0
                                    ? r[0]
                                    : k == n - 1 ? r[1] : Math.pow(10, a + (b - a) * k / (n - 1)));
                }
            }
            try {
                axes.add(new ParameterAxis(e.getKey(), values, log));
            } catch (IllegalArgumentException ex) {
                throw spec.error(ex.getMessage());
            }
        }
        return axes;
    }

    private static Specs.Runner runner(ConfigNode node) {
        String type = node.get("type").asString();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : node.entries().entrySet()) {
            if (e.getKey().equals("set") && e.getValue().isMapping()) {
                // --set-style overrides of the pipeline runner: dotted key -> parameter or value.
                for (Map.Entry<String, ConfigNode> o : e.getValue().entries().entrySet()) {
                    settings.put("set:" + o.getKey(), o.getValue().asString());
                }
            } else if (!e.getKey().equals("type")) {
                if (!e.getValue().isScalar()) {
                    throw e.getValue().error("must be a number or text");
                }
                settings.put(e.getKey(), e.getValue().asString());
            }
        }
        return new Specs.Runner(type, settings);
    }

    private static Specs.Refinement refinement(ConfigNode node, List<ParameterAxis> axes) {
        node.allowOnly("quantity", "level", "log", "levels");
        if (axes.size() != 2) {
            throw node.error("refinement needs exactly 2 parameters, the scan has " + axes.size());
        }
        ConfigNode levelsNode = node.get("levels");
        int levels = levelsNode.asInt();
        if (levels < 0 || levels > 8) {
            throw levelsNode.error("must be 0 to 8, got " + levels);
        }
        return new Specs.Refinement(
                node.get("quantity").asString(),
                node.get("level").asDouble(),
                node.opt("log").map(ConfigNode::asBoolean).orElse(false),
                levels);
    }

    private static Specs.Contour contour(ConfigNode node) {
        node.allowOnly("name", "quantity", "level", "log");
        String quantity = node.get("quantity").asString();
        return new Specs.Contour(
                node.opt("name").map(ConfigNode::asString).orElse(quantity),
                quantity,
                node.get("level").asDouble(),
                node.opt("log").map(ConfigNode::asBoolean).orElse(false));
    }

    private static Specs.Projection projection(ConfigNode node) {
        node.allowOnly("luminosity_fb", "systematics");
        ConfigNode lumiNode = node.get("luminosity_fb");
        double lumi = lumiNode.asDouble();
        if (!(lumi > 0)) {
            throw lumiNode.error("must be > 0, got " + lumi);
        }
        List<Specs.SystematicsScheme> schemes = new ArrayList<>();
        for (ConfigNode s : node.get("systematics").asList()) {
            schemes.add(
                    Specs.SystematicsScheme.byLabel(
                            s.asChoice("unchanged", "halved", "stat-only")));
        }
        return new Specs.Projection(lumi, schemes);
    }

    private static Map<String, Double> fixed(ConfigNode owner, Set<String> names, String along) {
        Map<String, Double> at = new LinkedHashMap<>();
        Optional<ConfigNode> node = owner.opt("at");
        if (node.isPresent()) {
            for (Map.Entry<String, ConfigNode> e : node.get().entries().entrySet()) {
                if (!names.contains(e.getKey()) || e.getKey().equals(along)) {
                    throw e.getValue().error("not one of the other scan parameters " + names);
                }
                at.put(e.getKey(), e.getValue().asDouble());
            }
        }
        for (String n : names) {
            if (!n.equals(along) && !at.containsKey(n)) {
                throw owner.error("give a value for parameter '" + n + "' under 'at'");
            }
        }
        return at;
    }

    private static String parameterName(ConfigNode node, Set<String> names) {
        String n = node.asString();
        if (!names.contains(n)) {
            throw node.error("'" + n + "' is not a scan parameter " + names);
        }
        return n;
    }

    private static double[] triple(ConfigNode node) {
        List<ConfigNode> l = node.asList();
        if (l.size() != 3) {
            throw node.error("needs three numbers, got " + l.size());
        }
        return new double[] {l.get(0).asDouble(), l.get(1).asDouble(), l.get(2).asDouble()};
    }

    private static List<ConfigNode> list(ConfigNode owner, String key) {
        return owner.opt(key).map(ConfigNode::asList).orElse(List.of());
    }
}
