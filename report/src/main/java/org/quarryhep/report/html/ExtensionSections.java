package org.quarryhep.report.html;

import static org.quarryhep.report.html.HtmlPage.esc;
import static org.quarryhep.report.html.HtmlPage.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's sections for an analysis's own code (pipeline extensions): every key an extension
 * wrote into {@code results.json} laid out as a table, and its PNG files shown as figures.
 *
 * <p>The pipeline records each extension under {@code extensions.<name>} with the top-level {@code
 * keys} it wrote and the {@code files} it published. Those keys have no schema (an extension's
 * results are its own), so the layout follows the JSON's shape: a list of objects is a table with
 * one row per object and one column per (dotted, for nested objects) field; an object is a
 * two-column table of its fields; a scalar is a line. Short numeric arrays are shown inline, long
 * ones as their length (the values stay in {@code results.json}, linked from the page). This is
 * general: an extension gets its tables and figures on the page by writing them, with no code in
 * the report.
 */
public final class ExtensionSections {
    /** Arrays up to this length are shown inline, longer ones as their length. */
    static final int INLINE_ARRAY = 6;

    private ExtensionSections() {}

    /**
     * The files of every extension, as recorded in {@code extensions.<name>.files}.
     *
     * @param root the parsed {@code results.json}
     * @return the file paths relative to {@code results.json}, in order
     */
    public static List<String> files(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode record : records(root).values()) {
            for (JsonNode f : record.path("files")) {
                out.add(f.asText());
            }
        }
        return out;
    }

    private static Map<String, JsonNode> records(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode ext = root.path("extensions");
        ext.fieldNames().forEachRemaining(name -> out.put(name, ext.get(name)));
        return out;
    }

    /**
     * The sections' HTML (empty when the run had no extension).
     *
     * @param root the parsed {@code results.json}
     * @param fileLinks each extension file's link relative to the page, by its path in results.json
     * @return the sections, one per extension
     */
    public static String html(JsonNode root, Map<String, String> fileLinks) {
        StringBuilder h = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : records(root).entrySet()) {
            String name = e.getKey();
            JsonNode record = e.getValue();
            h.append("<section id=\"extension-")
                    .append(esc(name))
                    .append("\">\n<h2>")
                    .append(esc(name))
                    .append("</h2>\n<p>The analysis's own code (extension version ")
                    .append(esc(record.path("version").asText("?")))
                    .append(").</p>\n");
            for (JsonNode key : record.path("keys")) {
                JsonNode value = root.get(key.asText());
                if (value != null) {
                    h.append("<h3>").append(esc(key.asText())).append("</h3>\n");
                    value(h, value);
                }
            }
            List<String> images = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (JsonNode f : record.path("files")) {
                String path = f.asText();
                String link = fileLinks.get(path);
                if (link != null) {
                    (path.endsWith(".png") ? images : others).add(path);
                }
            }
            if (!images.isEmpty()) {
                h.append("<div class=\"figures\">\n");
                for (String path : images) {
                    h.append("<figure><img src=\"")
                            .append(esc(fileLinks.get(path)))
                            .append("\" alt=\"")
                            .append(esc(path))
                            .append("\"><figcaption>")
                            .append(esc(path))
                            .append("</figcaption></figure>\n");
                }
                h.append("</div>\n");
            }
            if (!others.isEmpty()) {
                h.append("<ul>\n");
                for (String path : others) {
                    h.append("<li><a href=\"")
                            .append(esc(fileLinks.get(path)))
                            .append("\">")
                            .append(esc(path))
                            .append("</a></li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        return h.toString();
    }

    private static void value(StringBuilder h, JsonNode v) {
        if (v.isArray() && v.size() > 0 && allObjects(v)) {
            List<Map<String, String>> rows = new ArrayList<>();
            Set<String> columns = new LinkedHashSet<>();
            for (JsonNode o : v) {
                Map<String, String> row = new LinkedHashMap<>();
                flatten("", o, row);
                columns.addAll(row.keySet());
                rows.add(row);
            }
            h.append("<table>\n<tr>");
            for (String c : columns) {
                h.append("<th>").append(esc(c)).append("</th>");
            }
            h.append("</tr>\n");
            for (Map<String, String> row : rows) {
                h.append("<tr>");
                for (String c : columns) {
                    h.append("<td>").append(esc(row.getOrDefault(c, ""))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        } else if (v.isObject()) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", v, row);
            h.append("<table>\n");
            for (Map.Entry<String, String> e : row.entrySet()) {
                h.append("<tr><th class=\"name\">")
                        .append(esc(e.getKey()))
                        .append("</th><td>")
                        .append(esc(e.getValue()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        } else {
            h.append("<p>").append(esc(scalar(v))).append("</p>\n");
        }
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode e : array) {
            if (!e.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Nested objects become dotted names; everything else one cell. */
    private static void flatten(String prefix, JsonNode o, Map<String, String> out) {
        o.fieldNames()
                .forEachRemaining(
                        f -> {
                            JsonNode v = o.get(f);
                            String name = prefix.isEmpty() ? f : prefix + "." + f;
                            if (v.isObject()) {
                                flatten(name, v, out);
                            } else {
                                out.put(name, scalar(v));
                            }
                        });
    }

    /** One cell: a number to 4 significant digits, a short array inline, a long one its size. */
    static String scalar(JsonNode v) {
        if (v.isNumber()) {
            return num(v.asDouble());
        }
        if (v.isArray()) {
            if (v.size() > INLINE_ARRAY || !allScalars(v)) {
                return "[" + v.size() + (allScalars(v) ? " values]" : " entries]");
            }
            List<String> parts = new ArrayList<>();
            for (JsonNode e : v) {
                parts.add(scalar(e));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (v.isObject()) {
            return "{" + v.size() + " fields}";
        }
        return v.isNull() ? "null" : v.asText();
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode e : array) {
            if (e.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}
