package org.quarryhep.shower.hadron;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;

/** Groups the final-state coloured partons of an event into colour singlets. */
final class ColourSinglets {
    private ColourSinglets() {}

    /** Parton indices of each singlet, in colour order (triplet first; loops from a gluon). */
    static List<List<Integer>> of(Event e) {
        Map<Integer, Integer> byAnticolour = new HashMap<>();
        List<Integer> coloured = new ArrayList<>();
        for (int i = 0; i < e.particles().size(); i++) {
            Particle q = e.particle(i);
            if (!q.isFinal() || !isColoured(q.pdgId())) {
                continue;
            }
            if (Math.abs(q.pdgId()) == 6) {
                throw new ColourFlowException(
                        "event "
                                + e.number()
                                + ": final-state top quark (particle "
                                + i
                                + ") must be decayed before hadronisation");
            }
            coloured.add(i);
            if (q.anticolour() != 0 && byAnticolour.put(q.anticolour(), i) != null) {
                throw new ColourFlowException(
                        "event "
                                + e.number()
                                + ": anticolour line "
                                + q.anticolour()
                                + " is carried by two final-state partons");
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        boolean[] used = new boolean[e.particles().size()];
        // Open chains start at triplets (colour only), then closed gluon loops.
        for (int pass = 0; pass < 2; pass++) {
            for (int i : coloured) {
                Particle q = e.particle(i);
                boolean start = pass == 0 ? q.anticolour() == 0 : q.pdgId() == 21;
                if (used[i] || !start) {
                    continue;
                }
                out.add(follow(e, i, byAnticolour, used));
            }
        }
        for (int i : coloured) {
            if (!used[i]) {
                throw new ColourFlowException(
                        "event "
                                + e.number()
                                + ": particle "
                                + i
                                + " ("
                                + PdgTable.name(e.particle(i).pdgId())
                                + ") has no colour line to a final-state parton");
            }
        }
        return out;
    }

    private static List<Integer> follow(
            Event e, int start, Map<Integer, Integer> byAnticolour, boolean[] used) {
        List<Integer> chain = new ArrayList<>();
        int i = start;
        while (true) {
            Particle q = e.particle(i);
            chain.add(i);
            used[i] = true;
            if (q.colour() == 0) {
                if (q.pdgId() == 21 || Flavours.isTriplet(q.pdgId())) {
                    throw new ColourFlowException(
                            "event "
                                    + e.number()
                                    + ": particle "
                                    + i
                                    + " ("
                                    + PdgTable.name(q.pdgId())
                                    + ") has no colour tag");
                }
                return chain;
            }
            Integer next = byAnticolour.get(q.colour());
            if (next == null) {
                throw new ColourFlowException(
                        "event "
                                + e.number()
                                + ": colour line "
                                + q.colour()
                                + " of particle "
                                + i
                                + " ("
                                + PdgTable.name(q.pdgId())
                                + ") has no final-state parton with that anticolour");
            }
            if (next == start) {
                return chain;
            }
            if (used[next]) {
                throw new ColourFlowException(
                        "event "
                                + e.number()
                                + ": colour line "
                                + q.colour()
                                + " runs into particle "
                                + next
                                + " a second time");
            }
            i = next;
        }
    }

    static boolean isColoured(int id) {
        int a = Math.abs(id);
        return (a >= 1 && a <= 6) || a == 21 || (a > 1000 && a < 6000 && (a / 10) % 10 == 0);
    }
}
