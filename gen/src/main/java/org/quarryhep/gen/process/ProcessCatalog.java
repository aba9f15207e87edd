package org.quarryhep.gen.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quarryhep.gen.model.StandardModel;

/**
 * The built-in processes by name, with their parameters and defaults. Parameters that are not the
 * process's own but name a Standard Model input (MadGraph names: MZ, MT, WT, WZ, WW, Gf, aEWM1, MB,
 * MTA) modify the SM inputs.
 */
public final class ProcessCatalog {
    /**
     * One catalogue entry.
     *
     * @param name the process name
     * @param description what it generates
     * @param parameters its parameters with defaults
     * @param processId the LHE process id (IDPRUP) written for it
     * @param factory builds it from a complete parameter map
     */
    public record Entry(
            String name,
            String description,
            List<ProcessParameter> parameters,
            int processId,
            Function<Map<String, Double>, HardProcess> factory) {}

    /**
     * A created process with the SM inputs it runs with.
     *
     * @param process the process
     * @param sm the Standard Model inputs
     * @param processId its LHE process id
     * @param parameters the full parameter map used (defaults filled in)
     */
    public record Built(
            HardProcess process, StandardModel sm, int processId, Map<String, Double> parameters) {}

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add(
                new Entry(
                        "drell-yan",
                        "p p -> gamma*/Z -> l- l+ (full interference)",
                        List.of(new ProcessParameter("lepton", 13, "lepton PDG id: 11 or 13")),
                        1,
                        p -> new DrellYanProcess(intValue(p, "lepton"))));
        add(
                new Entry(
                        "drell-yan-w",
                        "p p -> W+- -> l nu",
                        List.of(
                                new ProcessParameter("lepton", 11, "lepton PDG id: 11 or 13"),
                                new ProcessParameter(
                                        "charge", 0, "W charge: 1, -1, or 0 for both")),
                        2,
                        p -> new WProductionProcess(intValue(p, "lepton"), intValue(p, "charge"))));
        add(
                new Entry(
                        "ttbar",
                        "p p -> t tbar, t -> b W (V-A decay, with the t-tbar spin correlation)",
                        List.of(
                                new ProcessParameter(
                                        "decay",
                                        4,
                                        "0 stable tops, 1 dilepton (e/mu), 2 semileptonic (e/mu),"
                                                + " 3 all-hadronic, 4 inclusive, 5 dilepton"
                                                + " (e/mu/tau, tau undecayed with helicity)"),
                                new ProcessParameter(
                                        "initial",
                                        0,
                                        "0 g g and q qbar, 1 g g only, 2 q qbar only")),
                        3,
                        p -> new TopPairProcess(intValue(p, "decay"), intValue(p, "initial"))));
        add(
                new Entry(
                        "ww",
                        "p p -> W+ W- (gamma/Z s-channel + t-channel) -> l nu l nu",
                        List.of(
                                new ProcessParameter(
                                        "decay",
                                        1,
                                        "0 stable W, 1 both W -> l nu (e/mu), 2 both W -> l nu"
                                                + " (e/mu/tau, tau undecayed with helicity)")),
                        4,
                        p -> new WPairProcess(intValue(p, "decay"))));
        add(
                new Entry(
                        "zz",
                        "p p -> Z Z -> l l nu nu or 4l",
                        List.of(
                                new ProcessParameter(
                                        "decay", 1, "0 stable Z, 1 l l nu nu, 2 4l (e/mu)")),
                        5,
                        p -> new ZPairProcess(intValue(p, "decay"))));
        add(
                new Entry(
                        "gg-s-mutau",
                        "g g -> S (top loop, exact form factor) -> mu tau, tau -> e nu nu (LFV)",
                        List.of(
                                new ProcessParameter("MS", 300, "scalar mass, GeV"),
                                new ProcessParameter("kappa", 1, "top-Yukawa modifier of S"),
                                new ProcessParameter("Ymutau", 1e-3, "LFV Yukawa Y_mutau"),
                                new ProcessParameter("Ytaumu", 1e-3, "LFV Yukawa Y_taumu"),
                                new ProcessParameter(
                                        "WS",
                                        Double.NaN,
                                        "S width, GeV (default: Gamma_gg + Gamma_mutau + Gamma_tt)"),
                                new ProcessParameter(
                                        "taudecay", 1, "1: tau -> e nu nu, 0: stable tau")),
                        6,
                        p ->
                                new ScalarLfvProcess(
                                        p.get("MS"),
                                        p.get("kappa"),
                                        p.get("Ymutau"),
                                        p.get("Ytaumu"),
                                        p.get("WS"),
                                        intValue(p, "taudecay") == 1)));
        add(
                new Entry(
                        "smuon-pair",
                        "p p -> gamma*/Z -> smu_R+ smu_R-, smu_R -> mu chi10",
                        List.of(
                                new ProcessParameter("Msmu", 200, "right-handed smuon mass, GeV"),
                                new ProcessParameter(
                                        "Mchi", 100, "bino-like neutralino mass, GeV")),
                        7,
                        p -> new SmuonPairProcess(p.get("Msmu"), p.get("Mchi"))));
        add(
                new Entry(
                        "gg-tt-s",
                        "g g -> t tbar with a heavy (pseudo)scalar interfering with QCD (gg only); tt spin"
                                + " correlation in every component",
                        List.of(
                                new ProcessParameter("MS", 500, "(pseudo)scalar mass, GeV"),
                                new ProcessParameter("kappa", 1, "top-Yukawa modifier"),
                                new ProcessParameter("cp", 0, "0 CP-even scalar H, 1 CP-odd A"),
                                new ProcessParameter(
                                        "WS",
                                        Double.NaN,
                                        "width, GeV (default: Gamma_tt + Gamma_gg)"),
                                new ProcessParameter(
                                        "component",
                                        2,
                                        "0 QCD background, 1 signal, 2 interference (signed), 3 total"),
                                new ProcessParameter("decay", 4, "top decay mode as for ttbar")),
                        8,
                        p ->
                                new TopPairResonanceProcess(
                                        p.get("MS"),
                                        p.get("kappa"),
                                        intValue(p, "cp") == 1,
                                        p.get("WS"),
                                        intValue(p, "component"),
                                        intValue(p, "decay"))));
        add(
                new Entry(
                        "wr-lN",
                        "p p -> W_R -> l N, N -> l q qbar' (LRSM, Majorana N)",
                        List.of(
                                new ProcessParameter("MWR", 3000, "W_R mass, GeV"),
                                new ProcessParameter("MN", 500, "heavy neutrino mass, GeV"),
                                new ProcessParameter(
                                        "lepton", 13, "lepton flavour N mixes with: 11, 13"),
                                new ProcessParameter("mixing", 1, "|V_lN|^2 in the W_R current"),
                                new ProcessParameter(
                                        "WWR",
                                        Double.NaN,
                                        "W_R width, GeV (default: LRSM, 3 N, g_R = g)")),
                        9,
                        p ->
                                new HeavyLeptonProcess(
                                        HeavyLeptonProcess.Mediator.W_RIGHT,
                                        intValue(p, "lepton"),
                                        p.get("MN"),
                                        p.get("mixing"),
                                        p.get("MWR"),
                                        p.get("WWR"))));
        add(
                new Entry(
                        "w-hnl",
                        "p p -> W -> l N, N -> l q qbar' (displaced, Majorana HNL)",
                        List.of(
                                new ProcessParameter("MN", 10, "heavy neutral lepton mass, GeV"),
                                new ProcessParameter("V2", 1e-6, "|V_lN|^2 mixing"),
                                new ProcessParameter("lepton", 13, "mixing flavour: 11 or 13")),
                        10,
                        p ->
                                new HeavyLeptonProcess(
                                        HeavyLeptonProcess.Mediator.W_SM,
                                        intValue(p, "lepton"),
                                        p.get("MN"),
                                        p.get("V2"),
                                        Double.NaN,
                                        Double.NaN)));
        add(
                new Entry(
                        "ee-qq",
                        "e- e+ -> gamma*/Z -> q qbar, 5 flavours (lepton beams at --sqrt-s)",
                        List.of(),
                        11,
                        p -> new ElectronPositronToQuarksProcess()));
    }

    private ProcessCatalog() {}

    private static void add(Entry e) {
        ENTRIES.put(e.name(), e);
    }

    private static int intValue(Map<String, Double> p, String name) {
        double v = p.get(name);
        if (v != Math.rint(v)) {
            throw new InvalidParameterException(
                    "--param " + name + ": expected an integer, found " + v);
        }
        return (int) v;
    }

    /** All entries, in catalogue order. */
    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    /**
     * Creates a process.
     *
     * @param name the process name
     * @param params parameter overrides (process parameters or SM inputs by MadGraph name)
     * @return the process, its SM inputs and id
     * @throws InvalidParameterException for an unknown process or parameter, or a bad value
     */
    public static Built create(String name, Map<String, Double> params) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new InvalidParameterException(
                    "--process: unknown process '" + name + "'; known: " + ENTRIES.keySet());
        }
        Map<String, Double> full = new LinkedHashMap<>();
        for (ProcessParameter p : e.parameters()) {
            full.put(p.name(), p.defaultValue());
        }
        StandardModel sm = StandardModel.madgraphDefaults();
        for (var kv : params.entrySet()) {
            if (full.containsKey(kv.getKey())) {
                full.put(kv.getKey(), kv.getValue());
            } else {
                try {
                    sm = sm.with(kv.getKey(), kv.getValue());
                } catch (IllegalArgumentException ex) {
                    throw new InvalidParameterException(
                            "--param "
                                    + kv.getKey()
                                    + ": not a parameter of "
                                    + name
                                    + " (parameters: "
                                    + full.keySet()
                                    + ") nor an SM input (MZ, Gf, aEWM1, MT, MB, MTA, WZ, WW, WT)");
                }
                full.put(kv.getKey(), kv.getValue());
            }
        }
        return new Built(e.factory().apply(full), sm, e.processId(), full);
    }
}
