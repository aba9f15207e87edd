package org.quarryhep.analysis.internal;

import org.quarryhep.core.FourMomentum;

/**
 * A reference to one object: the {@code index}-th of collection {@code slot}, or the missing
 * transverse momentum ({@code slot == MET}).
 *
 * @param slot the collection slot, or {@link #MET}
 * @param index the position in the p_T-ordered collection
 */
record ObjectRef(int slot, int index) {
    static final int MET = -1;

    boolean isMet() {
        return slot == MET;
    }

    boolean present(EventContext c) {
        return slot == MET || index < c.collections[slot].size;
    }

    double px(EventContext c) {
        if (slot == MET) {
            return c.metX;
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.px[index] : Double.NaN;
    }

    double py(EventContext c) {
        if (slot == MET) {
            return c.metY;
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.py[index] : Double.NaN;
    }

    double pz(EventContext c) {
        if (slot == MET) {
            return 0;
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.pz[index] : Double.NaN;
    }

    double e(EventContext c) {
        if (slot == MET) {
            return Math.sqrt(c.metX * c.metX + c.metY * c.metY);
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.e[index] : Double.NaN;
    }

    double pt(EventContext c) {
        if (slot == MET) {
            return Math.sqrt(c.metX * c.metX + c.metY * c.metY);
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.pt[index] : Double.NaN;
    }

    double phi(EventContext c) {
        if (slot == MET) {
            return Math.atan2(c.metY, c.metX);
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.phi[index] : Double.NaN;
    }

    double eta(EventContext c) {
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.eta[index] : Double.NaN;
    }

    double field(EventContext c, double[] values) {
        ObjectArrays a = c.collections[slot];
        return index < a.size ? values[index] : Double.NaN;
    }

    /** The four-momentum (MET as a massless transverse vector), or null when absent. */
    FourMomentum momentum(EventContext c) {
        if (!present(c)) {
            return null;
        }
        return new FourMomentum(px(c), py(c), pz(c), e(c));
    }
}
