package org.quarryhep.report;

import java.util.Locale;
import org.quarryhep.report.model.Table;
import org.quarryhep.report.plot.Label;

/** The report's tables as CSV (RFC 4180: comma-separated, quoted where needed, one header row). */
public final class CsvTables {
    private CsvTables() {}

    /**
     * One table as CSV text. A cut-flow has a column per sample (and {@code <sample> error} when
     * given) and a row per cut; a numbers table has {@code quantity,value,plus,minus,unit}.
     *
     * @param t the table
     * @return the CSV text, lines ending in CRLF as RFC 4180 says
     */
    public static String of(Table t) {
        StringBuilder sb = new StringBuilder();
        if (t instanceof Table.Cutflow c) {
            sb.append("cut");
            for (String s : c.samples()) {
                String name = Label.parse(s).plain();
                sb.append(',').append(quote(name));
                if (c.rows().stream().anyMatch(r -> r.errors() != null)) {
                    sb.append(',').append(quote(name + " error"));
                }
            }
            sb.append("\r\n");
            boolean errors = c.rows().stream().anyMatch(r -> r.errors() != null);
            for (Table.CutflowRow r : c.rows()) {
                sb.append(quote(Label.parse(r.cut()).plain()));
                for (int s = 0; s < c.samples().size(); s++) {
                    sb.append(',').append(num(r.yields()[s]));
                    if (errors) {
                        sb.append(',').append(r.errors() == null ? "" : num(r.errors()[s]));
                    }
                }
                sb.append("\r\n");
            }
        } else if (t instanceof Table.Numbers n) {
            sb.append("quantity,value,plus,minus,unit\r\n");
            for (Table.Number r : n.rows()) {
                sb.append(quote(Label.parse(r.name()).plain()))
                        .append(',')
                        .append(num(r.value()))
                        .append(',')
                        .append(r.plus() == null ? "" : num(r.plus()))
                        .append(',')
                        .append(r.minus() == null ? "" : num(r.minus()))
                        .append(',')
                        .append(r.unit() == null ? "" : quote(r.unit()))
                        .append("\r\n");
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        // Shortest text that reads back to the same double.
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v).toLowerCase(Locale.ROOT);
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
