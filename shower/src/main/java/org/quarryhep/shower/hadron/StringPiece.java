package org.quarryhep.shower.hadron;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.shower.decay.PhaseSpace;

/**
 * A straight string piece between a colour end and an anticolour end, with the momenta of its two
 * ends, which change when it gives recoil to a light piece.
 */
final class StringPiece {
    final int colourEnd;
    FourMomentum pc;
    final int anticolourEnd;
    FourMomentum pa;
    final int system;
    boolean closed;
    boolean done;

    StringPiece(
            int colourEnd,
            FourMomentum pc,
            int anticolourEnd,
            FourMomentum pa,
            int system,
            boolean closed) {
        this.colourEnd = colourEnd;
        this.pc = pc;
        this.anticolourEnd = anticolourEnd;
        this.pa = pa;
        this.system = system;
        this.closed = closed;
    }

    FourMomentum total() {
        return pc.plus(pa);
    }

    /**
     * Gives the piece the total momentum {@code target} (a different mass): in its rest frame the
     * ends keep their directions and masses and share the new mass. False (and unchanged) when the
     * target is lighter than the ends.
     */
    boolean reshape(FourMomentum target) {
        double[] from = total().boostVector();
        FourMomentum rc = pc.boost(-from[0], -from[1], -from[2]);
        double mc = Math.sqrt(Math.max(0, pc.m2()));
        double ma = Math.sqrt(Math.max(0, pa.m2()));
        double mt = target.mass();
        if (!(mt > mc + ma)) {
            return false;
        }
        double k = PhaseSpace.twoBodyMomentum(mt, mc, ma);
        double n = rc.p();
        double[] dir =
                n > 0
                        ? new double[] {rc.px() / n, rc.py() / n, rc.pz() / n}
                        : new double[] {0, 0, 1};
        double[] to = target.boostVector();
        pc =
                FourMomentum.ofPxPyPzM(k * dir[0], k * dir[1], k * dir[2], mc)
                        .boost(to[0], to[1], to[2]);
        pa = target.minus(pc);
        return true;
    }

    /** Boosts both ends from the frame moving with {@code from} to one moving with {@code to}. */
    void boost(double[] from, double[] to) {
        pc = pc.boost(-from[0], -from[1], -from[2]).boost(to[0], to[1], to[2]);
        pa = pa.boost(-from[0], -from[1], -from[2]).boost(to[0], to[1], to[2]);
    }
}
