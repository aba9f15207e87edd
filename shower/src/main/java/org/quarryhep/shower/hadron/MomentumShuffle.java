package org.quarryhep.shower.hadron;

import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.shower.decay.PhaseSpace;

/**
 * The momentum exchanges that put a light colour-singlet piece, collapsed into one hadron, on its
 * mass shell: with one partner (a hadron or a string piece) or with everything else taken together.
 * Partners are {@link StringPiece}s or {@link PrimaryHadron}s.
 */
final class MomentumShuffle {
    private MomentumShuffle() {}

    /** The invariant mass of a partner. */
    static double massOf(Object o) {
        return o instanceof StringPiece pc ? pc.total().mass() : ((PrimaryHadron) o).p.mass();
    }

    /**
     * a and b with new masses ma and mb and the same total, directions kept in the pair's rest
     * frame; null when the total is too light.
     */
    static FourMomentum[] twoBody(FourMomentum a, double ma, FourMomentum b, double mb) {
        FourMomentum total = a.plus(b);
        double s = total.mass();
        if (!(s > ma + mb)) {
            return null;
        }
        double[] beta = total.boostVector();
        FourMomentum ar = a.boost(-beta[0], -beta[1], -beta[2]);
        double q = PhaseSpace.twoBodyMomentum(s, ma, mb);
        double n = ar.p();
        double[] dir =
                n > 0
                        ? new double[] {ar.px() / n, ar.py() / n, ar.pz() / n}
                        : new double[] {0, 0, 1};
        FourMomentum na =
                FourMomentum.ofPxPyPzM(q * dir[0], q * dir[1], q * dir[2], ma)
                        .boost(beta[0], beta[1], beta[2]);
        return new FourMomentum[] {na, total.minus(na)};
    }

    /**
     * No single partner can give the missing mass (a b–q̄ piece far below the B mass beside pieces
     * and hadrons that move with it): the hadron of mass m made from the piece of momentum {@code
     * total} exchanges momentum with all partners taken together, which keep their own invariant
     * mass and move by one boost (applied to them here).
     *
     * @return the hadron's momentum, or null (partners untouched) when even the whole event is too
     *     light or there are fewer than two partners
     */
    static FourMomentum withAll(FourMomentum total, double m, List<Object> partners) {
        if (partners.size() < 2) {
            return null;
        }
        FourMomentum rest = FourMomentum.ZERO;
        for (Object partner : partners) {
            rest =
                    rest.plus(
                            partner instanceof StringPiece op
                                    ? op.total()
                                    : ((PrimaryHadron) partner).p);
        }
        FourMomentum[] shuffled = twoBody(total, m, rest, rest.mass());
        if (shuffled == null) {
            return null;
        }
        double[] from = rest.boostVector();
        double[] to = shuffled[1].boostVector();
        for (Object partner : partners) {
            if (partner instanceof StringPiece op) {
                op.boost(from, to);
            } else {
                PrimaryHadron h = (PrimaryHadron) partner;
                h.p = h.p.boost(-from[0], -from[1], -from[2]).boost(to[0], to[1], to[2]);
            }
        }
        return shuffled[0];
    }
}
