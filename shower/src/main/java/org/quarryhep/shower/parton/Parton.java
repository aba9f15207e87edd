package org.quarryhep.shower.parton;

/**
 * A parton while it showers: mutable momentum and colour, plus the record entry that currently
 * describes it. Incoming partons keep their physical momentum and LHE colour tags; {@link
 * #outColour()} and {@link #outAnticolour()} give the tags seen with all particles crossed to the
 * final state, where a dipole joins a colour to the same anticolour.
 */
final class Parton {
    int id;
    double px;
    double py;
    double pz;
    double e;
    double mass;
    int col;
    int acol;
    final boolean incoming;
    int entry;

    /** PDF-ratio overestimates of an incoming parton, valid while id and energy stay as cached. */
    int boundsId = Integer.MIN_VALUE;

    double boundsE = Double.NaN;
    double[] bounds;

    Parton(int id, double[] p, double mass, int col, int acol, boolean incoming, int entry) {
        this.id = id;
        set(p);
        this.mass = mass;
        this.col = col;
        this.acol = acol;
        this.incoming = incoming;
        this.entry = entry;
    }

    void set(double[] p) {
        px = p[0];
        py = p[1];
        pz = p[2];
        e = p[3];
    }

    double[] p() {
        return new double[] {px, py, pz, e};
    }

    int outColour() {
        return incoming ? acol : col;
    }

    int outAnticolour() {
        return incoming ? col : acol;
    }

    boolean coloured() {
        return col != 0 || acol != 0;
    }

    boolean isGluon() {
        return id == 21;
    }
}
