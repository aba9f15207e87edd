package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decay-chain part of {@link ProcessSyntax}: the tokens of a process string, the decays written
 * after its commas, their application to the production's particles and the flattening of the
 * resulting trees into final-state slots and {@link Resonance}s.
 */
final class DecayChainSyntax {
    private DecayChainSyntax() {}

    /** A final-state particle of the process tree: a label, decayed into children or not. */
    static final class Node {
        final String token;
        final List<Integer> ids;
        List<Node> children;

        Node(String token, List<Integer> ids) {
            this.token = token;
            this.ids = ids;
        }
    }

    /** A decay as written: the parent's name, the products, the decays nested in it. */
    record Decay(String parent, List<String> products, List<Decay> nested) {}

    /** The tokens of a string, with parentheses and commas as tokens of their own. */
    static final class Tokens {
        final String process;
        final List<String> list = new ArrayList<>();
        int at;

        Tokens(String process) {
            this.process = process;
            String spaced = process.replace("(", " ( ").replace(")", " ) ").replace(",", " , ");
            for (String t : spaced.trim().split("\\s+")) {
                if (!t.isEmpty()) {
                    list.add(t);
                }
            }
        }

        boolean done() {
            return at >= list.size();
        }

        String peek() {
            return done() ? null : list.get(at);
        }

        String next() {
            return list.get(at++);
        }

        ProcessSyntaxException error(String what) {
            return new ProcessSyntaxException("process '" + process + "': " + what);
        }
    }

    /** Reads one decay: {@code ( X > a b , nested… )} or, outside parentheses, {@code X > a b}. */
    static Decay readDecay(Tokens t, boolean inner) {
        if (t.done()) {
            throw t.error("a decay is missing after a comma");
        }
        boolean paren = t.peek().equals("(");
        if (paren) {
            t.next();
        }
        if (t.done()) {
            throw t.error("a decay is missing after '('");
        }
        String parent = t.next();
        if (t.done() || !t.next().equals(">")) {
            throw t.error("decay of '" + parent + "': expected '" + parent + " > products'");
        }
        if (ProcessSyntax.MULTIPARTICLES.containsKey(parent)) {
            throw t.error(
                    "decay of '"
                            + parent
                            + "': a decaying particle must be one particle, not a"
                            + " label");
        }
        List<String> products = new ArrayList<>();
        List<Decay> nested = new ArrayList<>();
        while (!t.done()) {
            String token = t.peek();
            if (token.equals(")")) {
                if (!paren) {
                    if (inner) {
                        break;
                    }
                    throw t.error("unmatched ')'");
                }
                t.next();
                paren = false;
                break;
            }
            if (token.equals(",")) {
                if (!paren) {
                    break;
                }
                t.next();
                nested.add(readDecay(t, true));
                continue;
            }
            if (token.equals("(")) {
                throw t.error("'(' inside the products of '" + parent + "'; separate with a comma");
            }
            if (token.equals(">")
                    || token.equals("/")
                    || token.startsWith("$")
                    || token.contains("=")) {
                throw t.error(
                        "'"
                                + token
                                + "' in the decay of '"
                                + parent
                                + "' (options go before the first comma)");
            }
            products.add(t.next());
        }
        if (paren) {
            throw t.error("unclosed '(' in the decay of '" + parent + "'");
        }
        if (products.size() < 2) {
            throw t.error("decay of '" + parent + "': at least two products");
        }
        return new Decay(parent, products, nested);
    }

    /** Applies decays to the undecayed particles of a list of trees (see the class comment). */
    static void applyDecays(Tokens t, List<Node> roots, List<Decay> decays) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Decay d : decays) {
            count.merge(d.parent(), 1, Integer::sum);
        }
        for (Decay d : decays) {
            List<Node> leaves = new ArrayList<>();
            for (Node r : roots) {
                undecayed(r, d.parent(), leaves);
            }
            if (leaves.isEmpty()) {
                throw t.error("decay '" + d.parent() + " > …': no undecayed '" + d.parent() + "'");
            }
            List<Node> targets = count.get(d.parent()) == 1 ? leaves : leaves.subList(0, 1);
            for (Node leaf : targets) {
                leaf.children = new ArrayList<>();
                for (String p : d.products()) {
                    leaf.children.add(new Node(p, ProcessSyntax.expand(t.process, p)));
                }
                applyDecays(t, leaf.children, d.nested());
            }
        }
    }

    private static void undecayed(Node node, String name, List<Node> out) {
        if (node.children == null) {
            if (node.token.equals(name)) {
                out.add(node);
            }
            return;
        }
        for (Node c : node.children) {
            undecayed(c, name, out);
        }
    }

    /** Appends a tree's leaves to the final state and its decayed nodes to the resonances. */
    static int flatten(
            Node node,
            int parent,
            List<List<Integer>> fin,
            List<Resonance> resonances,
            List<List<Integer>> resonanceIds) {
        if (node.children == null) {
            fin.add(node.ids);
            return 1 << (fin.size() - 1);
        }
        int index = resonances.size();
        resonances.add(null);
        resonanceIds.add(node.ids);
        int mask = 0;
        for (Node c : node.children) {
            mask |= flatten(c, index, fin, resonances, resonanceIds);
        }
        resonances.set(index, new Resonance(0, mask, parent));
        return mask;
    }

    /** For each final slot, the innermost resonance it comes from (−1 for none). */
    static int[] groupsOf(int n, List<Resonance> resonances) {
        int[] g = new int[n];
        Arrays.fill(g, -1);
        for (int r = 0; r < resonances.size(); r++) {
            for (int i = 0; i < n; i++) {
                if ((resonances.get(r).mask() & (1 << i)) != 0) {
                    g[i] = r; // parents come first, so the last one is the innermost
                }
            }
        }
        return g;
    }
}
