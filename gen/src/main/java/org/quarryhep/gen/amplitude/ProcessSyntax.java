package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads MadGraph process strings ({@code p p > e+ e- j j QED=2 / h}) and lists their subprocesses.
 *
 * <p>Supported: particle names of the {@code sm} model, MadGraph's default multiparticle labels
 * ({@code p} and {@code j} = g u c d s ū c̄ d̄ s̄ — the 4-flavour proton of the {@code sm} model —,
 * {@code l+}, {@code l-}, {@code vl}, {@code vl~}), amplitude-level coupling-order limits {@code
 * QCD=n}, {@code QED=n}, {@code WEIGHTED=n} (= QCD + 2·QED; also written {@code <=}) — without them
 * MadGraph's default, the lowest WEIGHTED order that gives any subprocess —, and exclusions {@code
 * / h z}. S-channel requirements ({@code > z >}, {@code $ z}) and decay chains are reported as not
 * supported yet.
 *
 * <p>Subprocesses: every assignment of the multiparticle labels that conserves electric charge, the
 * quark generation numbers (the {@code sm} model has no CKM mixing) and the lepton family numbers;
 * final states that are permutations of one another are listed once (the first in the order of the
 * labels).
 */
public final class ProcessSyntax {
    private ProcessSyntax() {}

    private static final Map<String, List<String>> MULTIPARTICLES = new LinkedHashMap<>();

    static {
        List<String> proton = List.of("g", "u", "c", "d", "s", "u~", "c~", "d~", "s~");
        MULTIPARTICLES.put("p", proton);
        MULTIPARTICLES.put("j", proton);
        MULTIPARTICLES.put("l+", List.of("e+", "mu+"));
        MULTIPARTICLES.put("l-", List.of("e-", "mu-"));
        MULTIPARTICLES.put("vl", List.of("ve", "vm", "vt"));
        MULTIPARTICLES.put("vl~", List.of("ve~", "vm~", "vt~"));
    }

    /**
     * Parses a process string and lists its subprocesses.
     *
     * @param process the MadGraph process string
     * @return the subprocesses, in the order of the labels' expansion
     * @throws ProcessSyntaxException naming the token that cannot be read, or when no subprocess
     *     conserves the quantum numbers
     */
    public static List<Subprocess> subprocesses(String process) {
        return subprocesses(process, AmplitudeModel.madgraphDefaults());
    }

    /**
     * Parses a process string and lists the subprocesses that have tree diagrams in a model (the
     * Higgs couples only to the fermions the model makes massive).
     *
     * @param process the MadGraph process string
     * @param model the model whose diagrams decide which subprocesses exist
     * @return the subprocesses, in the order of the labels' expansion
     * @throws ProcessSyntaxException naming the token that cannot be read, or when no subprocess
     *     has a diagram
     */
    public static List<Subprocess> subprocesses(String process, AmplitudeModel model) {
        if (process.contains(",") || process.contains("(")) {
            throw new ProcessSyntaxException(
                    "process '" + process + "': decay chains are not supported yet");
        }
        String[] tokens = process.trim().split("\\s+");
        List<List<Integer>> initial = new ArrayList<>();
        List<List<Integer>> fin = new ArrayList<>();
        Map<String, Integer> orders = new LinkedHashMap<>();
        Set<Integer> excluded = new LinkedHashSet<>();
        int arrows = 0;
        boolean excluding = false;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals(">")) {
                arrows++;
                if (arrows > 1) {
                    throw new ProcessSyntaxException(
                            "process '"
                                    + process
                                    + "': s-channel requirements (a > b > c) are not supported yet");
                }
                continue;
            }
            if (token.startsWith("$")) {
                throw new ProcessSyntaxException(
                        "process '"
                                + process
                                + "': '$' s-channel exclusions are not supported yet");
            }
            if (token.equals("/")) {
                excluding = true;
                continue;
            }
            if (token.contains("=")) {
                readOrder(process, token, orders);
                excluding = false;
                continue;
            }
            List<Integer> ids = expand(process, token);
            if (excluding) {
                ids.forEach(id -> excluded.add(Math.abs(id)));
            } else if (arrows == 0) {
                initial.add(ids);
            } else {
                fin.add(ids);
            }
        }
        if (arrows == 0 || initial.isEmpty() || fin.isEmpty()) {
            throw new ProcessSyntaxException(
                    "process '" + process + "': expected 'initial > final', e.g. 'd d~ > e+ e- g'");
        }
        if (initial.size() > 2) {
            throw new ProcessSyntaxException(
                    "process '" + process + "': at most two incoming particles");
        }
        List<Subprocess> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> lowest = new ArrayList<>();
        int[] choice = new int[initial.size() + fin.size()];
        List<List<Integer>> all = new ArrayList<>(initial);
        all.addAll(fin);
        while (true) {
            int[] in = new int[initial.size()];
            int[] outIds = new int[fin.size()];
            for (int i = 0; i < choice.length; i++) {
                int id = all.get(i).get(choice[i]);
                if (i < in.length) {
                    in[i] = id;
                } else {
                    outIds[i - in.length] = id;
                }
            }
            int[] sorted = outIds.clone();
            Arrays.sort(sorted);
            if (conserves(in, outIds) && seen.add(Arrays.toString(in) + Arrays.toString(sorted))) {
                Subprocess candidate = new Subprocess(in, outIds, orders, excluded);
                int weighted = new MatrixElement(candidate, model).minimalWeightedOrder();
                if (weighted < Integer.MAX_VALUE) {
                    out.add(candidate);
                    lowest.add(weighted);
                }
            }
            int k = choice.length - 1;
            while (k >= 0 && ++choice[k] == all.get(k).size()) {
                choice[k] = 0;
                k--;
            }
            if (k < 0) {
                break;
            }
        }
        if (out.isEmpty()) {
            throw new ProcessSyntaxException(
                    "process '"
                            + process
                            + "': no subprocess has a tree diagram (within the coupling orders and"
                            + " exclusions given)");
        }
        if (!orders.isEmpty()) {
            return out;
        }
        // MadGraph's default: the lowest WEIGHTED = QCD + 2 QED order that gives any subprocess,
        // applied to the whole process definition
        int limit = lowest.stream().mapToInt(Integer::intValue).min().orElseThrow();
        Map<String, Integer> weighted = Map.of("WEIGHTED", limit);
        List<Subprocess> limited = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (lowest.get(i) <= limit) {
                Subprocess s = out.get(i);
                limited.add(new Subprocess(s.incoming(), s.outgoing(), weighted, excluded));
            }
        }
        return limited;
    }

    private static void readOrder(String process, String token, Map<String, Integer> orders) {
        String[] kv = token.split("<?=", 2);
        String name = kv[0];
        if (!name.equals("QCD") && !name.equals("QED") && !name.equals("WEIGHTED")) {
            throw new ProcessSyntaxException(
                    "process '"
                            + process
                            + "': unknown coupling order '"
                            + token
                            + "' (expected QCD=n, QED=n or WEIGHTED=n)");
        }
        try {
            int value = Integer.parseInt(kv[1]);
            if (value < 0) {
                throw new NumberFormatException();
            }
            orders.put(name, value);
        } catch (NumberFormatException ex) {
            throw new ProcessSyntaxException(
                    "process '"
                            + process
                            + "': coupling order '"
                            + token
                            + "' needs a non-negative integer");
        }
    }

    private static List<Integer> expand(String process, String token) {
        List<String> names = MULTIPARTICLES.getOrDefault(token, List.of(token));
        List<Integer> ids = new ArrayList<>();
        for (String name : names) {
            Particle p = Particle.byName(name);
            if (p == null) {
                throw new ProcessSyntaxException(
                        "process '"
                                + process
                                + "': unknown particle or label '"
                                + token
                                + "' (sm model names: d u s c b t, ~ for antiquarks, e- mu-"
                                + " ta- ve vm vt, g a z w+ w- h; labels p j l+ l- vl vl~)");
            }
            ids.add(p.pdg());
        }
        return ids;
    }

    /** Charge, quark-generation and lepton-family conservation. */
    static boolean conserves(int[] in, int[] out) {
        double[] balance = new double[7];
        add(balance, in, 1);
        add(balance, out, -1);
        for (double b : balance) {
            if (Math.abs(b) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static void add(double[] balance, int[] ids, int sign) {
        for (int id : ids) {
            Particle p = Particle.byPdg(id);
            balance[0] += sign * p.charge();
            int a = Math.abs(id);
            int n = id > 0 ? sign : -sign;
            if (a <= 6) {
                balance[1 + (a - 1) / 2] += n;
            } else if (a >= 11 && a <= 16) {
                balance[4 + (a - 11) / 2] += n;
            }
        }
    }
}
