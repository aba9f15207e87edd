package org.quarryhep.gen.treelevel;

import java.util.Locale;
import org.quarryhep.gen.pdf.AlphaS;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.pdf.RunningAlphaS;
import org.quarryhep.gen.process.InvalidParameterException;

/**
 * How α_s(μ) runs in a tree-level process.
 *
 * <p>{@link #PDF} reads the PDF set's own α_s (its table, or its running from {@code AlphaS_MZ} at
 * the set's order): the coupling the PDFs were fitted with, Quarry's default as for the built-in
 * processes. {@link #MADGRAPH} runs as MadGraph5_aMC's {@code alfas_functions.f} does: two loops
 * from α_s(M_Z) of the PDF set, M_Z = 91.188 GeV, n_f = 5 above m_b = 4.7 GeV, 4 down to m_c = 1.42
 * GeV, 3 below. For the LO set NNPDF2.3 (α_s(M_Z) = 0.130, one-loop running in the set) the two
 * differ by 1.6 % at 24 GeV, 3.2 % in α_s², and that is the 2.9 % by which MadGraph's p p → j j σ
 * stood above Quarry's: the AQCDUP of the events in MadGraph 3.5.8's {@code pp_to_jj} LHE file
 * equal the two-loop value at their SCALUP to 1e-6 ({@code MadGraphDijetEventTest}).
 */
public enum AlphaSRunning {
    /** The PDF set's α_s. */
    PDF,
    /** MadGraph's two-loop running from the PDF set's α_s(M_Z). */
    MADGRAPH;

    /** M_Z in MadGraph's α_s running, GeV. */
    static final double MADGRAPH_MZ = 91.188;

    /** MadGraph's flavour thresholds (charm, bottom), GeV; n_f stops at 5. */
    private static final double[] MADGRAPH_THRESHOLDS = {1.42, 4.7, Double.POSITIVE_INFINITY};

    /**
     * The coupling for a PDF set.
     *
     * @param pdf the set the run uses
     * @return α_s(Q)
     */
    public AlphaS coupling(PdfSet pdf) {
        if (this == PDF) {
            return pdf::alphaS;
        }
        return new RunningAlphaS(pdf.alphaS(MADGRAPH_MZ), MADGRAPH_MZ, 2, MADGRAPH_THRESHOLDS, 5);
    }

    /**
     * Reads a name ({@code pdf} or {@code madgraph}).
     *
     * @param name the name, case-insensitive
     * @return the choice
     * @throws InvalidParameterException for another name
     */
    public static AlphaSRunning parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "pdf" -> PDF;
            case "madgraph" -> MADGRAPH;
            default ->
                    throw new InvalidParameterException(
                            "--alphas-running: expected pdf or madgraph, found '" + name + "'");
        };
    }

    /** The name {@link #parse} reads. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
