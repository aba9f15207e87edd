package org.quarryhep.io.hepmc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.Position;
import org.quarryhep.core.RunInfo;
import org.quarryhep.core.Vertex;
import org.quarryhep.io.Compression;
import org.quarryhep.io.internal.AbstractEventWriter;

/**
 * Writes HepMC3's ASCII format {@code HepMC::Asciiv3} in GeV and mm, atomically.
 *
 * <p>The header's weight names are the first event's, or else the run's when they are as many as
 * that event's weights; Asciiv3 names are single tokens, so whitespace inside a name becomes '_'.
 * Every vertex gets an explicit {@code V} line (id −(index+1)), written just before the first
 * particle it produces; vertices that produce nothing follow the particles. Typed event fields are
 * written as HepMC3's standard attributes ({@code GenCrossSection} with −1 for the accepted and
 * attempted event counts, {@code GenPdfInfo}, {@code alphaQCD}, {@code alphaQED}, {@code
 * event_scale}, {@code signal_process_id}); colour and anticolour as {@code flow1}/{@code flow2}.
 * Every event must have as many weights as the first (HepMC3's reader requires it); one that
 * differs is refused. LHE-only attributes ({@code lhe.*}), lifetimes and spins have no place in
 * HepMC3 and are not written.
 */
public final class HepMc3Writer extends AbstractEventWriter {
    private static final String DEFAULT_VERSION = "3.02.06";
    private final RunInfo run;
    private int[] written = new int[64];
    private boolean headerWritten;
    private int weightCount;

    /**
     * Opens the temporary file and writes the header.
     *
     * @param target the file created on close
     * @param compression the file's compression
     * @param run the run information (weight names, tools, attributes)
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public HepMc3Writer(Path target, Compression compression, RunInfo run) {
        super(target, compression);
        this.run = run;
        start();
    }

    @Override
    protected void writeHeader() {
        // Deferred to the first event, whose weight names serve when the run names none.
    }

    private void writeRunHeader(List<String> eventWeightNames) {
        headerWritten = true;
        String version = run.attributes().getOrDefault(HepMcAttributes.VERSION, DEFAULT_VERSION);
        out.text("HepMC::Version ").text(version).nl();
        out.text("HepMC::Asciiv3-START_EVENT_LISTING").nl();
        List<String> names = eventWeightNames;
        if (!names.isEmpty()) {
            out.text("W");
            for (String w : names) {
                out.text(" ").text(name(w));
            }
            out.nl();
        }
        for (RunInfo.Tool t : run.tools()) {
            out.text("T ")
                    .text(HepMc3Strings.escape(t.name()))
                    .text("\\|")
                    .text(HepMc3Strings.escape(t.version()))
                    .text("\\|")
                    .text(HepMc3Strings.escape(t.description()))
                    .nl();
        }
        for (Map.Entry<String, String> a : run.attributes().entrySet()) {
            if (!HepMcAttributes.isForeign(a.getKey())) {
                out.text("A ")
                        .text(name(a.getKey()))
                        .text(" ")
                        .text(HepMc3Strings.escape(a.getValue()))
                        .nl();
            }
        }
    }

    @Override
    protected void writeEvent(Event e) {
        if (!headerWritten) {
            writeRunHeader(weightNames(e));
            weightCount = e.weightCount();
        } else if (e.weightCount() != weightCount) {
            throw new IllegalArgumentException(
                    "event "
                            + e.number()
                            + " has "
                            + e.weightCount()
                            + " weights but the first event has "
                            + weightCount
                            + "; HepMC3 files need"
                            + " the same number of weights in every event");
        }
        out.text("E").num(e.number()).num(e.vertices().size()).num(e.particles().size());
        String position = e.attributes().get(HepMcAttributes.EVENT_POSITION);
        boolean positionOnELine = isFourNumbers(position);
        if (positionOnELine) {
            out.text(" @ ").text(position.strip());
        }
        out.nl();
        out.text("U GEV MM").nl();
        if (e.weightCount() > 0) {
            out.text("W");
            for (int k = 0; k < e.weightCount(); k++) {
                out.num(e.weight(k));
            }
            out.nl();
        }
        writeEventAttributes(e, positionOnELine);
        writeParticleAndVertexAttributes(e);
        writeGraph(e.particles(), e.vertices());
    }

    /** The event's 'A 0' lines: the standard ones, then its own (the position when not on 'E'). */
    private void writeEventAttributes(Event e, boolean positionOnELine) {
        CrossSection xs = e.crossSection();
        if (xs != null) {
            out.text("A 0 GenCrossSection").num(xs.valuePb()).num(xs.errorPb()).text(" -1 -1").nl();
        }
        PdfInfo pdf = e.pdfInfo();
        if (pdf != null) {
            HepMcAttributes.pdfInfoFields(out.text("A 0 GenPdfInfo"), pdf).nl();
        }
        if (!Double.isNaN(e.alphaQcd())) {
            out.text("A 0 alphaQCD").num(e.alphaQcd()).nl();
        }
        if (!Double.isNaN(e.alphaQed())) {
            out.text("A 0 alphaQED").num(e.alphaQed()).nl();
        }
        if (!Double.isNaN(e.scale())) {
            out.text("A 0 event_scale").num(e.scale()).nl();
        }
        if (e.processId() != 0) {
            out.text("A 0 signal_process_id").num(e.processId()).nl();
        }
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            String key = a.getKey();
            if (!HepMcAttributes.isForeign(key)
                    && !(positionOnELine && key.equals(HepMcAttributes.EVENT_POSITION))) {
                out.text("A 0 ")
                        .text(name(key))
                        .text(" ")
                        .text(HepMc3Strings.escape(a.getValue()))
                        .nl();
            }
        }
    }

    /** Colour flows and attributes of particles (ids 1…n) and vertices (ids −1…−m). */
    private void writeParticleAndVertexAttributes(Event e) {
        List<Particle> ps = e.particles();
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            if (p.colour() != 0) {
                out.text("A").num(i + 1).text(" flow1").num(p.colour()).nl();
            }
            if (p.anticolour() != 0) {
                out.text("A").num(i + 1).text(" flow2").num(p.anticolour()).nl();
            }
            writeAttributes(i + 1, p.attributes());
        }
        List<Vertex> vs = e.vertices();
        for (int k = 0; k < vs.size(); k++) {
            writeAttributes(-(k + 1), vs.get(k).attributes());
        }
    }

    private void writeAttributes(int id, Map<String, String> attributes) {
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            out.text("A")
                    .num(id)
                    .text(" ")
                    .text(name(a.getKey()))
                    .text(" ")
                    .text(HepMc3Strings.escape(a.getValue()))
                    .nl();
        }
    }

    /**
     * The 'P' lines, each preceded by its production vertex's 'V' line the first time that vertex
     * is needed, then the vertices no particle comes from.
     */
    private void writeGraph(List<Particle> ps, List<Vertex> vs) {
        if (written.length < vs.size()) {
            written = new int[Math.max(vs.size(), written.length * 2)];
        }
        java.util.Arrays.fill(written, 0, vs.size(), 0);
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            int v = p.productionVertex();
            if (v >= vs.size()) {
                throw new IllegalArgumentException(
                        "particle " + i + " production vertex " + v + " out of range");
            }
            if (v >= 0 && written[v] == 0) {
                writeVertex(k(v), vs.get(v));
                written[v] = 1;
            }
            out.text("P")
                    .num(i + 1)
                    .num(v >= 0 ? -(v + 1) : 0)
                    .num(p.pdgId())
                    .num(p.momentum().px())
                    .num(p.momentum().py())
                    .num(p.momentum().pz())
                    .num(p.momentum().e())
                    .num(p.mass())
                    .num(p.status())
                    .nl();
        }
        for (int v = 0; v < vs.size(); v++) {
            if (written[v] == 0) {
                writeVertex(k(v), vs.get(v));
            }
        }
    }

    /**
     * The names for the header: the event's own, or else the run's when they are as many as the
     * event's weights; none otherwise (HepMC3's reader refuses a count that differs).
     */
    private List<String> weightNames(Event e) {
        if (!e.weightNames().isEmpty() && e.weightNames().size() == e.weightCount()) {
            return e.weightNames();
        }
        return run.weights().size() == e.weightCount() ? run.weightNames() : List.of();
    }

    private static boolean isFourNumbers(String s) {
        if (s == null) {
            return false;
        }
        String[] parts = s.strip().split("\\s+");
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            try {
                if (!Double.isFinite(Double.parseDouble(p))) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static int k(int v) {
        return -(v + 1);
    }

    private void writeVertex(int id, Vertex v) {
        out.text("V").num(id).num(v.status()).text(" [");
        int[] in = v.incoming();
        for (int j = 0; j < in.length; j++) {
            if (j > 0) {
                out.text(",");
            }
            out.sb().append(in[j] + 1);
        }
        out.text("]");
        Position x = v.position();
        if (!isPositiveZero(x)) {
            out.text(" @").num(x.x()).num(x.y()).num(x.z()).num(x.t());
        }
        out.nl();
    }

    /** True for (+0, +0, +0, +0) only: −0.0 is written, so that it reads back bit for bit. */
    static boolean isPositiveZero(Position x) {
        return Double.doubleToRawLongBits(x.x()) == 0
                && Double.doubleToRawLongBits(x.y()) == 0
                && Double.doubleToRawLongBits(x.z()) == 0
                && Double.doubleToRawLongBits(x.t()) == 0;
    }

    @Override
    protected void writeFooter() {
        if (!headerWritten) {
            writeRunHeader(List.of());
        }
        out.text("HepMC::Asciiv3-END_EVENT_LISTING").nl().nl();
    }

    /** Names are single tokens in Asciiv3; whitespace inside one is replaced by '_'. */
    private static String name(String s) {
        return s.isEmpty() ? "_" : s.replaceAll("\\s", "_");
    }
}
