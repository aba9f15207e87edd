package org.quarryhep.io.hepmc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.RunInfo;
import org.quarryhep.core.Vertex;
import org.quarryhep.io.Compression;
import org.quarryhep.io.internal.AbstractEventWriter;
import org.quarryhep.io.internal.Topology;

/**
 * Writes HepMC2's ASCII format {@code HepMC::IO_GenEvent} in GeV and mm, atomically.
 *
 * <p>Vertices are written in index order with barcode −(index+1), each followed by its orphan
 * incoming particles and then its outgoing particles (ascending index); particle barcodes are
 * index+1. An event read from a HepMC2 file has this order already, so it reads back identically;
 * other events come back with their particles in this order. Events with mothers but no vertices
 * (LHE) get vertices built from the mothers. A particle with neither production nor end vertex
 * cannot be written in HepMC2 and is refused. A NaN scale or coupling is written as −1.
 */
public final class HepMc2Writer extends AbstractEventWriter {
    private static final String DEFAULT_VERSION = "2.06.09";
    private final RunInfo run;

    /**
     * Opens the temporary file and writes the header.
     *
     * @param target the file created on close
     * @param compression the file's compression
     * @param run the run information (HepMC2 keeps only its version)
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public HepMc2Writer(Path target, Compression compression, RunInfo run) {
        super(target, compression);
        this.run = run;
        start();
    }

    @Override
    protected void writeHeader() {
        String version = run.attributes().getOrDefault(HepMcAttributes.VERSION, "");
        out.text("HepMC::Version ").text(version.startsWith("2.") ? version : DEFAULT_VERSION).nl();
        out.text("HepMC::IO_GenEvent-START_EVENT_LISTING").nl();
    }

    @Override
    protected void writeEvent(Event event) {
        Event e = Topology.withVertices(event);
        List<Particle> ps = e.particles();
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            if (p.productionVertex() < 0 && p.endVertex() < 0) {
                throw new IllegalArgumentException(
                        "event "
                                + e.number()
                                + ": particle "
                                + (i + 1)
                                + " ("
                                + p.pdgId()
                                + ") has neither a production nor an end vertex,"
                                + " which HepMC2 cannot hold");
            }
        }
        writeEventLine(e);
        List<String> names = e.weightNames();
        if (!names.isEmpty() && names.size() == e.weightCount()) {
            out.text("N").num(names.size());
            for (String nm : names) {
                out.text(" \"").text(nm.replace('"', '\'')).text("\"");
            }
            out.nl();
        }
        out.text("U GEV MM").nl();
        CrossSection xs = e.crossSection();
        if (xs != null) {
            out.text("C").num(xs.valuePb()).num(xs.errorPb()).nl();
        }
        String heavyIon = e.attributes().get(HepMcAttributes.HEAVY_ION);
        if (heavyIon != null) {
            out.text("H ").text(heavyIon).nl();
        }
        PdfInfo pdf = e.pdfInfo();
        if (pdf != null) {
            HepMcAttributes.pdfInfoFields(out.text("F"), pdf).nl();
        }
        List<Vertex> vs = e.vertices();
        for (int k = 0; k < vs.size(); k++) {
            writeVertexWithParticles(k, vs.get(k), ps);
        }
    }

    /**
     * The 'E' line: number, MPI, scale, α_s, α_QED, process id, signal vertex, vertex count, beams,
     * random states and weights (−1 for a value the event does not have).
     */
    private void writeEventLine(Event e) {
        Map<String, String> attrs = e.attributes();
        List<Particle> ps = e.particles();
        List<Vertex> vs = e.vertices();
        out.text("E").num(e.number()).num(integer(attrs.get(HepMcAttributes.MPI), -1));
        out.num(orMinusOne(e.scale()))
                .num(orMinusOne(e.alphaQcd()))
                .num(orMinusOne(e.alphaQed()))
                .num(e.processId());
        int signal = integer(attrs.get(HepMcAttributes.SIGNAL_VERTEX), 0);
        out.num(signal < 0 && -signal <= vs.size() ? signal : 0);
        out.num(vs.size());
        String beams = attrs.get(HepMcAttributes.BEAM_PARTICLES);
        if (beams != null && beams.strip().split("\\s+").length == 2) {
            String[] b = beams.strip().split("\\s+");
            out.num(beamBarcode(b[0], ps.size())).num(beamBarcode(b[1], ps.size()));
        } else {
            out.num(0).num(0);
        }
        String random = attrs.get(HepMcAttributes.RANDOM_STATES);
        if (random == null || random.isBlank()) {
            out.num(0);
        } else {
            String[] r = random.strip().split("\\s+");
            out.num(r.length);
            for (String s : r) {
                out.text(" ").text(s);
            }
        }
        out.num(e.weightCount());
        for (int k = 0; k < e.weightCount(); k++) {
            out.num(e.weight(k));
        }
        out.nl();
    }

    /** A 'V' line, then its orphan incoming particles and its outgoing particles. */
    private void writeVertexWithParticles(int k, Vertex v, List<Particle> ps) {
        int orphans = 0;
        for (int i : v.incoming()) {
            if (ps.get(i).productionVertex() < 0) {
                orphans++;
            }
        }
        out.text("V")
                .num(-(k + 1))
                .num(v.status())
                .num(v.position().x())
                .num(v.position().y())
                .num(v.position().z())
                .num(v.position().t())
                .num(orphans)
                .num(v.outgoing().length);
        String vw = v.attributes().get(HepMcAttributes.VERTEX_WEIGHTS);
        if (vw == null || vw.isBlank()) {
            out.num(0);
        } else {
            String[] w = vw.strip().split("\\s+");
            out.num(w.length);
            for (String s : w) {
                out.text(" ").text(s);
            }
        }
        out.nl();
        for (int i : v.incoming()) {
            if (ps.get(i).productionVertex() < 0) {
                writeParticle(i, ps.get(i));
            }
        }
        for (int i : v.outgoing()) {
            writeParticle(i, ps.get(i));
        }
    }

    private void writeParticle(int i, Particle p) {
        Map<String, String> a = p.attributes();
        out.text("P")
                .num(i + 1)
                .num(p.pdgId())
                .num(p.momentum().px())
                .num(p.momentum().py())
                .num(p.momentum().pz())
                .num(p.momentum().e())
                .num(p.mass())
                .num(p.status());
        out.num(number(a.get(HepMcAttributes.THETA))).num(number(a.get(HepMcAttributes.PHI)));
        out.num(p.endVertex() >= 0 ? -(p.endVertex() + 1) : 0);
        int flows = (p.colour() != 0 ? 1 : 0) + (p.anticolour() != 0 ? 1 : 0);
        for (String key : a.keySet()) {
            if (flowIndex(key) > 2) {
                flows++;
            }
        }
        out.num(flows);
        if (p.colour() != 0) {
            out.num(1).num(p.colour());
        }
        if (p.anticolour() != 0) {
            out.num(2).num(p.anticolour());
        }
        a.keySet().stream()
                .filter(k -> flowIndex(k) > 2)
                .sorted()
                .forEach(k -> out.num(flowIndex(k)).num(integer(a.get(k), 0)));
        out.nl();
    }

    private static int flowIndex(String key) {
        if (!key.startsWith("flow") || key.length() == 4) {
            return -1;
        }
        try {
            return Integer.parseInt(key.substring(4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int beamBarcode(String index, int n) {
        int i = integer(index, 0);
        return i >= 1 && i <= n ? i : 0;
    }

    private static int integer(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double number(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double orMinusOne(double v) {
        return Double.isNaN(v) ? -1 : v;
    }

    @Override
    protected void writeFooter() {
        out.text("HepMC::IO_GenEvent-END_EVENT_LISTING").nl().nl();
    }
}
