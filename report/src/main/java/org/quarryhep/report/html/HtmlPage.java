package org.quarryhep.report.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quarryhep.report.model.Figure;
import org.quarryhep.report.model.ResultFile;
import org.quarryhep.report.model.Results;
import org.quarryhep.report.model.RunProvenance;
import org.quarryhep.report.model.Table;
import org.quarryhep.report.plot.Label;

/**
 * Writes the report page: the analysis, a summary of the headline numbers, the cut-flows, every
 * figure (PNG on the page, links to its SVG and PDF), the files to download and the provenance.
 */
public final class HtmlPage {
    private static final String STYLE =
            """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:0;color:#111;background:#fafafa}
            header{background:#0072B2;color:#fff;padding:18px 32px}
            header h1{margin:0 0 6px 0;font-size:26px}
            header p{margin:2px 0}
            nav{padding:8px 32px;background:#e8eef4;font-size:14px}
            nav a{margin-right:14px;color:#0b4f7a}
            main{padding:8px 32px 40px 32px;max-width:1500px}
            h2{border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:30px}
            table{border-collapse:collapse;margin:10px 0 18px 0;background:#fff}
            th,td{border:1px solid #bbb;padding:4px 10px;text-align:right;font-size:14px}
            th{background:#eef2f6}
            td.name,th.name{text-align:left}
            .figures{display:flex;flex-wrap:wrap;gap:18px}
            figure{margin:0;background:#fff;border:1px solid #ccc;padding:8px;width:600px;max-width:100%;box-sizing:border-box}
            figure img{width:100%;height:auto;display:block}
            figcaption{font-size:14px;margin-top:6px}
            figcaption .links a{margin-right:10px}
            code{font-size:13px;word-break:break-all}
            footer{font-size:12px;color:#555;padding:10px 32px}
            """;

    private HtmlPage() {}

    /**
     * What the page links to besides the figures.
     *
     * @param vectorFormats extensions written next to each PNG ("svg", "pdf")
     * @param tableCsv CSV file of each table id, relative to the page
     * @param files path of each attached file relative to the page, by its path in results.json
     * @param hepdataZip the HEPData archive relative to the page, or {@code null}
     * @param resultsJson the results.json copy relative to the page
     */
    public record Links(
            List<String> vectorFormats,
            Map<String, String> tableCsv,
            Map<String, String> files,
            String hepdataZip,
            String resultsJson) {}

    /**
     * The page.
     *
     * @param r the results
     * @param links what to link to
     * @return the HTML text
     */
    public static String render(Results r, Links links) {
        return render(r, links, "");
    }

    /**
     * The page with the sections of the analysis's own code ({@link ExtensionSections}) after the
     * figures.
     *
     * @param r the results
     * @param links what to link to
     * @param extensions the extensions' sections (HTML; empty for none)
     * @return the HTML text
     */
    public static String render(Results r, Links links, String extensions) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = Label.parse(r.analysis().title()).html();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(Label.parse(r.analysis().title()).plain()))
                .append("</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(title)
                .append("</h1>\n");
        StringBuilder facts = new StringBuilder();
        if (r.analysis().sqrtSGev() != null) {
            facts.append("√s = ").append(num(r.analysis().sqrtSGev() / 1000)).append(" TeV");
        }
        if (r.analysis().lumiInvFb() != null) {
            facts.append(facts.length() > 0 ? ", " : "")
                    .append("L = ")
                    .append(num(r.analysis().lumiInvFb()))
                    .append(" fb<sup>−1</sup>");
        }
        if (facts.length() > 0) {
            h.append("<p>").append(facts).append("</p>\n");
        }
        if (r.analysis().description() != null) {
            h.append("<p>").append(prose(r.analysis().description())).append("</p>\n");
        }
        h.append("</header>\n<nav>")
                .append("<a href=\"#summary\">Summary</a><a href=\"#cutflows\">Cut-flows</a>")
                .append("<a href=\"#figures\">Figures</a>")
                .append(extensions.isEmpty() ? "" : "<a href=\"#extensions\">Analysis code</a>")
                .append("<a href=\"#files\">Files</a>")
                .append("<a href=\"#provenance\">Provenance</a></nav>\n<main>\n");
        summary(h, r, links);
        cutflows(h, r, links);
        figures(h, r, links);
        if (!extensions.isEmpty()) {
            h.append("<div id=\"extensions\">\n").append(extensions).append("</div>\n");
        }
        files(h, r, links);
        provenance(h, r.provenance());
        h.append("</main>\n<footer>Made by Quarry from results.json (report schema ")
                .append(esc(r.schemaVersion()))
                .append(").</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, Results r, Links links) {
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        boolean any = false;
        for (Table t : r.tables()) {
            if (!(t instanceof Table.Numbers n)) {
                continue;
            }
            any = true;
            h.append("<table id=\"table-")
                    .append(esc(n.id()))
                    .append("\">\n<caption>")
                    .append(Label.parse(n.title()).html())
                    .append(csvLink(links, n.id()))
                    .append(
                            "</caption>\n<tr><th class=\"name\">Quantity</th><th>Value</th><th class=\"name\">Unit</th></tr>\n");
            for (Table.Number row : n.rows()) {
                h.append("<tr><td class=\"name\">")
                        .append(Label.parse(row.name()).html())
                        .append("</td><td>")
                        .append(num(row.value()));
                if (row.plus() != null) {
                    if (row.plus().equals(row.minus())) {
                        h.append(" ± ").append(num(row.plus()));
                    } else {
                        h.append(" <sup>+")
                                .append(num(row.plus()))
                                .append("</sup><sub>−")
                                .append(num(row.minus()))
                                .append("</sub>");
                    }
                }
                h.append("</td><td class=\"name\">")
                        .append(row.unit() == null ? "" : Label.parse(row.unit()).html())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!any) {
            h.append("<p>No headline numbers in results.json.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void cutflows(StringBuilder h, Results r, Links links) {
        h.append("<section id=\"cutflows\">\n<h2>Cut-flows</h2>\n");
        boolean any = false;
        for (Table t : r.tables()) {
            if (!(t instanceof Table.Cutflow c)) {
                continue;
            }
            any = true;
            h.append("<table id=\"table-")
                    .append(esc(c.id()))
                    .append("\">\n<caption>")
                    .append(Label.parse(c.title()).html())
                    .append(c.unit() == null ? "" : " (" + esc(c.unit()) + ")")
                    .append(csvLink(links, c.id()))
                    .append("</caption>\n<tr><th class=\"name\">Cut</th>");
            for (String s : c.samples()) {
                h.append("<th>").append(Label.parse(s).html()).append("</th><th>eff.</th>");
            }
            h.append("</tr>\n");
            for (int i = 0; i < c.rows().size(); i++) {
                Table.CutflowRow row = c.rows().get(i);
                h.append("<tr><td class=\"name\">")
                        .append(Label.parse(row.cut()).html())
                        .append("</td>");
                for (int s = 0; s < c.samples().size(); s++) {
                    h.append("<td>").append(num(row.yields()[s]));
                    if (row.errors() != null) {
                        h.append(" ± ").append(num(row.errors()[s]));
                    }
                    h.append("</td><td>")
                            .append(
                                    String.format(
                                            Locale.ROOT,
                                            "%.3g%%",
                                            100 * c.cumulativeEfficiency(i, s)))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
            if (c.caption() != null) {
                h.append("<p>").append(prose(c.caption())).append("</p>\n");
            }
        }
        if (!any) {
            h.append("<p>No cut-flows in results.json.</p>\n");
        }
        h.append("<p>eff.: yield relative to the first row.</p>\n</section>\n");
    }

    private static void figures(StringBuilder h, Results r, Links links) {
        h.append("<section id=\"figures\">\n<h2>Figures</h2>\n<div class=\"figures\">\n");
        for (Figure f : r.figures()) {
            String id = esc(f.id());
            h.append("<figure id=\"fig-")
                    .append(id)
                    .append("\">\n<img src=\"plots/")
                    .append(id)
                    .append(".png\" alt=\"")
                    .append(esc(Label.parse(f.title()).plain()))
                    .append("\">\n<figcaption><b>")
                    .append(Label.parse(f.title()).html())
                    .append("</b>");
            if (f.caption() != null) {
                h.append(" ").append(prose(f.caption()));
            }
            h.append("<br><span class=\"links\"><a href=\"plots/")
                    .append(id)
                    .append(".png\">PNG</a>");
            for (String ext : links.vectorFormats()) {
                h.append("<a href=\"plots/")
                        .append(id)
                        .append('.')
                        .append(ext)
                        .append("\">")
                        .append(ext.toUpperCase(Locale.ROOT))
                        .append("</a>");
            }
            h.append("</span></figcaption>\n</figure>\n");
        }
        h.append("</div>\n</section>\n");
    }

    private static void files(StringBuilder h, Results r, Links links) {
        h.append("<section id=\"files\">\n<h2>Files</h2>\n<ul>\n");
        h.append("<li><a href=\"")
                .append(esc(links.resultsJson()))
                .append("\">results.json</a>: everything on this page, machine-readable</li>\n");
        if (links.hepdataZip() != null) {
            h.append("<li><a href=\"")
                    .append(esc(links.hepdataZip()))
                    .append("\">HEPData submission</a> (zip, ready for upload)</li>\n");
        }
        for (ResultFile f : r.files()) {
            h.append("<li><a href=\"")
                    .append(esc(links.files().get(f.path())))
                    .append("\">")
                    .append(esc(f.path()))
                    .append("</a> (")
                    .append(esc(f.kind()))
                    .append("): ")
                    .append(esc(f.description()))
                    .append("</li>\n");
        }
        for (Map.Entry<String, String> e : links.tableCsv().entrySet()) {
            h.append("<li><a href=\"")
                    .append(esc(e.getValue()))
                    .append("\">")
                    .append(esc(e.getValue()))
                    .append("</a>: table ")
                    .append(esc(e.getKey()))
                    .append(" as CSV</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void provenance(StringBuilder h, RunProvenance p) {
        h.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<table>\n");
        row(h, "Command", "<code>" + esc(p.command()) + "</code>");
        row(h, "Configuration SHA-256", "<code>" + esc(p.configHash()) + "</code>");
        row(h, "Finished", esc(p.timestamp()));
        for (Map.Entry<String, Long> e : p.seeds().entrySet()) {
            row(h, "Seed: " + esc(e.getKey()), Long.toString(e.getValue()));
        }
        for (Map.Entry<String, String> e : p.versions().entrySet()) {
            row(h, "Version: " + esc(e.getKey()), esc(e.getValue()));
        }
        for (RunProvenance.Input in : p.inputs()) {
            row(h, "Input: " + esc(in.path()), "<code>" + esc(in.sha256()) + "</code>");
        }
        h.append("</table>\n</section>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class=\"name\">")
                .append(k)
                .append("</th><td class=\"name\">")
                .append(v)
                .append("</td></tr>\n");
    }

    private static String csvLink(Links links, String id) {
        String csv = links.tableCsv().get(id);
        return csv == null ? "" : " <a href=\"" + esc(csv) + "\">CSV</a>";
    }

    /**
     * Prose (descriptions, captions): scripts and symbols rendered where the text parses as a
     * LaTeX-like label ("at 35.9 fb^{-1}"), otherwise shown as written (prose may hold a bare '_'
     * or '}' that is no markup).
     */
    static String prose(String text) {
        try {
            return Label.parse(text).html();
        } catch (Label.LabelSyntaxException e) {
            return esc(text);
        }
    }

    /** Shortest of %.4g without trailing zeros. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
