package org.quarryhep.gen.amplitude;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One partonic subprocess: incoming and outgoing PDG ids in the order the process string names
 * them, the identical-particle factor of the final state, the coupling-order limits and the
 * particles forbidden in propagators.
 *
 * @param incoming PDG ids of the incoming particles (1 or 2)
 * @param outgoing PDG ids of the outgoing particles
 * @param orderLimits amplitude-level coupling-order limits ({@code QCD}, {@code QED}, {@code
 *     WEIGHTED} = QCD + 2·QED); empty means the lowest WEIGHTED order this subprocess has
 * @param excluded |PDG| ids that may not appear in any propagator ({@code / h})
 * @param sChannel |PDG| ids of which the amplitude must have an s-channel propagator ({@code > z
 *     >}: the diagrams without one are dropped)
 * @param onShellExcluded |PDG| ids whose s-channel propagators may not be on shell ({@code $ z}:
 *     the generator removes |m − M| < bwcutoff·Γ for every final-state subset such a propagator can
 *     make; the amplitude is unchanged)
 * @param resonances the on-shell resonances of a decay chain, parents before their daughters (one
 *     assignment of identical particles to the branches; the amplitude keeps every assignment's
 *     diagrams, see {@link ResonanceAssignments})
 * @param sChannelForbidden |PDG| ids that may not be s-channel propagators ({@code $$ z}: the
 *     diagrams with one are dropped)
 */
public record Subprocess(
        int[] incoming,
        int[] outgoing,
        Map<String, Integer> orderLimits,
        Set<Integer> excluded,
        Set<Integer> sChannel,
        Set<Integer> onShellExcluded,
        List<Resonance> resonances,
        Set<Integer> sChannelForbidden) {

    /** Copies the arrays and collections. */
    public Subprocess {
        incoming = incoming.clone();
        outgoing = outgoing.clone();
        orderLimits = Map.copyOf(orderLimits);
        excluded = Set.copyOf(excluded);
        sChannel = Set.copyOf(sChannel);
        onShellExcluded = Set.copyOf(onShellExcluded);
        resonances = List.copyOf(resonances);
        sChannelForbidden = Set.copyOf(sChannelForbidden);
    }

    /**
     * A subprocess without {@code $$} exclusions.
     *
     * @param incoming PDG ids of the incoming particles (1 or 2)
     * @param outgoing PDG ids of the outgoing particles
     * @param orderLimits amplitude-level coupling-order limits
     * @param excluded |PDG| ids that may not appear in any propagator
     * @param sChannel |PDG| ids of which an s-channel propagator is required
     * @param onShellExcluded |PDG| ids whose s-channel propagators may not be on shell
     * @param resonances the resonances of a decay chain, parents first
     */
    public Subprocess(
            int[] incoming,
            int[] outgoing,
            Map<String, Integer> orderLimits,
            Set<Integer> excluded,
            Set<Integer> sChannel,
            Set<Integer> onShellExcluded,
            List<Resonance> resonances) {
        this(
                incoming,
                outgoing,
                orderLimits,
                excluded,
                sChannel,
                onShellExcluded,
                resonances,
                Set.of());
    }

    /**
     * A subprocess without s-channel requirements or decay chains.
     *
     * @param incoming PDG ids of the incoming particles (1 or 2)
     * @param outgoing PDG ids of the outgoing particles
     * @param orderLimits amplitude-level coupling-order limits
     * @param excluded |PDG| ids that may not appear in any propagator
     */
    public Subprocess(
            int[] incoming,
            int[] outgoing,
            Map<String, Integer> orderLimits,
            Set<Integer> excluded) {
        this(incoming, outgoing, orderLimits, excluded, Set.of(), Set.of(), List.of(), Set.of());
    }

    /** The same subprocess with other coupling-order limits. */
    Subprocess withOrderLimits(Map<String, Integer> limits) {
        return new Subprocess(
                incoming,
                outgoing,
                limits,
                excluded,
                sChannel,
                onShellExcluded,
                resonances,
                sChannelForbidden);
    }

    /** The same subprocess with another assignment of its decay products to its resonances. */
    Subprocess withResonances(List<Resonance> other) {
        return new Subprocess(
                incoming,
                outgoing,
                orderLimits,
                excluded,
                sChannel,
                onShellExcluded,
                other,
                sChannelForbidden);
    }

    /** A copy of the incoming PDG ids. */
    @Override
    public int[] incoming() {
        return incoming.clone();
    }

    /** A copy of the outgoing PDG ids. */
    @Override
    public int[] outgoing() {
        return outgoing.clone();
    }

    /** The identical-particle factor 1/∏ n_k! of the final state. */
    public double symmetryFactor() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int id : outgoing) {
            counts.merge(id, 1, Integer::sum);
        }
        double f = 1;
        for (int c : counts.values()) {
            for (int k = 2; k <= c; k++) {
                f /= k;
            }
        }
        return f;
    }

    /**
     * MadGraph-style text, e.g. {@code d d~ > e+ e- g}; with decays the production and each decay
     * ({@code u u~ > t t~, t > b e+ ve, t~ > b~ e- ve~}, the decay products in slot order).
     */
    public String text() {
        if (resonances.isEmpty()) {
            String s = sChannel.isEmpty() ? " > " : " > " + names(sChannelIds()) + " > ";
            return names(incoming) + s + names(outgoing);
        }
        StringBuilder sb = new StringBuilder(names(incoming)).append(" >");
        int covered = 0;
        for (int i = 0; i < outgoing.length; i++) {
            if ((covered & (1 << i)) != 0) {
                continue;
            }
            int r = outermost(i);
            if (r < 0) {
                sb.append(' ').append(Particle.byPdg(outgoing[i]).name());
            } else {
                sb.append(' ').append(Particle.byPdg(resonances.get(r).pdg()).name());
                covered |= resonances.get(r).mask();
            }
        }
        for (int r = 0; r < resonances.size(); r++) {
            sb.append(", ").append(Particle.byPdg(resonances.get(r).pdg()).name()).append(" >");
            int inner = 0;
            int mask = resonances.get(r).mask();
            for (int i = 0; i < outgoing.length; i++) {
                if ((mask & (1 << i)) == 0 || (inner & (1 << i)) != 0) {
                    continue;
                }
                int d = daughterContaining(r, i);
                if (d < 0) {
                    sb.append(' ').append(Particle.byPdg(outgoing[i]).name());
                } else {
                    sb.append(' ').append(Particle.byPdg(resonances.get(d).pdg()).name());
                    inner |= resonances.get(d).mask();
                }
            }
        }
        return sb.toString();
    }

    private int[] sChannelIds() {
        return sChannel.stream().sorted().mapToInt(Integer::intValue).toArray();
    }

    /** The production-level resonance whose products include slot i, or −1. */
    private int outermost(int slot) {
        for (int r = 0; r < resonances.size(); r++) {
            Resonance res = resonances.get(r);
            if (res.parent() < 0 && (res.mask() & (1 << slot)) != 0) {
                return r;
            }
        }
        return -1;
    }

    /** The direct daughter resonance of r whose products include slot i, or −1. */
    private int daughterContaining(int r, int slot) {
        for (int d = 0; d < resonances.size(); d++) {
            Resonance res = resonances.get(d);
            if (res.parent() == r && (res.mask() & (1 << slot)) != 0) {
                return d;
            }
        }
        return -1;
    }

    private static String names(int[] ids) {
        return Arrays.stream(ids)
                .mapToObj(id -> Particle.byPdg(id).name())
                .collect(Collectors.joining(" "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subprocess s
                && Arrays.equals(incoming, s.incoming)
                && Arrays.equals(outgoing, s.outgoing)
                && orderLimits.equals(s.orderLimits)
                && excluded.equals(s.excluded)
                && sChannel.equals(s.sChannel)
                && onShellExcluded.equals(s.onShellExcluded)
                && resonances.equals(s.resonances)
                && sChannelForbidden.equals(s.sChannelForbidden);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(incoming) + Arrays.hashCode(outgoing))
                + orderLimits.hashCode()
                + excluded.hashCode()
                + 7 * sChannel.hashCode()
                + 11 * onShellExcluded.hashCode()
                + 13 * resonances.hashCode()
                + 17 * sChannelForbidden.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
