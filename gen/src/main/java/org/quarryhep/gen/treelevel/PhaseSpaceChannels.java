package org.quarryhep.gen.treelevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.Particle;
import org.quarryhep.gen.amplitude.Resonance;
import org.quarryhep.gen.amplitude.ResonanceAssignments;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.GeneratorCuts;

/**
 * The phase-space channels of a set of subprocesses, read from their s-channel propagator
 * structure: every pair of final-state fermions that an s-channel vector boson of the diagrams can
 * produce — f f̄ through γ* (charged f) and Z, f f̄′ of one doublet through W± — gives a channel in
 * which that pair is a cluster whose mass follows the boson's propagator (Breit–Wigner for W and Z,
 * 1/m² for γ*), the rest of the final state split off as a chain of massless-propagator clusters;
 * one democratic chain channel covers the non-resonant part (QCD radiation, t-channel exchanges,
 * whose peaks VEGAS follows in the angles). A pair that is the whole final state puts the
 * propagator on ŝ itself.
 */
final class PhaseSpaceChannels {
    private PhaseSpaceChannels() {}

    /**
     * The channels.
     *
     * @param subprocesses subprocesses with the same final-state masses slot by slot
     * @param model masses and widths
     * @param cuts generator cuts (an {@code mmll} cut raises the lowest lepton-pair mass)
     * @param masses the final-state masses by slot
     * @param bwcutoff a decay chain's resonances stay within this many widths of their mass
     * @return the channels, the democratic chain first
     */
    static List<PhaseSpaceChannel> of(
            List<Subprocess> subprocesses,
            AmplitudeModel model,
            GeneratorCuts cuts,
            double[] masses,
            double bwcutoff) {
        if (!subprocesses.get(0).resonances().isEmpty()) {
            return decayChainChannels(subprocesses, model, cuts, masses, bwcutoff);
        }
        int n = masses.length;
        Map<String, PhaseSpaceChannel> channels = new LinkedHashMap<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        InvariantMassMap massless = new InvariantMassMap.Massless("m");
        double pt = jetPt(subprocesses.get(0).outgoing(), masses, cuts);
        add(
                channels,
                new PhaseSpaceChannel(chain(all, masses, massless, true), massless, masses, pt));
        for (Subprocess sp : subprocesses) {
            int[] out = sp.outgoing();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    for (InvariantMassMap map : propagators(out[i], out[j], model)) {
                        double min = pairMinimum(out[i], out[j], masses[i] + masses[j], cuts);
                        PhaseSpaceChannel.Node pair =
                                new PhaseSpaceChannel.Node(
                                        -1, leaf(i, masses), leaf(j, masses), map, min);
                        if (n == 2) {
                            add(channels, new PhaseSpaceChannel(pair, map, masses, 0));
                            continue;
                        }
                        List<Integer> rest = new ArrayList<>(all);
                        rest.remove(Integer.valueOf(i));
                        rest.remove(Integer.valueOf(j));
                        PhaseSpaceChannel.Node others = chain(rest, masses, massless, false);
                        PhaseSpaceChannel.Node top =
                                new PhaseSpaceChannel.Node(
                                        -1, pair, others, null, min + others.minMass());
                        add(channels, new PhaseSpaceChannel(top, massless, masses, pt));
                    }
                }
            }
        }
        return List.copyOf(channels.values());
    }

    /**
     * The {@link PairRecoilChannel}s: for each pair of massless final-state fermions an s-channel
     * γ*, Z or W of the diagrams can produce, when every other particle is a massless parton and
     * the cuts give partons a lowest p_T ({@code ptj}, or {@code xqcut}: k_T to the beam is p_T²
     * for a massless parton), one channel per propagator. None for decay chains or without a jet
     * cut.
     *
     * @param subprocesses subprocesses with the same final-state masses slot by slot
     * @param model masses and widths
     * @param cuts generator cuts
     * @param masses the final-state masses by slot
     * @return the channels (possibly none), and whether they reach every point that passes the cuts
     *     in every subprocess (then the chain channels are not needed)
     */
    static RecoilChannels recoilChannels(
            List<Subprocess> subprocesses,
            AmplitudeModel model,
            GeneratorCuts cuts,
            double[] masses) {
        Map<String, PairRecoilChannel> out = new LinkedHashMap<>();
        double ptMin = Math.max(cuts.get("ptj"), cuts.get("xqcut"));
        int n = masses.length;
        if (!subprocesses.get(0).resonances().isEmpty() || !(ptMin > 0) || n < 3) {
            return new RecoilChannels(List.of(), false);
        }
        double etaj = cuts.get("etaj");
        boolean complete = true;
        for (Subprocess sp : subprocesses) {
            int[] ids = sp.outgoing();
            boolean covered = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int[] rest = new int[n - 2];
                    int r = 0;
                    boolean partons = masses[i] == 0 && masses[j] == 0;
                    for (int k = 0; k < n; k++) {
                        if (k != i && k != j) {
                            partons &= masses[k] == 0 && isJet(ids[k]);
                            rest[r++] = k;
                        }
                    }
                    if (!partons) {
                        continue;
                    }
                    for (InvariantMassMap map : propagators(ids[i], ids[j], model)) {
                        // independent p_T's; with two or more partons also each parton in turn
                        // balancing the others and the pair's q_T
                        for (int last = -1; last < (rest.length > 1 ? rest.length : 0); last++) {
                            int[] order = rest.clone();
                            if (last >= 0) {
                                order[last] = rest[rest.length - 1];
                                order[rest.length - 1] = rest[last];
                            }
                            PairRecoilChannel c =
                                    new PairRecoilChannel(
                                            i,
                                            j,
                                            order,
                                            map,
                                            pairMinimum(ids[i], ids[j], 0, cuts),
                                            pairMaximum(ids[i], ids[j], cuts),
                                            ptMin,
                                            etaj > 0 ? etaj : Double.POSITIVE_INFINITY,
                                            last >= 0);
                            out.putIfAbsent(c.description(), c);
                            covered |= c.coversCuts();
                        }
                    }
                }
            }
            complete &= covered;
        }
        return new RecoilChannels(List.copyOf(out.values()), complete && !out.isEmpty());
    }

    /**
     * Recoil channels of a process.
     *
     * @param channels the channels
     * @param complete whether they reach every point that passes the cuts in every subprocess
     */
    record RecoilChannels(List<PairRecoilChannel> channels, boolean complete) {}

    /** A parton the jet cuts apply to: gluon or light quark (GeneratorCuts' jets). */
    private static boolean isJet(int id) {
        int a = Math.abs(id);
        return a == 21 || (a >= 1 && a <= 4);
    }

    /** The highest mass of a pair: {@code mmllmax} for an opposite-charge e or μ pair, else ∞. */
    static double pairMaximum(int a, int b, GeneratorCuts cuts) {
        boolean leptons = (Math.abs(a) == 11 || Math.abs(a) == 13) && a == -b;
        double max = cuts.get("mmllmax");
        return leptons && max > 0 ? max : Double.POSITIVE_INFINITY;
    }

    /**
     * The channels of a decay chain: the production's particles split off one another along
     * massless propagators, each resonance a cluster whose mass follows its Breit–Wigner within
     * bwcutoff widths, its products split inside it (a pair of them that an s-channel W or Z can
     * make first, as one more cluster, and again without that pair) — channels per subprocess shape
     * and per assignment of identical particles to the branches. A resonance that is the whole
     * final state puts its Breit–Wigner on ŝ (the window is then {@link #sqrtShatWindow}).
     */
    private static List<PhaseSpaceChannel> decayChainChannels(
            List<Subprocess> subprocesses,
            AmplitudeModel model,
            GeneratorCuts cuts,
            double[] masses,
            double bwcutoff) {
        Map<String, PhaseSpaceChannel> channels = new LinkedHashMap<>();
        InvariantMassMap massless = new InvariantMassMap.Massless("m");
        List<Subprocess> variants = new ArrayList<>();
        for (Subprocess sp : subprocesses) {
            // one channel per assignment of identical particles to the branches
            variants.addAll(ResonanceAssignments.variants(sp));
        }
        // with and without the W/Z pair inside each resonance: the pair's propagator may be another
        // boson (N → ℓ W_R* → ℓ q q̄′ far off shell), whose smooth mass the Breit–Wigner misses
        List<Subprocess> each = new ArrayList<>();
        List<Boolean> pairing = new ArrayList<>();
        for (boolean paired : new boolean[] {true, false}) {
            for (Subprocess sp : variants) {
                each.add(sp);
                pairing.add(paired);
            }
        }
        for (int v = 0; v < each.size(); v++) {
            Subprocess sp = each.get(v);
            int full = (1 << masses.length) - 1;
            List<PhaseSpaceChannel.Node> items =
                    items(sp, -1, full, model, masses, bwcutoff, pairing.get(v));
            if (items.size() == 1) {
                PhaseSpaceChannel.Node only = items.get(0);
                add(channels, new PhaseSpaceChannel(inner(only), only.map(), masses, 0));
                continue;
            }
            PhaseSpaceChannel.Node top = chainOf(items, massless, true);
            double pt = 0;
            for (PhaseSpaceChannel.Node item : items) {
                int id = item.leaf() ? sp.outgoing()[item.slot()] : 0;
                if (item.leaf() && masses[item.slot()] == 0 && Particle.byPdg(id).colour() > 1) {
                    pt = Math.max(1, cuts.get("ptj"));
                }
            }
            add(channels, new PhaseSpaceChannel(top, massless, masses, pt));
        }
        return List.copyOf(channels.values());
    }

    /** A resonance node as the top of a channel: the same split, without its own map. */
    private static PhaseSpaceChannel.Node inner(PhaseSpaceChannel.Node n) {
        return new PhaseSpaceChannel.Node(-1, n.a(), n.b(), null, n.minMass());
    }

    /**
     * The √ŝ window of a decay chain whose production is one resonance ({@code p p > z, z > e+
     * e-}): {M − bwcutoff·Γ, M + bwcutoff·Γ}; null otherwise.
     */
    static double[] sqrtShatWindow(Subprocess sp, AmplitudeModel model, double bwcutoff) {
        List<Resonance> res = sp.resonances();
        int full = (1 << sp.outgoing().length) - 1;
        for (Resonance r : res) {
            if (r.parent() < 0 && r.mask() == full) {
                double m = model.mass(r.pdg());
                double w = bwcutoff * model.width(r.pdg());
                return new double[] {Math.max(0, m - w), m + w};
            }
        }
        return null;
    }

    /**
     * The items directly inside a resonance (or, for parent −1, the production): undecayed slots as
     * leaves, daughter resonances as windowed Breit–Wigner clusters (inside, a W/Z pair first when
     * {@code paired}, else a chain of massless propagators).
     */
    private static List<PhaseSpaceChannel.Node> items(
            Subprocess sp,
            int parent,
            int mask,
            AmplitudeModel model,
            double[] masses,
            double bwcutoff,
            boolean paired) {
        List<Resonance> res = sp.resonances();
        List<PhaseSpaceChannel.Node> out = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < masses.length; i++) {
            if ((mask & (1 << i)) == 0 || (covered & (1 << i)) != 0) {
                continue;
            }
            int daughter = -1;
            for (int r = 0; r < res.size(); r++) {
                if (res.get(r).parent() == parent && (res.get(r).mask() & (1 << i)) != 0) {
                    daughter = r;
                }
            }
            if (daughter < 0) {
                out.add(leaf(i, masses));
                continue;
            }
            Resonance r = res.get(daughter);
            covered |= r.mask();
            List<PhaseSpaceChannel.Node> inside =
                    items(sp, daughter, r.mask(), model, masses, bwcutoff, paired);
            PhaseSpaceChannel.Node split =
                    paired
                            ? pairedChain(inside, sp.outgoing(), model)
                            : chainOf(inside, new InvariantMassMap.Massless("m"), true);
            double m = model.mass(r.pdg());
            double w = model.width(r.pdg());
            InvariantMassMap map =
                    new InvariantMassMap.Resonance(Particle.byPdg(r.pdg()).name(), m, w);
            out.add(
                    new PhaseSpaceChannel.Node(
                            -1,
                            split.a(),
                            split.b(),
                            map,
                            Math.max(split.minMass(), m - bwcutoff * w),
                            m + bwcutoff * w));
        }
        return out;
    }

    /**
     * The items of a resonance joined into one node: a pair of leaves an s-channel W or Z can make
     * first (its Breit–Wigner), then the rest as a chain of massless propagators.
     */
    private static PhaseSpaceChannel.Node pairedChain(
            List<PhaseSpaceChannel.Node> items, int[] outgoing, AmplitudeModel model) {
        InvariantMassMap massless = new InvariantMassMap.Massless("m");
        if (items.size() > 2) {
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    PhaseSpaceChannel.Node a = items.get(i);
                    PhaseSpaceChannel.Node b = items.get(j);
                    if (!a.leaf() || !b.leaf()) {
                        continue;
                    }
                    List<InvariantMassMap> maps =
                            propagators(outgoing[a.slot()], outgoing[b.slot()], model);
                    if (maps.isEmpty()) {
                        continue;
                    }
                    List<PhaseSpaceChannel.Node> rest = new ArrayList<>(items);
                    rest.remove(b);
                    rest.set(
                            i,
                            new PhaseSpaceChannel.Node(
                                    -1,
                                    a,
                                    b,
                                    maps.get(maps.size() - 1),
                                    a.minMass() + b.minMass()));
                    return chainOf(rest, massless, true);
                }
            }
        }
        return chainOf(items, massless, true);
    }

    /** items[0] + (items[1] + (…)), the outermost without a map when it is a top. */
    private static PhaseSpaceChannel.Node chainOf(
            List<PhaseSpaceChannel.Node> items, InvariantMassMap map, boolean top) {
        PhaseSpaceChannel.Node node = items.get(items.size() - 1);
        for (int k = items.size() - 2; k >= 0; k--) {
            PhaseSpaceChannel.Node head = items.get(k);
            node =
                    new PhaseSpaceChannel.Node(
                            -1,
                            head,
                            node,
                            k == 0 && top ? null : map,
                            head.minMass() + node.minMass());
        }
        return node;
    }

    /**
     * The jet p_T cut when the final state has massless coloured particles (their t-channel poles
     * then need the mapped first split), else 0; at least 1 GeV when jets are not cut.
     */
    private static double jetPt(int[] outgoing, double[] masses, GeneratorCuts cuts) {
        for (int i = 0; i < outgoing.length; i++) {
            if (masses[i] == 0 && Particle.byPdg(outgoing[i]).colour() > 1) {
                return Math.max(1, cuts.get("ptj"));
            }
        }
        return 0;
    }

    private static void add(Map<String, PhaseSpaceChannel> channels, PhaseSpaceChannel c) {
        channels.putIfAbsent(c.description(), c);
    }

    private static PhaseSpaceChannel.Node leaf(int slot, double[] masses) {
        return new PhaseSpaceChannel.Node(slot, null, null, null, masses[slot]);
    }

    /**
     * slots[0] + (slots[1] + (… )), clusters along a massless propagator (the outermost without a
     * map when it is the top, whose mass is ŝ).
     */
    private static PhaseSpaceChannel.Node chain(
            List<Integer> slots, double[] masses, InvariantMassMap map, boolean top) {
        PhaseSpaceChannel.Node node = leaf(slots.get(slots.size() - 1), masses);
        for (int k = slots.size() - 2; k >= 0; k--) {
            PhaseSpaceChannel.Node head = leaf(slots.get(k), masses);
            node =
                    new PhaseSpaceChannel.Node(
                            -1,
                            head,
                            node,
                            k == 0 && top ? null : map,
                            head.minMass() + node.minMass());
        }
        return node;
    }

    /** The s-channel bosons that can produce the outgoing pair (a, b). */
    private static List<InvariantMassMap> propagators(int a, int b, AmplitudeModel model) {
        Particle pa = Particle.byPdg(a);
        Particle pb = Particle.byPdg(b);
        List<InvariantMassMap> out = new ArrayList<>();
        if (!pa.isFermion() || !pb.isFermion() || Integer.signum(a) == Integer.signum(b)) {
            return out;
        }
        if (a == -b) {
            if (pa.charge() != 0) {
                out.add(new InvariantMassMap.Massless("a"));
            }
            out.add(new InvariantMassMap.Resonance("z", model.mass(23), model.width(23)));
        } else if (Math.abs(a) <= 4 == Math.abs(b) <= 4
                && Math.abs(Math.abs(a) - Math.abs(b)) == 1
                && Math.min(Math.abs(a), Math.abs(b)) % 2 == 1) {
            // one doublet: (d, u), (s, c), (e, ve), (mu, vm), (ta, vt) with odd lower member
            out.add(new InvariantMassMap.Resonance("w", model.mass(24), model.width(24)));
        }
        return out;
    }

    /**
     * The lowest mass of a pair: its masses, or {@code mmll} for an opposite-charge e or μ pair of
     * one flavour (events below are cut anyway).
     */
    static double pairMinimum(int a, int b, double massSum, GeneratorCuts cuts) {
        boolean leptons = (Math.abs(a) == 11 || Math.abs(a) == 13) && a == -b;
        return leptons ? Math.max(massSum, cuts.get("mmll")) : massSum;
    }
}
