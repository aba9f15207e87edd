package org.quarryhep.io.hepmc;

import org.quarryhep.core.PdfInfo;
import org.quarryhep.io.internal.TextOutput;

/**
 * Names shared by the HepMC readers and writers for values Quarry keeps as attributes, and the
 * field order of the PDF information both formats write.
 */
final class HepMcAttributes {
    private HepMcAttributes() {}

    /** Run attribute: the HepMC version line of the file read. */
    static final String VERSION = "hepmc.version";

    /** Event attribute (HepMC3 name): the HepMC2 number of multi-parton interactions. */
    static final String MPI = "mpi";

    /** Event attribute (HepMC3 name): the signal vertex as a HepMC3 vertex id (−1-based). */
    static final String SIGNAL_VERTEX = "signal_process_vertex";

    /** Event attribute: HepMC2 random states, space-separated. */
    static final String RANDOM_STATES = "random_states";

    /** Event attribute: the 1-based indices of the two HepMC2 beam particles, "i j". */
    static final String BEAM_PARTICLES = "beam_particles";

    /** Event attribute: HepMC2 heavy-ion line values, raw. */
    static final String HEAVY_ION = "GenHeavyIon";

    /** Event attribute: HepMC3 event position "x y z t" from the E line. */
    static final String EVENT_POSITION = "event_position";

    /** Vertex attribute: HepMC2 vertex weights, space-separated. */
    static final String VERTEX_WEIGHTS = "weights";

    /** Particle attribute (HepMC3 name): polarisation θ. */
    static final String THETA = "theta";

    /** Particle attribute (HepMC3 name): polarisation φ. */
    static final String PHI = "phi";

    /** Prefix of attributes that belong to LHE files and are not written into HepMC files. */
    static final String LHE_PREFIX = "lhe.";

    /** True for attributes that are not written into HepMC files. */
    static boolean isForeign(String key) {
        return key.startsWith(LHE_PREFIX) || key.equals(VERSION);
    }

    /** The HepMC2 flow index of colour ({@code flow1}) and anticolour ({@code flow2}). */
    static String flowName(int index) {
        return "flow" + index;
    }

    /**
     * Writes the nine values of HepMC's PDF information (parton ids, x, scale, x·f, LHAPDF ids), in
     * the order HepMC2's F line and HepMC3's GenPdfInfo attribute share.
     */
    static TextOutput pdfInfoFields(TextOutput out, PdfInfo pdf) {
        return out.num(pdf.parton1())
                .num(pdf.parton2())
                .num(pdf.x1())
                .num(pdf.x2())
                .num(pdf.scale())
                .num(pdf.xf1())
                .num(pdf.xf2())
                .num(pdf.pdfId1())
                .num(pdf.pdfId2());
    }
}
