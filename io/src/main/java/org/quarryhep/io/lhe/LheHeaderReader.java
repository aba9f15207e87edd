package org.quarryhep.io.lhe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.internal.LineCursor;
import org.quarryhep.io.internal.LineReader;

/**
 * Reads the part of a Les Houches Event file before the events: the version, the raw header with
 * its {@code <initrwgt>} weight declarations and generator name, and the {@code <init>} block.
 * Errors name the file and line, as the event reader's do.
 */
final class LheHeaderReader {
    private static final Pattern VERSION_ATTR = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)");
    private static final Pattern WEIGHT_GROUP =
            Pattern.compile("<weightgroup\\b([^>]*)>(.*?)</weightgroup>", Pattern.DOTALL);
    private static final Pattern WEIGHT =
            Pattern.compile("<weight\\b([^>]*)>(.*?)</weight>", Pattern.DOTALL);
    private static final Pattern NAME_ATTR =
            Pattern.compile("\\b(?:name|type)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern GENERATOR =
            Pattern.compile("<generator\\b([^>]*)>([^<]*)</generator>");
    private static final Pattern MG_VERSION =
            Pattern.compile("<MGVersion>\\s*#?\\s*([0-9][0-9.a-zA-Z_]*)");
    private static final Pattern PYTHIA_VERSION = Pattern.compile("PYTHIA\\s+([0-9][0-9.]*)");

    private final LineReader lines;
    private final LineCursor cursor;

    /** A reader over the file's decompressed lines, positioned at the start, and their parser. */
    LheHeaderReader(LineReader lines, LineCursor cursor) {
        this.lines = lines;
        this.cursor = cursor;
    }

    /**
     * Reads the header and init block, leaving the lines after {@code </init>}.
     *
     * @return the run
     * @throws org.quarryhep.io.EventFormatException when the header or init block is malformed
     */
    RunInfo read() {
        String version = null;
        while (lines.next()) {
            String l = lines.line();
            int at = l.indexOf("<LesHouchesEvents");
            if (at >= 0) {
                Matcher m = VERSION_ATTR.matcher(l.substring(at));
                version = m.find() ? m.group(1).strip() : "1.0";
                break;
            }
        }
        if (version == null) {
            throw cursor.error("no <LesHouchesEvents> tag: not an LHE file");
        }
        StringBuilder header = new StringBuilder();
        boolean sawInit = false;
        while (lines.next()) {
            if (LheReader.isTag(lines, "init")) {
                sawInit = true;
                break;
            }
            if (LheReader.isTag(lines, "event") || lines.startsWith("</LesHouchesEvents")) {
                throw cursor.error("no <init> block before the events");
            }
            header.append(lines.line()).append('\n');
        }
        if (!sawInit) {
            throw cursor.error("file ends before the <init> block");
        }
        nextContentLine("the <init> line (IDBMUP1 IDBMUP2 EBMUP1 EBMUP2 ...)");
        cursor.reset();
        int id1 = cursor.nextInt("IDBMUP(1)");
        int id2 = cursor.nextInt("IDBMUP(2)");
        double e1 = cursor.nextDouble("EBMUP(1)");
        double e2 = cursor.nextDouble("EBMUP(2)");
        int pdfg1 = cursor.nextInt("PDFGUP(1)");
        int pdfg2 = cursor.nextInt("PDFGUP(2)");
        int pdfs1 = cursor.nextInt("PDFSUP(1)");
        int pdfs2 = cursor.nextInt("PDFSUP(2)");
        int idwtup = cursor.nextInt("IDWTUP");
        int nprup = cursor.nextInt("NPRUP");
        if (!cursor.atEnd()) {
            throw cursor.error(
                    "unexpected text after NPRUP on the <init> line: '" + cursor.rest() + "'");
        }
        if (nprup < 0 || nprup > 10_000) {
            throw cursor.error("NPRUP must be between 0 and 10000, got " + nprup);
        }
        List<RunInfo.ProcessInfo> processes = new ArrayList<>();
        for (int i = 0; i < nprup; i++) {
            nextContentLine(
                    "process line " + (i + 1) + " of " + nprup + " (XSECUP XERRUP XMAXUP LPRUP)");
            cursor.reset();
            double xsec = cursor.nextDouble("XSECUP");
            double xerr = cursor.nextDouble("XERRUP");
            double xmax = cursor.nextDouble("XMAXUP");
            int lprup = cursor.nextInt("LPRUP");
            if (!cursor.atEnd()) {
                throw cursor.error("unexpected text after LPRUP: '" + cursor.rest() + "'");
            }
            processes.add(new RunInfo.ProcessInfo(lprup, xsec, xerr, xmax));
        }
        StringBuilder initExtra = new StringBuilder();
        boolean closed = false;
        while (lines.next()) {
            if (lines.startsWith("</init>")) {
                closed = true;
                break;
            }
            if (LheReader.isTag(lines, "event")) {
                throw cursor.error("<init> block not closed before the first <event>");
            }
            initExtra.append(lines.line()).append('\n');
        }
        if (!closed) {
            throw cursor.error("file ends inside the <init> block");
        }
        String headerText = header.toString();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put(LheReader.VERSION, version);
        if (initExtra.length() > 0) {
            attrs.put(LheReader.INIT_EXTRA, initExtra.toString());
        }
        return new RunInfo(
                generatorOf(headerText, initExtra.toString()),
                new RunInfo.Beam(id1, e1),
                new RunInfo.Beam(id2, e2),
                pdfg1,
                pdfg2,
                pdfs1,
                pdfs2,
                idwtup,
                processes,
                weightsOf(headerText),
                List.of(),
                headerText,
                attrs);
    }

    private void nextContentLine(String what) {
        while (lines.next()) {
            if (!lines.isBlank() && lines.firstChar() != '#') {
                if (lines.firstChar() == '<') {
                    throw cursor.error(
                            "expected " + what + ", found '" + lines.line().strip() + "'");
                }
                return;
            }
        }
        throw cursor.error("file ends before " + what);
    }

    private static List<RunInfo.WeightInfo> weightsOf(String header) {
        int from = header.indexOf("<initrwgt");
        int to = header.indexOf("</initrwgt>");
        if (from < 0 || to < from) {
            return List.of();
        }
        String block = header.substring(from, to);
        List<RunInfo.WeightInfo> out = new ArrayList<>();
        Matcher g = WEIGHT_GROUP.matcher(block);
        int last = 0;
        StringBuilder outside = new StringBuilder();
        while (g.find()) {
            outside.append(block, last, g.start());
            last = g.end();
            Matcher n = NAME_ATTR.matcher(g.group(1));
            String group = n.find() ? n.group(1).strip() : "";
            addWeights(g.group(2), group, out);
        }
        outside.append(block.substring(last));
        addWeights(outside.toString(), "", out);
        return out;
    }

    private static void addWeights(String text, String group, List<RunInfo.WeightInfo> out) {
        Matcher w = WEIGHT.matcher(text);
        while (w.find()) {
            Matcher id = LheReader.ID_ATTR.matcher(w.group(1));
            String name = id.find() ? id.group(1).strip() : String.valueOf(out.size() + 1);
            out.add(
                    new RunInfo.WeightInfo(
                            LheReader.unescape(name),
                            LheReader.unescape(w.group(2).strip()),
                            LheReader.unescape(group)));
        }
    }

    private static String generatorOf(String header, String initExtra) {
        for (String text : new String[] {initExtra, header}) {
            Matcher g = GENERATOR.matcher(text);
            if (g.find()) {
                Matcher n = Pattern.compile("\\bname\\s*=\\s*[\"']([^\"']*)").matcher(g.group(1));
                Matcher v = VERSION_ATTR.matcher(g.group(1));
                String name = n.find() ? n.group(1).strip() : g.group(2).strip();
                return v.find() ? (name + " " + v.group(1).strip()).strip() : name;
            }
        }
        Matcher mg = MG_VERSION.matcher(header);
        if (mg.find()) {
            return "MadGraph5_aMC@NLO " + mg.group(1);
        }
        if (header.contains("MadGraph") || header.contains("MG5")) {
            return "MadGraph5_aMC@NLO";
        }
        if (header.contains("POWHEG-BOX-V2")) {
            return "POWHEG-BOX-V2";
        }
        if (header.contains("POWHEG")) {
            return "POWHEG-BOX";
        }
        if (header.contains("SHERPA") || header.contains("Sherpa")) {
            return "Sherpa";
        }
        if (header.contains("WHIZARD")) {
            return "WHIZARD";
        }
        if (header.contains("Pythia8")) {
            return "Pythia 8";
        }
        Matcher py = PYTHIA_VERSION.matcher(header);
        if (py.find()) {
            return "Pythia " + py.group(1);
        }
        return "";
    }
}
