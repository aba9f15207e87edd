package org.quarryhep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.quarryhep.report.model.ResultsException;

/**
 * Turns the {@code results.json} of a scan (written by {@code quarry scan}) into the report schema,
 * so that {@code quarry report} draws it: one colour map per contour family of a two-parameter
 * scan, its quantity as colour (the expected variant where there is one) and every variant's
 * contour lines on top (observed and expected solid, the ±1σ/±2σ variants dashed).
 *
 * <p>A colour map needs a value in every cell of the grid the scanned values span; cells without a
 * point (outside the scan's constraints, or left out by adaptive refinement far from the boundary)
 * take the value of the nearest evaluated point (distance in units of each axis' scanned range,
 * logarithmic on a log axis). The caption says so; the contour lines come from the scan itself and
 * are drawn unchanged.
 */
final class ScanReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScanReport() {}

    /** Whether a parsed {@code results.json} is a scan's rather than an analysis run's. */
    static boolean isScan(JsonNode root) {
        return root.has("scan") && root.has("points") && !root.has("schema_version");
    }

    /**
     * The report-schema JSON text of a scan's results.
     *
     * @param scan the scan's parsed {@code results.json}
     * @param source the file name, for messages
     * @return JSON text following the report schema
     * @throws ResultsException when the scan's file lacks what a report needs
     */
    static String toReportJson(JsonNode scan, String source) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("schema_version", "1.0.0");
        String name = scan.path("scan").asText();
        ObjectNode analysis = out.putObject("analysis");
        analysis.put("name", name);
        analysis.put("title", "Scan " + name);
        ArrayNode figures = out.putArray("figures");
        List<String> params = new ArrayList<>();
        List<Boolean> logs = new ArrayList<>();
        for (JsonNode p : scan.path("parameters")) {
            params.add(p.path("name").asText());
            logs.add(p.path("log").asBoolean());
        }
        if (params.size() == 2) {
            for (JsonNode family : scan.path("contours")) {
                figures.add(contourFigure(scan, family, params, logs));
            }
        }
        out.set("provenance", provenance(scan.path("provenance"), source));
        return out.toString();
    }

    private static ObjectNode contourFigure(
            JsonNode scan, JsonNode family, List<String> params, List<Boolean> logs) {
        String quantity = family.path("quantity").asText();
        String familyName = family.path("name").asText();
        String zKey = colourQuantity(scan.path("points"), quantity);
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        Map<List<Double>, Double> values = new HashMap<>();
        for (JsonNode point : scan.path("points")) {
            double x = number(point.path("parameters").path(params.get(0)));
            double y = number(point.path("parameters").path(params.get(1)));
            double z = number(point.path("results").path(zKey));
            xs.add(x);
            ys.add(y);
            if (Double.isFinite(z)) {
                values.put(List.of(x, y), z);
            }
        }
        List<Double> xList = new ArrayList<>(xs);
        List<Double> yList = new ArrayList<>(ys);
        ObjectNode f = MAPPER.createObjectNode();
        f.put("type", "map2d");
        f.put("id", ("scan-" + familyName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-"));
        f.put("title", familyName + ": " + quantity + " = " + family.path("level").asText());
        f.put(
                "caption",
                "Colour: "
                        + zKey
                        + " at the scanned points (cells without a point take the nearest"
                        + " point's value); lines: the scan's contours at "
                        + quantity
                        + " = "
                        + family.path("level").asText()
                        + ".");
        f.set("x_axis", axis(params.get(0), logs.get(0)));
        f.set("y_axis", axis(params.get(1), logs.get(1)));
        // A linear colour scale: the quantity spans decades near zero (CLs deep in the excluded
        // region), where a log scale turns exact zeros into blank cells.
        f.set("z_axis", axis(zKey, false));
        f.set("x_edges", edges(xList, logs.get(0)));
        f.set("y_edges", edges(yList, logs.get(1)));
        ArrayNode z = f.putArray("z");
        for (int row = 0; row < yList.size(); row++) {
            ArrayNode r = z.addArray();
            for (int col = 0; col < xList.size(); col++) {
                r.add(nearest(values, xList, yList, logs, col, row));
            }
        }
        ArrayNode lines = f.putArray("lines");
        Iterator<Map.Entry<String, JsonNode>> variants = family.path("lines").fields();
        while (variants.hasNext()) {
            Map.Entry<String, JsonNode> v = variants.next();
            boolean central = v.getKey().equals("obs") || v.getKey().equals("exp");
            int k = 0;
            for (JsonNode line : v.getValue()) {
                if (line.path("x").size() < 2) {
                    continue;
                }
                ObjectNode c = lines.addObject();
                c.put("label", v.getKey().replace("_", "\\_") + (k++ == 0 ? "" : " (" + k + ")"));
                c.set("x", line.path("x"));
                c.set("y", line.path("y"));
                c.put("dashed", !central);
            }
        }
        return f;
    }

    /** The expected variant of the quantity where the points carry one, else the quantity. */
    private static String colourQuantity(JsonNode points, String quantity) {
        JsonNode first = points.path(0).path("results");
        for (String key : List.of(quantity + "_exp", quantity, quantity + "_obs")) {
            if (first.has(key)) {
                return key;
            }
        }
        throw new ResultsException(
                "/points/0/results: no '" + quantity + "' value to colour the map with", "scan");
    }

    private static ObjectNode axis(String label, boolean log) {
        ObjectNode a = MAPPER.createObjectNode();
        // Underscores in scan names are words, not subscripts, in the report's label language.
        a.put("label", label.replace("_", "\\_"));
        a.put("log", log);
        return a;
    }

    /** Cell edges halfway between neighbouring values (geometric on a log axis). */
    private static ArrayNode edges(List<Double> v, boolean log) {
        ArrayNode e = MAPPER.createArrayNode();
        int n = v.size();
        if (n == 1) {
            double w = log ? v.get(0) * 0.5 : Math.max(Math.abs(v.get(0)) * 0.05, 0.5);
            e.add(v.get(0) - w);
            e.add(v.get(0) + w);
            return e;
        }
        for (int i = 0; i <= n; i++) {
            int a = Math.max(0, Math.min(i - 1, n - 2));
            double lo = v.get(a);
            double hi = v.get(a + 1);
            double mid = log ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
            if (i == 0) {
                e.add(log ? lo * lo / mid : 2 * lo - mid);
            } else if (i == n) {
                e.add(log ? hi * hi / mid : 2 * hi - mid);
            } else {
                e.add(log ? Math.sqrt(v.get(i - 1) * v.get(i)) : 0.5 * (v.get(i - 1) + v.get(i)));
            }
        }
        return e;
    }

    private static double nearest(
            Map<List<Double>, Double> values,
            List<Double> xs,
            List<Double> ys,
            List<Boolean> logs,
            int col,
            int row) {
        Double exact = values.get(List.of(xs.get(col), ys.get(row)));
        if (exact != null) {
            return exact;
        }
        double x0 = scaled(xs, logs.get(0), xs.get(col));
        double y0 = scaled(ys, logs.get(1), ys.get(row));
        double best = Double.NaN;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Map.Entry<List<Double>, Double> e : values.entrySet()) {
            double dx = scaled(xs, logs.get(0), e.getKey().get(0)) - x0;
            double dy = scaled(ys, logs.get(1), e.getKey().get(1)) - y0;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        return best;
    }

    /** A value as a fraction of the axis' scanned range (of its logarithm on a log axis). */
    private static double scaled(List<Double> axis, boolean log, double v) {
        double lo = axis.get(0);
        double hi = axis.get(axis.size() - 1);
        if (log) {
            return hi > lo ? Math.log(v / lo) / Math.log(hi / lo) : 0;
        }
        return hi > lo ? (v - lo) / (hi - lo) : 0;
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.parseDouble(n.asText("NaN"));
    }

    private static ObjectNode provenance(JsonNode p, String source) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("command", "quarry scan (" + p.path("component").asText("scan") + ")");
        out.put("config_hash", sha256(p.path("config").toString()));
        out.put("timestamp", p.path("timestamp").asText());
        out.putObject("seeds").put("scan", p.path("seed").asLong());
        ObjectNode versions = out.putObject("versions");
        versions.put("quarry", p.path("quarry_version").asText());
        versions.put("java", p.path("java_version").asText());
        if (p.path("timestamp").asText().isEmpty()) {
            throw new ResultsException("/provenance/timestamp: missing", source);
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format(Locale.ROOT, "%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
