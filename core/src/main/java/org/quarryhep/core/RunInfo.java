package org.quarryhep.core;

import java.util.List;
import java.util.Map;

/**
 * What a file says about the whole run: generator, beams, PDFs, the processes with their cross
 * sections, and the names of the event weights (LHE {@code <init>} and header, HepMC3 GenRunInfo).
 *
 * @param generator the generator's name and version as written (empty when unknown)
 * @param beam1 first beam
 * @param beam2 second beam
 * @param pdfGroup1 LHE PDFGUP of beam 1 (0 when unknown)
 * @param pdfGroup2 LHE PDFGUP of beam 2
 * @param pdfSet1 LHE PDFSUP (LHAPDF id) of beam 1 (0 or −1 when unknown)
 * @param pdfSet2 LHE PDFSUP of beam 2
 * @param weightingStrategy LHE IDWTUP (0 when not an LHE run)
 * @param processes processes with their cross sections
 * @param weights descriptions of the named weights, in event order
 * @param tools HepMC3 tool records (name, version, description)
 * @param header raw header text kept for writing back (LHE {@code <header>}; may be empty)
 * @param attributes further run attributes as written
 */
public record RunInfo(
        String generator,
        Beam beam1,
        Beam beam2,
        int pdfGroup1,
        int pdfGroup2,
        int pdfSet1,
        int pdfSet2,
        int weightingStrategy,
        List<ProcessInfo> processes,
        List<WeightInfo> weights,
        List<Tool> tools,
        String header,
        Map<String, String> attributes) {

    /** Normalises null collections to empty ones and copies the rest. */
    public RunInfo {
        generator = generator == null ? "" : generator;
        beam1 = beam1 == null ? Beam.UNKNOWN : beam1;
        beam2 = beam2 == null ? Beam.UNKNOWN : beam2;
        processes = processes == null ? List.of() : List.copyOf(processes);
        weights = weights == null ? List.of() : List.copyOf(weights);
        tools = tools == null ? List.of() : List.copyOf(tools);
        header = header == null ? "" : header;
        attributes = OrderedMaps.copyOf(attributes);
    }

    /** A run about which nothing is known. */
    public static final RunInfo EMPTY =
            new RunInfo("", null, null, 0, 0, 0, 0, 0, null, null, null, "", null);

    /** √s in GeV from the beam energies, assuming head-on massless beams. */
    public double sqrtS() {
        return 2 * Math.sqrt(beam1.energy() * beam2.energy());
    }

    /** Sum of the processes' cross sections, pb (NaN when no process is listed). */
    public double totalCrossSectionPb() {
        if (processes.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (ProcessInfo p : processes) {
            s += p.crossSectionPb();
        }
        return s;
    }

    /** The weight names in event order. */
    public List<String> weightNames() {
        return weights.stream().map(WeightInfo::name).toList();
    }

    /**
     * One beam.
     *
     * @param pdgId the beam particle's PDG code (2212 for protons)
     * @param energy beam energy, GeV
     */
    public record Beam(int pdgId, double energy) {
        /** A beam about which nothing is known. */
        public static final Beam UNKNOWN = new Beam(0, 0);
    }

    /**
     * One process of the run (an LHE {@code <init>} process line).
     *
     * @param id process id (LPRUP)
     * @param crossSectionPb cross section (XSECUP), pb
     * @param crossSectionErrorPb its uncertainty (XERRUP), pb
     * @param maxWeight the maximum weight (XMAXUP)
     */
    public record ProcessInfo(
            int id, double crossSectionPb, double crossSectionErrorPb, double maxWeight) {}

    /**
     * A named event weight (LHE {@code <initrwgt>} weight, HepMC3 weight name).
     *
     * @param name the weight's id or name
     * @param description the text describing it (may be empty)
     * @param group the weight group it belongs to (may be empty)
     */
    public record WeightInfo(String name, String description, String group) {}

    /**
     * A tool that made the file (HepMC3 run-info tool).
     *
     * @param name tool name
     * @param version tool version
     * @param description free text
     */
    public record Tool(String name, String version, String description) {}
}
