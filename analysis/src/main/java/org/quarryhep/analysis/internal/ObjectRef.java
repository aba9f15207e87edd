package org.quarryhep.analysis.internal;

/**
 * A reference to one object: the {@code index}-th of collection {@code slot}, or the missing
 * transverse momentum ({@code slot == MET}).
 *
 * @param slot the collection slot, or {@link #MET}
 * @param index the position in the p_T-ordered collection
 */
record ObjectRef(int slot, int index) implements ObjectExpr {
    static final int MET = -1;

    @Override
    public boolean isMet() {
        return slot == MET;
    }

    @Override
    public boolean present(EventContext c) {
        return slot == MET || index < c.collections[slot].size;
    }

    @Override
    public double px(EventContext c) {
        if (slot == MET) {
            return c.metX;
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.px[index] : Double.NaN;
    }

    @Override
    public double py(EventContext c) {
        if (slot == MET) {
            return c.metY;
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.py[index] : Double.NaN;
    }

    @Override
    public double pz(EventContext c) {
        if (slot == MET) {
            return 0;
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.pz[index] : Double.NaN;
    }

    @Override
    public double e(EventContext c) {
        if (slot == MET) {
            return Math.sqrt(c.metX * c.metX + c.metY * c.metY);
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.e[index] : Double.NaN;
    }

    @Override
    public double pt(EventContext c) {
        if (slot == MET) {
            return Math.sqrt(c.metX * c.metX + c.metY * c.metY);
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.pt[index] : Double.NaN;
    }

    @Override
    public double phi(EventContext c) {
        if (slot == MET) {
            return Math.atan2(c.metY, c.metX);
        }
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.phi[index] : Double.NaN;
    }

    @Override
    public double eta(EventContext c) {
        ObjectArrays a = c.collections[slot];
        return index < a.size ? a.eta[index] : Double.NaN;
    }

    double field(EventContext c, double[] values) {
        ObjectArrays a = c.collections[slot];
        return index < a.size ? values[index] : Double.NaN;
    }
}
