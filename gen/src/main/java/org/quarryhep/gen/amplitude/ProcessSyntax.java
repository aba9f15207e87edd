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
 * MadGraph's default, the lowest WEIGHTED order that gives any subprocess —, exclusions {@code / h
 * z}, s-channel requirements {@code p p > z > e+ e-} (only the diagrams with an s-channel Z),
 * s-channel exclusions {@code $$ z} (the diagrams with an s-channel Z are dropped, MadGraph's
 * {@code $$}), on-shell exclusions {@code $ z} (the generator removes the region where an s-channel
 * Z is within bwcutoff widths of its mass) and decay chains with commas and parentheses, {@code p p
 * > t t~, (t > b l+ vl), (t~ > b~ j j)} or {@code p p > t t~, t > b w+, w+ > l+ vl}: the decayed
 * particles become on-shell resonances ({@link Resonance}), their products take their place in the
 * final state.
 *
 * <p>A decay written once applies to every undecayed particle of its name; several decays of one
 * name apply to one particle each, in order. Decays outside parentheses apply to the whole process
 * (production and earlier decays), decays inside a parenthesis to that decay's products.
 *
 * <p>Subprocesses: every assignment of the multiparticle labels that conserves electric charge, the
 * quark generation numbers (the {@code sm} model has no CKM mixing) and the lepton family numbers,
 * in the whole process and in each decay; final states that are permutations of one another (within
 * each decay) are listed once (the first in the order of the labels), and so are those that differ
 * by swapping the products of two resonances of one species. Identical particles in different
 * branches ({@code u d~ > e+ n1, n1 > e+ d u~}) are one subprocess whose amplitude keeps every
 * assignment of them to the branches ({@link ResonanceAssignments}).
 */
public final class ProcessSyntax {
    private ProcessSyntax() {}

    static final Map<String, List<String>> MULTIPARTICLES = new LinkedHashMap<>();

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
        DecayChainSyntax.Tokens tokens = new DecayChainSyntax.Tokens(process);
        List<List<Integer>> initial = new ArrayList<>();
        List<DecayChainSyntax.Node> production = new ArrayList<>();
        Map<String, Integer> orders = new LinkedHashMap<>();
        Set<Integer> excluded = new LinkedHashSet<>();
        Set<Integer> sChannel = new LinkedHashSet<>();
        Set<Integer> onShell = new LinkedHashSet<>();
        Set<Integer> forbidden = new LinkedHashSet<>();
        List<String> sChannelTokens = new ArrayList<>();
        int arrows = 0;
        char mode = ' ';
        while (!tokens.done() && !tokens.peek().equals(",")) {
            String token = tokens.next();
            if (token.equals("(") || token.equals(")")) {
                throw tokens.error("unexpected '" + token + "' before the first comma");
            }
            if (token.equals(">")) {
                arrows++;
                if (arrows > 2) {
                    throw tokens.error("at most one s-channel requirement (a b > z > c d)");
                }
                if (arrows == 2) {
                    // the tokens read since the first '>' were the required s-channel particles
                    sChannelTokens.addAll(production.stream().map(n -> n.token).toList());
                    for (DecayChainSyntax.Node n : production) {
                        n.ids.forEach(id -> sChannel.add(Math.abs(id)));
                    }
                    production.clear();
                }
                mode = ' ';
                continue;
            }
            if (token.equals("/") || token.equals("$") || token.equals("$$")) {
                mode = token.equals("$$") ? 'S' : token.charAt(0);
                continue;
            }
            if (token.startsWith("$") || token.startsWith("/")) {
                String op = token.startsWith("$$") ? "$$" : token.substring(0, 1);
                throw tokens.error(
                        "'"
                                + token
                                + "': write the exclusion with a space ('"
                                + op
                                + " "
                                + token.substring(op.length())
                                + "')");
            }
            if (token.contains("=")) {
                readOrder(process, token, orders);
                mode = ' ';
                continue;
            }
            List<Integer> ids = expand(process, token);
            if (mode == '/') {
                ids.forEach(id -> excluded.add(Math.abs(id)));
            } else if (mode == '$') {
                ids.forEach(id -> onShell.add(Math.abs(id)));
            } else if (mode == 'S') {
                ids.forEach(id -> forbidden.add(Math.abs(id)));
            } else if (arrows == 0) {
                initial.add(ids);
            } else {
                production.add(new DecayChainSyntax.Node(token, ids));
            }
        }
        if (arrows == 0 || initial.isEmpty() || production.isEmpty()) {
            throw tokens.error("expected 'initial > final', e.g. 'd d~ > e+ e- g'");
        }
        if (initial.size() > 2) {
            throw tokens.error("at most two incoming particles");
        }
        if (sChannelTokens.size() > 1) {
            throw tokens.error(
                    "one s-channel particle at a time ('> "
                            + String.join(" ", sChannelTokens)
                            + " >')");
        }
        List<DecayChainSyntax.Decay> decays = new ArrayList<>();
        while (!tokens.done()) {
            String comma = tokens.next();
            if (!comma.equals(",")) {
                throw tokens.error("expected ',' before '" + comma + "'");
            }
            decays.add(DecayChainSyntax.readDecay(tokens, false));
        }
        DecayChainSyntax.applyDecays(tokens, production, decays);
        List<List<Integer>> fin = new ArrayList<>();
        List<Resonance> resonanceShape = new ArrayList<>();
        List<List<Integer>> resonanceIds = new ArrayList<>();
        for (DecayChainSyntax.Node node : production) {
            DecayChainSyntax.flatten(node, -1, fin, resonanceShape, resonanceIds);
        }
        int[] group = DecayChainSyntax.groupsOf(fin.size(), resonanceShape);
        return enumerate(
                process,
                model,
                initial,
                fin,
                resonanceShape,
                resonanceIds,
                group,
                orders,
                excluded,
                sChannel,
                onShell,
                forbidden);
    }

    private static List<Subprocess> enumerate(
            String process,
            AmplitudeModel model,
            List<List<Integer>> initial,
            List<List<Integer>> fin,
            List<Resonance> shape,
            List<List<Integer>> resonanceIds,
            int[] group,
            Map<String, Integer> orders,
            Set<Integer> excluded,
            Set<Integer> sChannel,
            Set<Integer> onShell,
            Set<Integer> forbidden) {
        List<Subprocess> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> lowest = new ArrayList<>();
        List<List<Integer>> all = new ArrayList<>(initial);
        all.addAll(fin);
        for (List<Integer> ids : resonanceIds) {
            all.add(ids);
        }
        int nIn = initial.size();
        int nOut = fin.size();
        int[] choice = new int[all.size()];
        while (true) {
            int[] in = new int[nIn];
            int[] outIds = new int[nOut];
            List<Resonance> resonances = new ArrayList<>();
            for (int i = 0; i < nIn + nOut; i++) {
                int id = all.get(i).get(choice[i]);
                if (i < nIn) {
                    in[i] = id;
                } else {
                    outIds[i - nIn] = id;
                }
            }
            for (int r = 0; r < shape.size(); r++) {
                Resonance s = shape.get(r);
                resonances.add(
                        new Resonance(
                                all.get(nIn + nOut + r).get(choice[nIn + nOut + r]),
                                s.mask(),
                                s.parent()));
            }
            boolean leptonNumber = !model.heavy().active();
            if (ConservedNumbers.conserves(in, outIds, leptonNumber)
                    && decaysConserve(resonances, outIds, leptonNumber)
                    && seen.add(key(in, outIds, group, resonances))) {
                Subprocess candidate =
                        new Subprocess(
                                in,
                                outIds,
                                orders,
                                excluded,
                                sChannel,
                                onShell,
                                resonances,
                                forbidden);
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
                            + "': no subprocess has a tree diagram (within the coupling orders,"
                            + " exclusions and s-channel requirements given)");
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
                limited.add(out.get(i).withOrderLimits(weighted));
            }
        }
        return limited;
    }

    /**
     * Incoming ids, the outgoing ids sorted within each innermost decay (and the rest), and each
     * resonance with its products' ids, sorted: expansions that differ by a permutation within a
     * decay, or by swapping the products of two resonances of one species ({@code p p > z z, z > l+
     * l-}: Z → e⁺e⁻, Z → μ⁺μ⁻ and the reverse), are one subprocess.
     */
    private static String key(int[] in, int[] out, int[] group, List<Resonance> resonances) {
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            byGroup.computeIfAbsent(group[i], g -> new ArrayList<>()).add(out[i]);
        }
        if (!resonances.isEmpty()) {
            List<String> parts = new ArrayList<>();
            List<Integer> undecayed = byGroup.getOrDefault(-1, new ArrayList<>());
            undecayed.sort(null);
            parts.add("-" + undecayed);
            for (Resonance r : resonances) {
                List<Integer> products = new ArrayList<>();
                for (int i = 0; i < out.length; i++) {
                    if ((r.mask() & (1 << i)) != 0) {
                        products.add(out[i]);
                    }
                }
                products.sort(null);
                parts.add(r.pdg() + ":" + products);
            }
            parts.sort(null);
            return Arrays.toString(in) + parts;
        }
        StringBuilder sb = new StringBuilder(Arrays.toString(in));
        for (var e : byGroup.entrySet()) {
            List<Integer> ids = new ArrayList<>(e.getValue());
            ids.sort(null);
            sb.append(e.getKey()).append(ids);
        }
        return sb.toString();
    }

    /** Each resonance decays into its products with charge and flavour conserved. */
    private static boolean decaysConserve(
            List<Resonance> resonances, int[] out, boolean leptonNumber) {
        for (Resonance r : resonances) {
            List<Integer> products = new ArrayList<>();
            for (int i = 0; i < out.length; i++) {
                if ((r.mask() & (1 << i)) != 0) {
                    products.add(out[i]);
                }
            }
            int[] p = products.stream().mapToInt(Integer::intValue).toArray();
            if (!ConservedNumbers.conserves(new int[] {r.pdg()}, p, leptonNumber)) {
                return false;
            }
        }
        return true;
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

    static List<Integer> expand(String process, String token) {
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
                                + " ta- ve vm vt, g a z w+ w- h; with the BSM states of the model hs ha mur- mur+ neu1 n1 n2 n3"
                                + " wr+ wr-; labels p j l+ l- vl vl~)");
            }
            ids.add(p.pdg());
        }
        return ids;
    }
}
