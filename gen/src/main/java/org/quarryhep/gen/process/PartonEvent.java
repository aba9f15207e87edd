package org.quarryhep.gen.process;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Position;

/**
 * One phase-space point of a hard process: its weight and, when the weight is non-zero, the
 * parton-level record (incoming partons, intermediate resonances, final state). Mutable; filled by
 * a {@link HardProcess} and turned into a core {@code Event} by the generator.
 */
public final class PartonEvent {
    /**
     * One particle of the record.
     *
     * @param pdgId PDG code
     * @param status −1 incoming, 2 intermediate, 1 final
     * @param momentum lab momentum, GeV
     * @param mother1 index of the first mother in this record, −1 for none
     * @param mother2 index of the second mother, −1 for none
     * @param colour colour line (0 none)
     * @param anticolour anticolour line (0 none)
     * @param ctauMm proper decay length c·τ drawn for this particle, mm (0 when prompt)
     * @param decayVertex where it decays (lab, mm), or {@code null} when at the origin
     * @param helicity helicity (±1) or 9 for unknown
     */
    public record Entry(
            int pdgId,
            int status,
            FourMomentum momentum,
            int mother1,
            int mother2,
            int colour,
            int anticolour,
            double ctauMm,
            Position decayVertex,
            double helicity) {}

    private double weight;
    private double x1;
    private double x2;
    private double xf1;
    private double xf2;
    private double scale;
    private double alphaS;
    private final List<Entry> entries = new ArrayList<>();
    private Runnable pending;

    /** Resets to an empty, zero-weight point. */
    public void clear() {
        weight = 0;
        pending = null;
        entries.clear();
    }

    /**
     * Defers building the record (decays can be costly) until {@link #entries()} is first read:
     * points rejected by unweighting never pay for it.
     *
     * @param builder fills the record through {@link #add}
     */
    public void setPending(Runnable builder) {
        this.pending = builder;
    }

    /** The weight in pb (0 outside the phase space or the cuts). */
    public double weight() {
        return weight;
    }

    /** Sets the weight, pb. */
    public void setWeight(double w) {
        this.weight = w;
    }

    /** Records the PDF information of the point. */
    public void setPdf(double x1, double x2, double xf1, double xf2, double scale, double alphaS) {
        this.x1 = x1;
        this.x2 = x2;
        this.xf1 = xf1;
        this.xf2 = xf2;
        this.scale = scale;
        this.alphaS = alphaS;
    }

    /** Momentum fraction of parton 1. */
    public double x1() {
        return x1;
    }

    /** Momentum fraction of parton 2. */
    public double x2() {
        return x2;
    }

    /** x·f of parton 1. */
    public double xf1() {
        return xf1;
    }

    /** x·f of parton 2. */
    public double xf2() {
        return xf2;
    }

    /** The factorisation/renormalisation scale, GeV. */
    public double scale() {
        return scale;
    }

    /** α_s at the scale. */
    public double alphaS() {
        return alphaS;
    }

    /** Appends a prompt particle with unknown helicity; returns its index. */
    public int add(int pdgId, int status, FourMomentum p, int m1, int m2, int col, int acol) {
        return add(new Entry(pdgId, status, p, m1, m2, col, acol, 0, null, 9));
    }

    /** Appends an entry; returns its index. */
    public int add(Entry e) {
        entries.add(e);
        return entries.size() - 1;
    }

    /** Replaces the entry at an index. */
    public void set(int index, Entry e) {
        entries.set(index, e);
    }

    /** The entries (live view), building a deferred record first. */
    public List<Entry> entries() {
        if (pending != null) {
            Runnable r = pending;
            pending = null;
            r.run();
        }
        return entries;
    }
}
