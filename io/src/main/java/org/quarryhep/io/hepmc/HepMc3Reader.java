package org.quarryhep.io.hepmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;
import org.quarryhep.core.Units;
import org.quarryhep.io.Compression;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventFormatException;
import org.quarryhep.io.ReadOptions;
import org.quarryhep.io.internal.LineReader;

/**
 * Reads HepMC3's ASCII format {@code HepMC::Asciiv3} (A. Buckley et al., arXiv:1912.08005).
 *
 * <p>Header lines give the run: {@code W} weight names, {@code T} tools, {@code A} run attributes.
 * Each event is an {@code E} line followed by {@code U} (units, converted to GeV and mm here),
 * {@code W} (weights), {@code A} (attributes), {@code V} and {@code P} lines. A {@code P} line
 * whose parent is a particle id makes an implicit vertex, which takes the lowest vertex id no
 * {@code V} line uses. Known event attributes become typed fields: {@code GenCrossSection}, {@code
 * GenPdfInfo}, {@code alphaQCD}, {@code alphaQED}, {@code event_scale}, {@code signal_process_id};
 * particle attributes {@code flow1}/{@code flow2} become colour/anticolour. The rest is kept as raw
 * attribute strings.
 */
public final class HepMc3Reader extends HepMcAsciiReader {
    private final RunInfo runInfo;
    private final List<String> weightNames;
    private int[] flow1 = new int[256];
    private int[] flow2 = new int[256];
    private int flowUsed;
    private final HepMc3Topology topology = new HepMc3Topology();
    // The state of the event being read: its units and the attributes kept for its end.
    private double momentumUnit;
    private double lengthUnit;
    private final List<String[]> eventAttributes = new ArrayList<>();
    private final List<Object[]> otherAttributes = new ArrayList<>();

    /**
     * Reads the header.
     *
     * @param lines the decompressed lines, positioned at the start
     * @param compression the file's compression (reported only)
     * @param options strict or lenient
     * @throws EventFormatException when the header is malformed
     */
    public HepMc3Reader(LineReader lines, Compression compression, ReadOptions options) {
        super(lines, compression, options, "HepMC::Asciiv3");
        this.runInfo = HepMc3Header.read(lines, cursor);
        this.weightNames = runInfo.weightNames();
    }

    @Override
    public RunInfo runInfo() {
        return runInfo;
    }

    @Override
    public EventFormat format() {
        return EventFormat.HEPMC3;
    }

    /** What the 'E' line declares: counts, and the event position in the file's length unit. */
    private record EventLine(Event.Builder builder, int vertices, int particles, double[] shift) {}

    @Override
    protected Event readEvent() {
        if (!nextEventLine()) {
            return null;
        }
        EventLine e = readEventLine();
        g.clear();
        // Arrays grow with what the event holds, not with what its E line claims, so that a
        // garbage count cannot exhaust memory; only the part used last time is cleared.
        Arrays.fill(flow1, 0, flowUsed, 0);
        Arrays.fill(flow2, 0, flowUsed, 0);
        flowUsed = 0;
        topology.clear();
        momentumUnit = Units.GEV;
        lengthUnit = Units.MM;
        eventAttributes.clear();
        otherAttributes.clear();
        Event.Builder b = e.builder();
        readEventBody(e);
        if (e.shift() != null) {
            // The E line comes before the U line: its position takes the event's length unit.
            double[] shift = e.shift();
            b.optAttribute(
                    HepMcAttributes.EVENT_POSITION,
                    shift[0] * lengthUnit
                            + " "
                            + shift[1] * lengthUnit
                            + " "
                            + shift[2] * lengthUnit
                            + " "
                            + shift[3] * lengthUnit);
        }
        if (g.n != e.particles()) {
            throw errorAt(
                    "'E' line declares " + e.particles() + " particles but the event has " + g.n,
                    eventStartLine());
        }
        topology.resolve(g, e.vertices(), lines.source(), eventStartLine());
        System.arraycopy(flow1, 0, g.colour, 0, Math.min(g.n, flowUsed));
        System.arraycopy(flow2, 0, g.anticolour, 0, Math.min(g.n, flowUsed));
        attachParticleAndVertexAttributes();
        for (String[] a : eventAttributes) {
            HepMc3EventAttributes.apply(b, a[0], a[1], lines.source(), eventStartLine());
        }
        g.fill(b);
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            throw errorAt("inconsistent event: " + ex.getMessage(), eventStartLine());
        }
    }

    /** Parses the 'E' line at the cursor's line. */
    private EventLine readEventLine() {
        cursor.reset().lineType();
        long number = cursor.nextLong("event number");
        int nVertices = cursor.nextInt("number of vertices");
        int nParticles = cursor.nextInt("number of particles");
        if (nVertices < 0 || nVertices > MAX_COUNT || nParticles < 0 || nParticles > MAX_COUNT) {
            throw error(
                    "vertex and particle counts must be between 0 and "
                            + MAX_COUNT
                            + ", got "
                            + nVertices
                            + " and "
                            + nParticles);
        }
        double[] shift = null;
        if (!cursor.atEnd()) {
            cursor.expect('@', "before the event position");
            shift =
                    new double[] {
                        cursor.nextDouble("event position x"),
                        cursor.nextDouble("event position y"),
                        cursor.nextDouble("event position z"),
                        cursor.nextDouble("event position t")
                    };
        }
        if (!cursor.atEnd()) {
            throw error(
                    "unexpected text at the end of the 'E' line: '" + clip(cursor.rest()) + "'");
        }
        return new EventLine(Event.builder().optNumber(number), nVertices, nParticles, shift);
    }

    /** Reads the lines after the 'E' line up to the next event, the footer or the end. */
    private void readEventBody(EventLine e) {
        int nParticles = e.particles();
        while (true) {
            if (!lines.next()) {
                if (g.n == nParticles) {
                    return;
                }
                throw error(
                        "file ends inside the event started at line "
                                + eventStartLine()
                                + " after "
                                + g.n
                                + " of its "
                                + nParticles
                                + " particles (truncated?)");
            }
            int c = lines.firstChar();
            if (c == 'E' || c == 'H') {
                lines.unread();
                return;
            }
            if (c < 0) {
                continue;
            }
            cursor.reset().lineType();
            switch (c) {
                case 'P' -> readParticle(nParticles, momentumUnit);
                case 'V' -> readVertex(e.vertices(), nParticles, lengthUnit);
                case 'A' -> readAttribute(nParticles);
                case 'W' -> readWeights(e.builder());
                case 'U' -> {
                    EventUnits units = readUnits();
                    momentumUnit = units.momentum();
                    lengthUnit = units.length();
                }
                case 'T' -> throw error("'T' (tool) line inside an event");
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

    /**
     * An 'A' line: a colour flow is stored at once, any other attribute is kept until the event's
     * particles and vertices exist.
     */
    private void readAttribute(int nParticles) {
        int id = cursor.nextInt("attribute id");
        int flow = id <= 0 ? 0 : cursor.nextIs("flow1") ? 1 : cursor.nextIs("flow2") ? 2 : 0;
        if (flow > 0) {
            readFlow(id, flow, nParticles);
            return;
        }
        String name = cursor.token("attribute name");
        if (id == 0) {
            eventAttributes.add(new String[] {name, cursor.rest()});
        } else {
            otherAttributes.add(new Object[] {id, name, HepMc3Strings.unescape(cursor.rest())});
        }
    }

    /** One colour-flow line per particle in Pythia files: stored in arrays, no objects made. */
    private void readFlow(int id, int flow, int nParticles) {
        if (id > nParticles) {
            throw error(
                    "attribute flow"
                            + flow
                            + " for particle "
                            + id
                            + ", but the 'E' line declares "
                            + nParticles
                            + " particles");
        }
        int value = cursor.nextInt("flow" + flow);
        if (!cursor.atEnd()) {
            throw error("unexpected text after flow" + flow + ": '" + clip(cursor.rest()) + "'");
        }
        if (id > flow1.length) {
            int grown = Math.max(id, 2 * flow1.length);
            flow1 = Arrays.copyOf(flow1, grown);
            flow2 = Arrays.copyOf(flow2, grown);
        }
        (flow == 1 ? flow1 : flow2)[id - 1] = value;
        flowUsed = Math.max(flowUsed, id);
    }

    /** A 'W' line: the event's weights, named by the run's names when the counts agree. */
    private void readWeights(Event.Builder b) {
        List<Double> w = new ArrayList<>();
        while (!cursor.atEnd()) {
            w.add(cursor.nextDouble("weight"));
        }
        double[] ws = new double[w.size()];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = w.get(i);
        }
        b.optWeights(ws);
        if (weightNames.size() == ws.length) {
            b.optWeightNames(weightNames);
        }
    }

    /** Attaches the kept particle (id &gt; 0) and vertex (id &lt; 0) attributes. */
    private void attachParticleAndVertexAttributes() {
        for (Object[] a : otherAttributes) {
            int id = (Integer) a[0];
            String name = (String) a[1];
            if (id > 0) {
                if (id > g.n) {
                    throw errorAt(
                            "attribute '"
                                    + name
                                    + "' for particle "
                                    + id
                                    + ", but the event"
                                    + " has "
                                    + g.n
                                    + " particles",
                            eventStartLine());
                }
                g.particleAttribute(id - 1, name, (String) a[2]);
            } else {
                if (-id > g.nv) {
                    throw errorAt(
                            "attribute '"
                                    + name
                                    + "' for vertex "
                                    + id
                                    + ", but the event"
                                    + " has "
                                    + g.nv
                                    + " vertices",
                            eventStartLine());
                }
                g.vertexAttribute(-id - 1, name, (String) a[2]);
            }
        }
    }

    private void readParticle(int nParticles, double unit) {
        int id = cursor.nextInt("particle id");
        if (id != g.n + 1) {
            throw error("particle id " + id + " out of sequence; expected " + (g.n + 1));
        }
        if (id > nParticles) {
            throw error("more particles than the " + nParticles + " the 'E' line declares");
        }
        int mother = cursor.nextInt("parent id");
        int pdg = cursor.nextInt("PDG id");
        double x = cursor.nextDouble("px") * unit;
        double y = cursor.nextDouble("py") * unit;
        double z = cursor.nextDouble("pz") * unit;
        double e = cursor.nextDouble("energy") * unit;
        double m = cursor.nextDouble("mass") * unit;
        int status = cursor.nextInt("status");
        if (!cursor.atEnd()) {
            throw error("unexpected text after the status: '" + clip(cursor.rest()) + "'");
        }
        int k = g.addParticle(pdg, status, x, y, z, e, m);
        topology.parent(k, mother);
    }

    private void readVertex(int nVertices, int nParticles, double unit) {
        int id = cursor.nextInt("vertex id");
        if (id >= 0 || -id > nVertices) {
            throw error(
                    "vertex id "
                            + id
                            + " outside -1.."
                            + (-nVertices)
                            + " (the 'E' line declares "
                            + nVertices
                            + " vertices)");
        }
        int k = -id - 1;
        if (k < g.nv && g.vdefined[k]) {
            throw error("vertex " + id + " defined twice");
        }
        int status = cursor.nextInt("vertex status");
        cursor.expect('[', "opening the incoming-particle list");
        int[] in = new int[4];
        int count = 0;
        if (cursor.peek() == ']') {
            cursor.expect(']', "closing the incoming-particle list");
        } else {
            while (true) {
                int pid = cursor.nextListInt("incoming particle id");
                if (pid < 1 || pid > nParticles) {
                    throw error("incoming particle id " + pid + " outside 1.." + nParticles);
                }
                if (count == in.length) {
                    in = Arrays.copyOf(in, count * 2);
                }
                in[count++] = pid - 1;
                int next = cursor.peek();
                if (next == ',') {
                    cursor.expect(',', "between incoming particle ids");
                } else {
                    cursor.expect(']', "closing the incoming-particle list");
                    break;
                }
            }
        }
        double x = 0;
        double y = 0;
        double z = 0;
        double t = 0;
        if (!cursor.atEnd()) {
            cursor.expect('@', "before the vertex position");
            x = cursor.nextDouble("vertex x") * unit;
            y = cursor.nextDouble("vertex y") * unit;
            z = cursor.nextDouble("vertex z") * unit;
            t = cursor.nextDouble("vertex t") * unit;
            if (!cursor.atEnd()) {
                throw error(
                        "unexpected text after the vertex position: '" + clip(cursor.rest()) + "'");
            }
        }
        g.setVertex(k, status, x, y, z, t);
        topology.incoming(k, Arrays.copyOf(in, count));
    }
}
