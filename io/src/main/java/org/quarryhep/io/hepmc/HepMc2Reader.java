package org.quarryhep.io.hepmc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.RunInfo;
import org.quarryhep.core.Units;
import org.quarryhep.io.Compression;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventFormatException;
import org.quarryhep.io.ReadOptions;
import org.quarryhep.io.internal.LineReader;

/**
 * Reads HepMC2's ASCII format {@code HepMC::IO_GenEvent} (HepMC 2.06 user manual, section 6).
 *
 * <p>Line types: {@code E} (event: number, MPI, scale, α_s, α_QED, process id, signal vertex,
 * vertex count, beams, random states, weights), {@code N} (weight names), {@code U} (units,
 * converted to GeV and mm here), {@code C} (cross section), {@code H} (heavy ion, kept raw), {@code
 * F} (PDF information), {@code V} (vertex, followed by its orphan incoming and its outgoing
 * particles) and {@code P} (particle, with polarisation and colour flows). Barcodes are not kept;
 * the signal vertex and beams become the attributes {@code signal_process_vertex} (a HepMC3 vertex
 * id) and {@code beam_particles} (1-based particle indices); flow 1 and 2 become colour and
 * anticolour.
 */
public final class HepMc2Reader extends HepMcAsciiReader {
    private final RunInfo runInfo;
    private final Map<Integer, Integer> vertexByBarcode = new HashMap<>();
    private final Map<Integer, Integer> particleByBarcode = new HashMap<>();
    private int[] endBarcode = new int[256];
    // The state of the event being read: units, and the vertex whose particles are being read.
    private double momentumUnit;
    private double lengthUnit;
    private int orphansLeft;
    private int outLeft;
    private int current;
    private int currentBarcode;

    /**
     * Reads the header.
     *
     * @param lines the decompressed lines, positioned at the start
     * @param compression the file's compression (reported only)
     * @param options strict or lenient
     * @throws EventFormatException when the header is malformed
     */
    public HepMc2Reader(LineReader lines, Compression compression, ReadOptions options) {
        super(lines, compression, options, "HepMC::IO_GenEvent");
        String version = "";
        boolean started = false;
        while (lines.next()) {
            if (lines.isBlank()) {
                continue;
            }
            if (lines.startsWith("HepMC::Version")) {
                cursor.reset().token("HepMC::Version");
                version = cursor.rest();
                continue;
            }
            if (lines.startsWith("HepMC::IO_GenEvent-START_EVENT_LISTING")) {
                started = true;
                break;
            }
            throw error(
                    "expected 'HepMC::IO_GenEvent-START_EVENT_LISTING', found '"
                            + clip(lines.line())
                            + "'");
        }
        if (!started) {
            throw error("file ends before 'HepMC::IO_GenEvent-START_EVENT_LISTING'");
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        if (!version.isEmpty()) {
            attrs.put(HepMcAttributes.VERSION, version);
        }
        this.runInfo = new RunInfo("", null, null, 0, 0, 0, 0, 0, null, null, null, "", attrs);
    }

    @Override
    public RunInfo runInfo() {
        return runInfo;
    }

    @Override
    public EventFormat format() {
        return EventFormat.HEPMC2;
    }

    /** What the 'E' line declares, checked against the lines that follow. */
    private record EventLine(
            Event.Builder builder,
            int signalBarcode,
            int vertices,
            int beam1,
            int beam2,
            int weights) {}

    @Override
    protected Event readEvent() {
        if (!nextEventLine()) {
            return null;
        }
        EventLine e = readEventLine();
        g.clear();
        vertexByBarcode.clear();
        particleByBarcode.clear();
        momentumUnit = Units.GEV;
        lengthUnit = Units.MM;
        orphansLeft = 0;
        outLeft = 0;
        current = -1;
        currentBarcode = 0;
        readEventBody(e);
        if (orphansLeft > 0 || outLeft > 0) {
            throw errorAt(
                    "vertex "
                            + currentBarcode
                            + " lacks "
                            + (orphansLeft + outLeft)
                            + " of its particles",
                    lines.lineNumber());
        }
        if (g.nv != e.vertices()) {
            throw errorAt(
                    "'E' line declares " + e.vertices() + " vertices but the event has " + g.nv,
                    eventStartLine());
        }
        linkParticleEnds();
        Event.Builder b = e.builder();
        b.optAttribute(HepMcAttributes.SIGNAL_VERTEX, signalVertex(e.signalBarcode()));
        if (e.beam1() != 0 || e.beam2() != 0) {
            b.optAttribute(HepMcAttributes.BEAM_PARTICLES, beam(e.beam1()) + " " + beam(e.beam2()));
        }
        g.fill(b);
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            throw errorAt("inconsistent event: " + ex.getMessage(), eventStartLine());
        }
    }

    /** Parses the 'E' line at the cursor's line into a builder and the declared counts. */
    private EventLine readEventLine() {
        cursor.reset().lineType();
        Event.Builder b = Event.builder().optNumber(cursor.nextLong("event number"));
        int mpi = cursor.nextInt("number of multi-parton interactions");
        b.optScale(cursor.nextDouble("event scale"));
        b.optAlphaQcd(cursor.nextDouble("alpha_QCD"));
        b.optAlphaQed(cursor.nextDouble("alpha_QED"));
        b.optProcessId(cursor.nextInt("signal process id"));
        int signalBarcode = cursor.nextInt("signal vertex barcode");
        int nVertices = cursor.nextInt("number of vertices");
        int beam1 = cursor.nextInt("beam 1 barcode");
        int beam2 = cursor.nextInt("beam 2 barcode");
        int nRandom = cursor.nextInt("number of random states");
        if (nVertices < 0 || nVertices > MAX_COUNT || nRandom < 0 || nRandom > 1000) {
            throw error(
                    "bad counts on the 'E' line: "
                            + nVertices
                            + " vertices, "
                            + nRandom
                            + " random states");
        }
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < nRandom; i++) {
            random.append(i == 0 ? "" : " ").append(cursor.nextLong("random state"));
        }
        int nWeights = cursor.nextInt("number of weights");
        if (nWeights < 0 || nWeights > 100_000) {
            throw error("bad number of weights: " + nWeights);
        }
        double[] weights = new double[nWeights];
        for (int i = 0; i < nWeights; i++) {
            weights[i] = cursor.nextDouble("weight");
        }
        if (!cursor.atEnd()) {
            throw error(
                    "unexpected text at the end of the 'E' line: '" + clip(cursor.rest()) + "'");
        }
        b.optWeights(weights);
        b.optAttribute(HepMcAttributes.MPI, Integer.toString(mpi));
        if (nRandom > 0) {
            b.optAttribute(HepMcAttributes.RANDOM_STATES, random.toString());
        }
        return new EventLine(b, signalBarcode, nVertices, beam1, beam2, nWeights);
    }

    /** Reads the lines after the 'E' line up to the next event, the footer or the end. */
    private void readEventBody(EventLine e) {
        Event.Builder b = e.builder();
        while (true) {
            if (!lines.next()) {
                if (orphansLeft == 0 && outLeft == 0 && g.nv == e.vertices()) {
                    return;
                }
                throw error(
                        "file ends inside the event started at line "
                                + eventStartLine()
                                + " (truncated?)");
            }
            int c = lines.firstChar();
            if (c == 'E' || c == 'H' && lines.startsWith("HepMC::")) {
                lines.unread();
                return;
            }
            if (c < 0) {
                continue;
            }
            cursor.reset().lineType();
            switch (c) {
                case 'N' -> b.optWeightNames(readWeightNames(e.weights()));
                case 'U' -> {
                    EventUnits units = readUnits();
                    momentumUnit = units.momentum();
                    lengthUnit = units.length();
                }
                case 'C' -> {
                    double xs = cursor.nextDouble("cross section");
                    double err = cursor.nextDouble("cross-section error");
                    b.optCrossSection(new CrossSection(xs, err));
                }
                case 'H' -> b.optAttribute(HepMcAttributes.HEAVY_ION, cursor.rest());
                case 'F' -> b.optPdfInfo(readPdfInfo());
                case 'V' -> readVertex(e.vertices());
                case 'P' -> readParticleOfVertex();
                default ->
                        throw error(
                                "unknown line type '"
                                        + (char) c
                                        + "' in event started at"
                                        + " line "
                                        + eventStartLine());
            }
        }
    }

    /** The 'N' line's names, as many as the 'E' line's weights. */
    private List<String> readWeightNames(int nWeights) {
        int n = cursor.nextInt("number of weight names");
        if (n < 0 || n > 100_000) {
            throw error("bad number of weight names: " + n);
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(quoted());
        }
        if (n != nWeights) {
            throw error("'N' line names " + n + " weights but the 'E' line has " + nWeights);
        }
        return names;
    }

    /** The 'F' line (the PDF set ids are optional in old files). */
    private PdfInfo readPdfInfo() {
        int id1 = cursor.nextInt("PDF parton 1");
        int id2 = cursor.nextInt("PDF parton 2");
        double x1 = cursor.nextDouble("x1");
        double x2 = cursor.nextDouble("x2");
        double q = cursor.nextDouble("PDF scale");
        double xf1 = cursor.nextDouble("xf1");
        double xf2 = cursor.nextDouble("xf2");
        int pdf1 = cursor.atEnd() ? 0 : cursor.nextInt("PDF set 1");
        int pdf2 = cursor.atEnd() ? 0 : cursor.nextInt("PDF set 2");
        return new PdfInfo(id1, id2, x1, x2, q, xf1, xf2, pdf1, pdf2);
    }

    /** A 'V' line: the previous vertex must be complete; this one becomes the current one. */
    private void readVertex(int nVertices) {
        if (orphansLeft > 0 || outLeft > 0) {
            throw error(
                    "vertex "
                            + currentBarcode
                            + " lacks "
                            + (orphansLeft + outLeft)
                            + " of its particles");
        }
        if (g.nv >= nVertices) {
            throw error("more vertices than the " + nVertices + " the 'E' line declares");
        }
        currentBarcode = cursor.nextInt("vertex barcode");
        int status = cursor.nextInt("vertex id");
        double x = cursor.nextDouble("vertex x") * lengthUnit;
        double y = cursor.nextDouble("vertex y") * lengthUnit;
        double z = cursor.nextDouble("vertex z") * lengthUnit;
        double t = cursor.nextDouble("vertex t") * lengthUnit;
        orphansLeft = cursor.nextInt("number of orphan incoming particles");
        outLeft = cursor.nextInt("number of outgoing particles");
        int nw = cursor.nextInt("number of vertex weights");
        if (orphansLeft < 0
                || outLeft < 0
                || nw < 0
                || nw > 100_000
                || (long) orphansLeft + outLeft > MAX_COUNT) {
            throw error(
                    "bad vertex counts: "
                            + orphansLeft
                            + " orphans, "
                            + outLeft
                            + " outgoing, "
                            + nw
                            + " weights");
        }
        StringBuilder vw = new StringBuilder();
        for (int i = 0; i < nw; i++) {
            vw.append(i == 0 ? "" : " ").append(cursor.nextDouble("vertex weight"));
        }
        if (!cursor.atEnd()) {
            throw error(
                    "unexpected text at the end of the 'V' line: '" + clip(cursor.rest()) + "'");
        }
        current = g.nv;
        if (vertexByBarcode.put(currentBarcode, current) != null) {
            throw error("vertex barcode " + currentBarcode + " used twice");
        }
        g.setVertex(current, status, x, y, z, t);
        if (nw > 0) {
            g.vertexAttribute(current, HepMcAttributes.VERTEX_WEIGHTS, vw.toString());
        }
    }

    /** A 'P' line: an orphan incoming particle of the current vertex, or one of its outgoing. */
    private void readParticleOfVertex() {
        if (current < 0) {
            throw error("'P' line before any 'V' line");
        }
        if (orphansLeft == 0 && outLeft == 0) {
            throw error(
                    "vertex " + currentBarcode + " declares fewer particles than" + " follow it");
        }
        int k = readParticle(momentumUnit);
        if (orphansLeft > 0) {
            orphansLeft--;
            if (endBarcode[k] != currentBarcode) {
                throw error(
                        "orphan incoming particle must end at vertex "
                                + currentBarcode
                                + ", but ends at "
                                + endBarcode[k]);
            }
        } else {
            outLeft--;
            g.production[k] = current;
        }
    }

    /** Turns each particle's end-vertex barcode into the vertex's index. */
    private void linkParticleEnds() {
        for (int i = 0; i < g.n; i++) {
            int bc = endBarcode[i];
            if (bc != 0) {
                Integer k = vertexByBarcode.get(bc);
                if (k == null) {
                    throw errorAt(
                            "particle "
                                    + (i + 1)
                                    + " ends at vertex barcode "
                                    + bc
                                    + ", which the event does not have",
                            eventStartLine());
                }
                g.end[i] = k;
            }
        }
    }

    private String signalVertex(int barcode) {
        if (barcode == 0) {
            return "0";
        }
        Integer k = vertexByBarcode.get(barcode);
        if (k == null) {
            throw errorAt(
                    "signal vertex barcode " + barcode + " is not in the event", eventStartLine());
        }
        return Integer.toString(-(k + 1));
    }

    private int beam(int barcode) {
        if (barcode == 0) {
            return 0;
        }
        Integer k = particleByBarcode.get(barcode);
        if (k == null) {
            throw errorAt(
                    "beam particle barcode " + barcode + " is not in the event", eventStartLine());
        }
        return k + 1;
    }

    private int readParticle(double unit) {
        int barcode = cursor.nextInt("particle barcode");
        int pdg = cursor.nextInt("PDG id");
        double x = cursor.nextDouble("px") * unit;
        double y = cursor.nextDouble("py") * unit;
        double z = cursor.nextDouble("pz") * unit;
        double e = cursor.nextDouble("energy") * unit;
        double m = cursor.nextDouble("generated mass") * unit;
        int status = cursor.nextInt("status");
        double theta = cursor.nextDouble("polarisation theta");
        double phi = cursor.nextDouble("polarisation phi");
        int end = cursor.nextInt("end vertex barcode");
        int nFlow = cursor.nextInt("number of flows");
        if (nFlow < 0 || nFlow > 1000) {
            throw error("bad number of flows: " + nFlow);
        }
        int k = g.addParticle(pdg, status, x, y, z, e, m);
        if (particleByBarcode.put(barcode, k) != null) {
            throw error("particle barcode " + barcode + " used twice");
        }
        for (int i = 0; i < nFlow; i++) {
            int index = cursor.nextInt("flow index");
            int value = cursor.nextInt("flow value");
            if (index == 1) {
                g.colour[k] = value;
            } else if (index == 2) {
                g.anticolour[k] = value;
            } else {
                g.particleAttribute(k, HepMcAttributes.flowName(index), Integer.toString(value));
            }
        }
        if (!cursor.atEnd()) {
            throw error(
                    "unexpected text at the end of the 'P' line: '" + clip(cursor.rest()) + "'");
        }
        if (theta != 0) {
            g.particleAttribute(k, HepMcAttributes.THETA, Double.toString(theta));
        }
        if (phi != 0) {
            g.particleAttribute(k, HepMcAttributes.PHI, Double.toString(phi));
        }
        if (k >= endBarcode.length) {
            endBarcode = java.util.Arrays.copyOf(endBarcode, endBarcode.length * 2);
        }
        endBarcode[k] = end;
        return k;
    }

    /** A double-quoted weight name (may contain spaces). */
    private String quoted() {
        cursor.expect('"', "opening a weight name");
        return cursor.untilQuote();
    }
}
