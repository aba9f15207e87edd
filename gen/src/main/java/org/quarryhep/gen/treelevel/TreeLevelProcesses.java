package org.quarryhep.gen.treelevel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.InvalidParameterException;
import org.quarryhep.gen.process.ProcessCatalog;

/**
 * Creates {@link TreeLevelProcess}es for {@code quarry generate --process "<MadGraph string>"},
 * next to the built-in processes of {@link ProcessCatalog}.
 */
public final class TreeLevelProcesses {
    private TreeLevelProcesses() {}

    /** The LHE process id (IDPRUP) of a tree-level process: one id for all its subprocesses. */
    public static final int PROCESS_ID = 100;

    /**
     * The cuts of MadGraph's default run card (MG5_aMC 3.x {@code run_card.dat}: ptj = 20, etaj =
     * 5, drjj = 0.4, ptl = 10, etal = 2.5, drll = 0.4, drjl = 0.4 — the values in the 3.5.8 run
     * card of the shared {@code pp_to_jj} LHE file for the jet cuts), applied unless the user sets
     * another value (−1 switches a cut off): they keep the soft and collinear poles of processes
     * with jets and the photon pole of lepton pairs out of the integral, as in MadGraph.
     */
    public static final Map<String, Double> RUN_CARD_DEFAULTS;

    static {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("ptj", 20.0);
        m.put("etaj", 5.0);
        m.put("drjj", 0.4);
        m.put("ptl", 10.0);
        m.put("etal", 2.5);
        m.put("drll", 0.4);
        m.put("drjl", 0.4);
        RUN_CARD_DEFAULTS = Collections.unmodifiableMap(m);
    }

    /** Whether a {@code --process} value is a MadGraph process string rather than a name. */
    public static boolean isProcessString(String process) {
        return process.contains(">");
    }

    /**
     * The cuts a tree-level run applies: MadGraph's run-card defaults, overridden by the user's.
     *
     * @param user the user's cuts (run-card names)
     * @return the merged cuts
     */
    public static GeneratorCuts cuts(Map<String, Double> user) {
        Map<String, Double> m = new LinkedHashMap<>(RUN_CARD_DEFAULTS);
        m.putAll(user);
        return new GeneratorCuts(m);
    }

    /**
     * Creates a process.
     *
     * @param process the MadGraph process string
     * @param params model parameters by MadGraph param-card name ({@code MZ}, {@code MT}, {@code
     *     WT}, {@code MH}, …), and MadGraph's run-card {@code bwcutoff} (default 15: decay-chain
     *     resonances within, {@code $ x} resonances outside 15 widths of the mass) and {@code
     *     vegas_per_channel} (1: a VEGAS grid per phase-space channel, 0: one shared grid, the
     *     default); α_s comes from the PDF set and runs
     * @param cuts the cuts the run applies
     * @return the process with its SM inputs
     * @throws InvalidParameterException for an unknown parameter name
     */
    public static ProcessCatalog.Built create(
            String process, Map<String, Double> params, GeneratorCuts cuts) {
        return create(process, params, cuts, AlphaSRunning.PDF);
    }

    /**
     * Creates a process with a choice of α_s running.
     *
     * @param process the MadGraph process string
     * @param params model parameters by MadGraph param-card name
     * @param cuts the cuts the run applies
     * @param alphaSRunning the PDF set's α_s or MadGraph's two-loop running from its α_s(M_Z)
     * @return the process with its SM inputs
     * @throws InvalidParameterException for an unknown parameter name
     */
    public static ProcessCatalog.Built create(
            String process,
            Map<String, Double> params,
            GeneratorCuts cuts,
            AlphaSRunning alphaSRunning) {
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        double bwcutoff = TreeLevelProcess.DEFAULT_BWCUTOFF;
        boolean perChannel = false;
        for (var e : params.entrySet()) {
            if (e.getKey().equals("bwcutoff")) {
                bwcutoff = e.getValue();
                continue;
            }
            if (e.getKey().equals("vegas_per_channel")) {
                if (e.getValue() != 0 && e.getValue() != 1) {
                    throw new InvalidParameterException(
                            "--param vegas_per_channel: expected 0 or 1, found " + e.getValue());
                }
                perChannel = e.getValue() == 1;
                continue;
            }
            if (e.getKey().equals("aS")) {
                throw new InvalidParameterException(
                        "--param aS: α_s comes from the PDF set and runs with the scale in"
                                + " generate (aS is for quarry matrix-element)");
            }
            try {
                model = model.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new InvalidParameterException(
                        "--param " + e.getKey() + ": " + ex.getMessage());
            }
        }
        TreeLevelProcess p =
                new TreeLevelProcess(
                        process, model, cuts, false, alphaSRunning, bwcutoff, perChannel);
        return new ProcessCatalog.Built(p, model.sm(), PROCESS_ID, Map.copyOf(params));
    }
}
