package org.quarryhep.io.lhe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.Compression;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventFormatException;
import org.quarryhep.io.ReadOptions;
import org.quarryhep.io.internal.AbstractEventReader;
import org.quarryhep.io.internal.LineReader;

/**
 * Reads Les Houches Event files, versions 1.0, 2.0 and 3.0 (hep-ph/0609017; LHEF 3.0,
 * arXiv:1405.1067 section 5).
 *
 * <p>The header is kept raw in {@link RunInfo#header()}; {@code <initrwgt>} weights become {@link
 * RunInfo#weights()}. The {@code <init>} block gives beams, PDF ids, IDWTUP and the processes; its
 * further lines are kept under the run attribute {@value #INIT_EXTRA}. Each event's weights are
 * XWGTUP followed by its {@code <weights>} values and its {@code <rwgt>} values; when there are
 * such extra weights, {@link Event#weightNames()} names them ({@value #NOMINAL} for XWGTUP, the
 * {@code wgt} ids, or the {@code <initrwgt>} ids for {@code <weights>} values). Comment lines
 * ({@code #...}) and other optional blocks ({@code <scales>}, {@code <mgrwt>}, ...) do not break
 * the parse and are kept raw under the event attribute {@value #EVENT_EXTRA}. LHE events carry no
 * number: {@link Event#number()} counts them from 1.
 */
public final class LheReader extends AbstractEventReader {
    /** Run attribute holding the LHEF version. */
    public static final String VERSION = "lhe.version";

    /** Run attribute holding the raw lines of the init block after the process lines. */
    public static final String INIT_EXTRA = "lhe.init_extra";

    /** Event attribute holding the raw attributes of the {@code <event>} tag. */
    public static final String EVENT_TAG = "lhe.event_tag";

    /** Event attribute holding the raw optional lines of an event (comments, other blocks). */
    public static final String EVENT_EXTRA = "lhe.extra";

    /** The name given to XWGTUP when an event carries further weights. */
    public static final String NOMINAL = "XWGTUP";

    private static final int MAX_PARTICLES = 100_000;
    private static final Pattern WGT = Pattern.compile("<wgt\\b([^>]*)>([^<]*)</wgt>");
    static final Pattern ID_ATTR = Pattern.compile("\\bid\\s*=\\s*[\"']([^\"']*)[\"']");

    private final RunInfo runInfo;
    private final List<String> groupWeightNames;
    private long eventCount;
    private boolean ended;

    /**
     * Reads the header and init block.
     *
     * @param lines the decompressed lines, positioned at the start
     * @param compression the file's compression (reported only)
     * @param options strict or lenient
     * @throws org.quarryhep.io.EventFormatException when the header or init block is malformed
     */
    public LheReader(LineReader lines, Compression compression, ReadOptions options) {
        super(lines, compression, options);
        this.runInfo = new LheHeaderReader(lines, cursor).read();
        this.groupWeightNames = runInfo.weightNames();
    }

    @Override
    public RunInfo runInfo() {
        return runInfo;
    }

    @Override
    public EventFormat format() {
        return EventFormat.LHE;
    }

    @Override
    protected Event readEvent() {
        if (ended) {
            return null;
        }
        while (true) {
            if (!lines.next()) {
                ended = true;
                warn("file ends without </LesHouchesEvents>");
                return null;
            }
            if (lines.isBlank()) {
                continue;
            }
            if (isTag("event")) {
                break;
            }
            if (lines.startsWith("</LesHouchesEvents")) {
                ended = true;
                return null;
            }
            if (lines.startsWith("<!--")) {
                skipComment();
                continue;
            }
            if (lines.firstChar() == '#') {
                continue;
            }
            throw error(
                    "expected <event> or </LesHouchesEvents>, found '" + clip(lines.line()) + "'");
        }
        markEventStart();
        String tag = lines.line().strip();
        int close = tag.indexOf('>');
        if (close < 0 || !tag.substring(close + 1).isBlank()) {
            throw error("expected '<event>' alone on its line, found '" + clip(tag) + "'");
        }
        String tagAttributes = tag.substring("<event".length(), close).strip();
        if (!tagAttributes.isEmpty() && !Character.isWhitespace(tag.charAt("<event".length()))) {
            throw error("expected '<event>', found '" + clip(tag) + "'");
        }
        if (!lines.next()) {
            throw truncated();
        }
        if (lines.firstChar() == '<') {
            throw error(
                    "expected the event line (NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP), found '"
                            + clip(lines.line())
                            + "'");
        }
        cursor.reset();
        int nup = cursor.nextInt("NUP");
        if (nup < 0 || nup > MAX_PARTICLES) {
            throw error("NUP must be between 0 and " + MAX_PARTICLES + ", got " + nup);
        }
        int idprup = cursor.nextInt("IDPRUP");
        double xwgtup = cursor.nextDouble("XWGTUP");
        double scalup = cursor.nextDouble("SCALUP");
        double aqedup = cursor.nextDouble("AQEDUP");
        double aqcdup = cursor.nextDouble("AQCDUP");
        if (!cursor.atEnd()) {
            throw error("unexpected text after AQCDUP: '" + clip(cursor.rest()) + "'");
        }
        Event.Builder b =
                Event.builder()
                        .optNumber(++eventCount)
                        .optProcessId(idprup)
                        .optScale(scalup)
                        .optAlphaQed(aqedup)
                        .optAlphaQcd(aqcdup);
        List<Particle> particles = new ArrayList<>(nup);
        for (int i = 0; i < nup; i++) {
            if (!lines.next()) {
                throw truncated();
            }
            if (lines.firstChar() == '<' || lines.firstChar() == '#') {
                throw error(
                        "event declares NUP = "
                                + nup
                                + " particles but line "
                                + (i + 1)
                                + " is '"
                                + clip(lines.line())
                                + "'");
            }
            particles.add(readParticle(nup));
        }
        b.optParticles(particles);
        readOptionalBlocks(b, xwgtup);
        if (!tagAttributes.isEmpty()) {
            b.optAttribute(EVENT_TAG, tagAttributes);
        }
        return b.build();
    }

    private Particle readParticle(int nup) {
        cursor.reset();
        int id = cursor.nextInt("IDUP");
        int status = cursor.nextInt("ISTUP");
        int m1 = cursor.nextInt("MOTHUP(1)");
        int m2 = cursor.nextInt("MOTHUP(2)");
        int c1 = cursor.nextInt("ICOLUP(1)");
        int c2 = cursor.nextInt("ICOLUP(2)");
        double px = cursor.nextDouble("PUP(1) (px)");
        double py = cursor.nextDouble("PUP(2) (py)");
        double pz = cursor.nextDouble("PUP(3) (pz)");
        double e = cursor.nextDouble("PUP(4) (E)");
        double m = cursor.nextDouble("PUP(5) (mass)");
        double vtim = cursor.nextDouble("VTIMUP");
        double spin = cursor.nextDouble("SPINUP");
        if (!cursor.atEnd()) {
            throw error("unexpected text after SPINUP: '" + clip(cursor.rest()) + "'");
        }
        if (m1 < 0 || m1 > nup || m2 < 0 || m2 > nup) {
            throw error("mother index out of range 0.." + nup + ": MOTHUP = " + m1 + " " + m2);
        }
        int[] mothers;
        if (m1 > 0 && m2 > 0 && m2 != m1) {
            mothers = new int[] {m1 - 1, m2 - 1};
        } else if (m1 > 0 || m2 > 0) {
            mothers = new int[] {Math.max(m1, m2) - 1};
        } else {
            mothers = new int[0];
        }
        return new Particle(
                id,
                status,
                new FourMomentum(px, py, pz, e),
                m,
                mothers,
                -1,
                -1,
                c1,
                c2,
                vtim,
                spin,
                null);
    }

    private void readOptionalBlocks(Event.Builder b, double xwgtup) {
        List<Double> blockWeights = new ArrayList<>();
        List<Double> rwgtWeights = new ArrayList<>();
        List<String> rwgtNames = new ArrayList<>();
        StringBuilder extra = new StringBuilder();
        boolean inWeights = false;
        boolean inRwgt = false;
        while (true) {
            if (!lines.next()) {
                throw truncated();
            }
            if (lines.startsWith("</event>")) {
                if (inWeights || inRwgt) {
                    throw error(
                            "</event> inside an unclosed "
                                    + (inRwgt ? "<rwgt>" : "<weights>")
                                    + " block");
                }
                break;
            }
            if (isTag("event")) {
                throw error(
                        "<event> before the previous event's </event> (started at line "
                                + eventStartLine()
                                + ")");
            }
            String line = lines.line();
            if (inWeights || lines.startsWith("<weights")) {
                readWeightValues(line, blockWeights);
                inWeights = !line.contains("</weights>");
                continue;
            }
            if (inRwgt || lines.startsWith("<rwgt")) {
                inRwgt = !line.contains("</rwgt>");
                Matcher w = WGT.matcher(line);
                while (w.find()) {
                    Matcher id = ID_ATTR.matcher(w.group(1));
                    if (!id.find()) {
                        throw error("<wgt> without an id attribute: '" + clip(line) + "'");
                    }
                    rwgtNames.add(unescape(id.group(1).strip()));
                    rwgtWeights.add(parseNumber(w.group(2).strip(), "wgt value"));
                }
                continue;
            }
            extra.append(line).append('\n');
        }
        int n = 1 + blockWeights.size() + rwgtWeights.size();
        if (n > 1) {
            double[] w = new double[n];
            List<String> names = new ArrayList<>(n);
            w[0] = xwgtup;
            names.add(NOMINAL);
            boolean named = groupWeightNames.size() == blockWeights.size();
            for (int i = 0; i < blockWeights.size(); i++) {
                w[1 + i] = blockWeights.get(i);
                names.add(named ? groupWeightNames.get(i) : "weights[" + (i + 1) + "]");
            }
            for (int i = 0; i < rwgtWeights.size(); i++) {
                w[1 + blockWeights.size() + i] = rwgtWeights.get(i);
                names.add(rwgtNames.get(i));
            }
            b.optWeights(w).optWeightNames(names);
        } else {
            b.optWeights(xwgtup);
        }
        if (extra.length() > 0) {
            b.optAttribute(EVENT_EXTRA, extra.toString());
        }
    }

    /** Parses the numbers of a line of a {@code <weights>} block. */
    private void readWeightValues(String line, List<Double> weights) {
        String body = line;
        int open = body.indexOf("<weights");
        if (open >= 0) {
            int gt = body.indexOf('>', open);
            if (gt < 0) {
                throw error("malformed <weights> tag: '" + clip(line) + "'");
            }
            body = body.substring(gt + 1);
        }
        int closeTag = body.indexOf("</weights>");
        if (closeTag >= 0) {
            body = body.substring(0, closeTag);
        }
        for (String tok : body.strip().split("\\s+")) {
            if (!tok.isEmpty()) {
                weights.add(parseNumber(tok, "<weights> value"));
            }
        }
    }

    private double parseNumber(String text, String what) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error("bad " + what + ": expected a finite number, found '" + clip(text) + "'");
        }
        if (!Double.isFinite(v)) {
            throw error("bad " + what + ": expected a finite number, found '" + clip(text) + "'");
        }
        return v;
    }

    private EventFormatException truncated() {
        return error(
                "file ends inside the event started at line " + eventStartLine() + " (truncated?)");
    }

    /** Skips an XML comment between events, which may span lines. */
    private void skipComment() {
        long start = lines.lineNumber();
        String line = lines.line();
        while (!line.contains("-->")) {
            if (!lines.next()) {
                throw errorAt("comment started at line " + start + " is not closed", start);
            }
            line = lines.line();
        }
    }

    /** True when the current line starts with the tag {@code <name>} or {@code <name ...>}. */
    private boolean isTag(String name) {
        return isTag(lines, name);
    }

    /**
     * True when the current line of {@code lines} starts with {@code <name>} or {@code <name ...>}.
     */
    static boolean isTag(LineReader lines, String name) {
        String t = lines.line().stripLeading();
        if (!t.startsWith("<" + name)) {
            return false;
        }
        int k = name.length() + 1;
        return t.length() > k && (t.charAt(k) == '>' || Character.isWhitespace(t.charAt(k)));
    }

    /** Undoes the XML escapes of the five predefined entities. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    @Override
    protected boolean atEventStart() {
        return isTag("event");
    }

    @Override
    protected boolean atListingMarker() {
        return lines.startsWith("</LesHouchesEvents");
    }
}
