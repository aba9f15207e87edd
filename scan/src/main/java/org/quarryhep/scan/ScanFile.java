package org.quarryhep.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scan definition (YAML). Unknown keys are errors that name the path and the allowed names.
 * This is the only class that parses scan files, so moving to the shared {@code config} reader is a
 * one-file change.
 *
 * <pre>
 * name: smuon-plane
 * seed: 20261206
 * parameters:
 *   m_smuon: {range: [100, 900, 100]}       # from, to, step
 *   m_chi: {values: [0, 50, 100]}
 *   v2: {logrange: [1e-7, 1e-3, 9]}         # from, to, number of values
 * constraints: ["m_chi < m_smuon"]
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
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String source;

    private ScanFile(String source) {
        this.source = source;
    }

    /**
     * Reads a scan file.
     *
     * @throws ScanException when the file cannot be read or is not a valid scan
     */
    public static ScanDefinition read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ScanException("cannot read scan file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses scan YAML.
     *
     * @param text the YAML
     * @param source the file name, for messages
     * @throws ScanException naming the file and the field when the text is not a valid scan
     */
    public static ScanDefinition parse(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ScanException(
                    "line " + line + ": not valid YAML: " + e.getOriginalMessage(), source);
        }
        return new ScanFile(source).definition(root);
    }

    private ScanDefinition definition(JsonNode root) {
        mapping(root, "");
        allowOnly(
                root,
                "",
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
        String name = text(required(root, "", "name"), "/name");
        long seed = integer(required(root, "", "seed"), "/seed");
        List<ParameterAxis> axes = parameters(required(root, "", "parameters"));
        Set<String> names = new LinkedHashSet<>();
        axes.forEach(a -> names.add(a.name()));
        List<Constraint> constraints = new ArrayList<>();
        int i = 0;
        for (JsonNode c : list(root.get("constraints"), "/constraints")) {
            String path = "/constraints/" + i++;
            try {
                constraints.add(Constraint.parse(text(c, path), names));
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }
        Specs.Runner runner = runner(required(root, "", "runner"));
        List<String> report = new ArrayList<>();
        i = 0;
        for (JsonNode r : list(root.get("report"), "/report")) {
            report.add(text(r, "/report/" + i++));
        }
        Optional<Specs.Refinement> refinement =
                Optional.ofNullable(root.get("refine")).map(n -> refinement(n, axes));
        List<Specs.Contour> contours = new ArrayList<>();
        i = 0;
        for (JsonNode c : list(root.get("contours"), "/contours")) {
            contours.add(contour(c, "/contours/" + i++));
        }
        if (!contours.isEmpty() && axes.size() != 2) {
            throw error("/contours", "contours need exactly 2 parameters, the scan has " + names);
        }
        List<Specs.Curve> curves = new ArrayList<>();
        i = 0;
        for (JsonNode c : list(root.get("curves"), "/curves")) {
            String path = "/curves/" + i++;
            mapping(c, path);
            allowOnly(c, path, "quantity", "along", "at");
            String along = parameterName(required(c, path, "along"), path + "/along", names);
            curves.add(
                    new Specs.Curve(
                            text(required(c, path, "quantity"), path + "/quantity"),
                            along,
                            fixed(c.get("at"), path + "/at", names, along)));
        }
        List<Specs.Reach> reaches = new ArrayList<>();
        i = 0;
        for (JsonNode c : list(root.get("reach"), "/reach")) {
            String path = "/reach/" + i++;
            mapping(c, path);
            allowOnly(c, path, "quantity", "level", "log", "along", "at");
            String along = parameterName(required(c, path, "along"), path + "/along", names);
            reaches.add(
                    new Specs.Reach(
                            text(required(c, path, "quantity"), path + "/quantity"),
                            number(required(c, path, "level"), path + "/level"),
                            c.has("log") && bool(c.get("log"), path + "/log"),
                            along,
                            fixed(c.get("at"), path + "/at", names, along)));
        }
        List<Specs.Projection> projections = new ArrayList<>();
        i = 0;
        for (JsonNode p : list(root.get("projections"), "/projections")) {
            projections.add(projection(p, "/projections/" + i++));
        }
        return new ScanDefinition(
                name,
                source,
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

    private List<ParameterAxis> parameters(JsonNode node) {
        mapping(node, "/parameters");
        if (node.isEmpty()) {
            throw error("/parameters", "at least one parameter is needed");
        }
        List<ParameterAxis> axes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "/parameters/" + e.getKey();
            JsonNode spec = e.getValue();
            mapping(spec, path);
            allowOnly(spec, path, "values", "range", "logrange");
            if (spec.size() != 1) {
                throw error(path, "give exactly one of values, range, logrange");
            }
            List<Double> values = new ArrayList<>();
            boolean log = false;
            if (spec.has("values")) {
                int i = 0;
                for (JsonNode v : list(spec.get("values"), path + "/values")) {
                    values.add(number(v, path + "/values/" + i++));
                }
            } else if (spec.has("range")) {
                double[] r = triple(spec.get("range"), path + "/range");
                if (!(r[2] > 0) || !(r[1] >= r[0])) {
                    throw error(path + "/range", "need [from, to, step] with to >= from, step > 0");
                }
                long n = Math.round(Math.floor((r[1] - r[0]) / r[2] * (1 + 1e-12))) + 1;
                if (n > 100_000) {
                    throw error(path + "/range", n + " values is too many");
                }
                for (long k = 0; k < n; k++) {
                    values.add(r[0] + k * r[2]);
                }
            } else {
                double[] r = triple(spec.get("logrange"), path + "/logrange");
                int n = (int) r[2];
                if (!(r[0] > 0) || !(r[1] > r[0]) || n != r[2] || n < 2) {
                    throw error(
                            path + "/logrange",
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
                throw error(path, ex.getMessage());
            }
        }
        return axes;
    }

    private Specs.Runner runner(JsonNode node) {
        mapping(node, "/runner");
        String type = text(required(node, "/runner", "type"), "/runner/type");
        Map<String, String> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("type")) {
                if (!e.getValue().isValueNode()) {
                    throw error("/runner/" + e.getKey(), "must be a number or text");
                }
                settings.put(e.getKey(), e.getValue().asText());
            }
        }
        return new Specs.Runner(type, settings);
    }

    private Specs.Refinement refinement(JsonNode node, List<ParameterAxis> axes) {
        mapping(node, "/refine");
        allowOnly(node, "/refine", "quantity", "level", "log", "levels");
        if (axes.size() != 2) {
            throw error(
                    "/refine",
                    "refinement needs exactly 2 parameters, the scan has " + axes.size());
        }
        int levels = (int) integer(required(node, "/refine", "levels"), "/refine/levels");
        if (levels < 0 || levels > 8) {
            throw error("/refine/levels", "must be 0 to 8, got " + levels);
        }
        return new Specs.Refinement(
                text(required(node, "/refine", "quantity"), "/refine/quantity"),
                number(required(node, "/refine", "level"), "/refine/level"),
                node.has("log") && bool(node.get("log"), "/refine/log"),
                levels);
    }

    private Specs.Contour contour(JsonNode node, String path) {
        mapping(node, path);
        allowOnly(node, path, "name", "quantity", "level", "log");
        String quantity = text(required(node, path, "quantity"), path + "/quantity");
        return new Specs.Contour(
                node.has("name") ? text(node.get("name"), path + "/name") : quantity,
                quantity,
                number(required(node, path, "level"), path + "/level"),
                node.has("log") && bool(node.get("log"), path + "/log"));
    }

    private Specs.Projection projection(JsonNode node, String path) {
        mapping(node, path);
        allowOnly(node, path, "luminosity_fb", "systematics");
        double lumi = number(required(node, path, "luminosity_fb"), path + "/luminosity_fb");
        if (!(lumi > 0)) {
            throw error(path + "/luminosity_fb", "must be > 0, got " + lumi);
        }
        List<Specs.SystematicsScheme> schemes = new ArrayList<>();
        int i = 0;
        for (JsonNode s : list(required(node, path, "systematics"), path + "/systematics")) {
            String label = text(s, path + "/systematics/" + i);
            Specs.SystematicsScheme scheme = Specs.SystematicsScheme.byLabel(label);
            if (scheme == null) {
                throw error(
                        path + "/systematics/" + i,
                        "unknown scheme '" + label + "' (allowed: unchanged, halved, stat-only)");
            }
            schemes.add(scheme);
            i++;
        }
        return new Specs.Projection(lumi, schemes);
    }

    private Map<String, Double> fixed(JsonNode node, String path, Set<String> names, String along) {
        Map<String, Double> at = new LinkedHashMap<>();
        if (node != null) {
            mapping(node, path);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!names.contains(e.getKey()) || e.getKey().equals(along)) {
                    throw error(
                            path + "/" + e.getKey(),
                            "not one of the other scan parameters " + names);
                }
                at.put(e.getKey(), number(e.getValue(), path + "/" + e.getKey()));
            }
        }
        for (String n : names) {
            if (!n.equals(along) && !at.containsKey(n)) {
                throw error(path, "give a value for parameter '" + n + "'");
            }
        }
        return at;
    }

    private String parameterName(JsonNode node, String path, Set<String> names) {
        String n = text(node, path);
        if (!names.contains(n)) {
            throw error(path, "'" + n + "' is not a scan parameter " + names);
        }
        return n;
    }

    private double[] triple(JsonNode node, String path) {
        List<JsonNode> l = list(node, path);
        if (l.size() != 3) {
            throw error(path, "needs three numbers, got " + l.size());
        }
        return new double[] {
            number(l.get(0), path + "/0"),
            number(l.get(1), path + "/1"),
            number(l.get(2), path + "/2")
        };
    }

    private JsonNode required(JsonNode node, String path, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw error(path + "/" + key, "is required");
        }
        return v;
    }

    private void mapping(JsonNode node, String path) {
        if (!(node instanceof ObjectNode)) {
            throw error(path.isEmpty() ? "/" : path, "must be a mapping");
        }
    }

    private List<JsonNode> list(JsonNode node, String path) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw error(path, "must be a list");
        }
        node.forEach(out::add);
        return out;
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw error(path, "must be text, got " + node);
        }
        return node.asText();
    }

    private double number(JsonNode node, String path) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            // YAML 1.1 reads 1e-6 (no dot) as text; accept any decimal number written so.
            try {
                return Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(path, "must be a number, got " + node);
    }

    private long integer(JsonNode node, String path) {
        if (!node.canConvertToExactIntegral() || !node.isNumber()) {
            throw error(path, "must be an integer, got " + node);
        }
        return node.asLong();
    }

    private boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw error(path, "must be true or false, got " + node);
        }
        return node.asBoolean();
    }

    private void allowOnly(JsonNode node, String path, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ok.contains(key)) {
                String hint = closest(key, allowed);
                throw error(
                        path + "/" + key,
                        "unknown key '"
                                + key
                                + "'"
                                + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                                + "; allowed: "
                                + String.join(", ", allowed));
            }
        }
    }

    private static String closest(String key, String[] allowed) {
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            int d = editDistance(key, a);
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private ScanException error(String path, String message) {
        return new ScanException(path + ": " + message, source);
    }
}
