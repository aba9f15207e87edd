package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;

/**
 * The partons that shower together: the hard process (incoming partons and its final state) or the
 * decay products of one resonance. A resonance system lists the decaying resonance as its (crossed)
 * incoming parton: it does not radiate, and a product whose colour partner it is recoils against
 * the rest of the system, so the resonance keeps its mass.
 */
final class ShowerSystem {
    final List<Parton> partons = new ArrayList<>();
    final Parton resonance;
    final double startScale2;
    boolean emitted;

    ShowerSystem(Parton resonance, double startScale2) {
        this.resonance = resonance;
        this.startScale2 = startScale2;
    }

    /** The colour partner of parton i on the side of tag t, or null. */
    Parton partner(Parton i, int tag, boolean colourSide) {
        for (Parton k : partons) {
            if (k != i && (colourSide ? k.outAnticolour() : k.outColour()) == tag) {
                return k;
            }
        }
        if (resonance != null) {
            int rt = colourSide ? resonance.col : resonance.acol;
            // the resonance's own colour continues into its products (crossed: incoming)
            if (rt == tag) {
                return resonance;
            }
        }
        return null;
    }

    /** The final-state partons other than i: the recoiler when the partner is the resonance. */
    List<Parton> restOf(Parton i) {
        List<Parton> rest = new ArrayList<>();
        for (Parton p : partons) {
            if (p != i && !p.incoming) {
                rest.add(p);
            }
        }
        return rest;
    }

    /** Incoming partons of the system (two for the hard process of hadron or lepton beams). */
    List<Parton> incoming() {
        List<Parton> in = new ArrayList<>();
        for (Parton p : partons) {
            if (p.incoming) {
                in.add(p);
            }
        }
        return in;
    }
}
