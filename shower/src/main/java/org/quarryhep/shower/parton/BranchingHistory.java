package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.quarryhep.core.Particle;

/**
 * The shower's branchings written into one event's record: the new colours, momenta and record
 * entries of radiator, emission and recoiler, the history vertices, and the initial-state ladders
 * whose spacelike momenta are fixed once the beams are final.
 */
final class BranchingHistory {
    private final ShowerRecord record;
    private final List<ShowerEventState.PendingDecay> decays;
    private final IntSupplier newTag;
    private final List<List<Link>> ladders = List.of(new ArrayList<>(), new ArrayList<>());

    /**
     * One link of an initial-state ladder: the older incoming entry, the newer one, and either the
     * emitted parton (older = newer − emitted) or, for a final–initial recoil (emitted −1), the
     * scale factor (older = x · newer).
     */
    private record Link(int older, int newer, int emitted, double x) {}

    /**
     * Bookkeeping for one event.
     *
     * @param record the event's record
     * @param decays the event's pending resonance decays (a moved resonance stays one)
     * @param newTag the event's colour-tag counter
     */
    BranchingHistory(
            ShowerRecord record, List<ShowerEventState.PendingDecay> decays, IntSupplier newTag) {
        this.record = record;
        this.decays = decays;
        this.newTag = newTag;
    }

    private int newEntry(int id, int status, double[] p, double mass, int col, int acol) {
        return record.add(new ShowerRecord.Entry(id, status, p, mass, col, acol, 9, 0));
    }

    private int copyEntry(Parton p) {
        return newEntry(p.id, Particle.FINAL_STATE, p.p(), p.mass, p.col, p.acol);
    }

    private void retire(int entry) {
        ShowerRecord.Entry e = record.entry(entry);
        if (e.status == Particle.FINAL_STATE) {
            e.status =
                    e.col != 0 || e.acol != 0
                            ? ShowerRecord.FSR_INTERMEDIATE
                            : ShowerRecord.RECOILED;
        } else if (e.status == ShowerRecord.RESONANCE) {
            e.status = ShowerRecord.RECOILED;
        }
    }

    /**
     * Applies a final-state branching whose recoiler is incoming (final–initial): colours as in the
     * final state, the incoming parton scaled to a/x. The branching vertex and the ladder link
     * exchange the recoil momentum, so these two vertices alone are not balanced.
     */
    void recordFinalInitialBranching(
            ShowerSystem sys, Parton i, Parton a, boolean colourSide, int channel, double[][] out) {
        int oldI = i.entry;
        Parton j = branchColours(sys, i, colourSide, channel, out);
        record.vertex(new int[] {oldI}, new int[] {i.entry, j.entry});
        int side = a.pz >= 0 ? 0 : 1;
        int oldA = a.entry;
        double x = a.e / out[2][3];
        a.set(out[2]);
        a.entry = newEntry(a.id, ShowerRecord.ISR_LINE, a.p(), 0, a.col, a.acol);
        record.entry(a.entry).incomingSide = true;
        record.vertex(new int[] {a.entry}, new int[] {oldA});
        ladders.get(side).add(new Link(oldA, a.entry, -1, x));
    }

    /** Applies a final-state branching: colours, momenta, history. */
    void recordFinalBranching(
            ShowerSystem sys, Parton i, Parton k, boolean colourSide, int channel, double[][] out) {
        List<Integer> in = new ArrayList<>();
        List<Integer> outE = new ArrayList<>();
        in.add(i.entry);
        Parton j = branchColours(sys, i, colourSide, channel, out);
        outE.add(i.entry);
        outE.add(j.entry);
        recoil(sys, i, j, k, out[2], in, outE);
        record.vertex(
                in.stream().mapToInt(Integer::intValue).toArray(),
                outE.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The radiator's new flavour, colours and momentum and the emitted parton j (added to the
     * system after i), with their record entries; the old entry is retired.
     */
    private Parton branchColours(
            ShowerSystem sys, Parton i, boolean colourSide, int channel, double[][] out) {
        int tag = colourSide ? i.col : i.acol;
        int n = newTag.getAsInt();
        int jId;
        int jCol;
        int jAcol;
        if (channel < 2) {
            jId = 21;
            if (colourSide) {
                jCol = tag;
                jAcol = n;
                i.col = n;
            } else {
                jAcol = tag;
                jCol = n;
                i.acol = n;
            }
        } else {
            int f = channel - 1;
            if (colourSide) {
                jId = f;
                jCol = tag;
                jAcol = 0;
                i.id = -f;
                i.col = 0;
            } else {
                jId = -f;
                jAcol = tag;
                jCol = 0;
                i.id = f;
                i.acol = 0;
            }
            i.mass = quarkMass(f, out[0]);
        }
        retire(i.entry);
        i.set(out[0]);
        i.entry = copyEntry(i);
        double jMass = channel < 2 ? 0 : quarkMass(Math.abs(jId), out[1]);
        Parton j = new Parton(jId, out[1], jMass, jCol, jAcol, false, -1);
        j.entry = copyEntry(j);
        sys.partons.add(sys.partons.indexOf(i) + 1, j);
        return j;
    }

    private void recoil(
            ShowerSystem sys,
            Parton i,
            Parton j,
            Parton k,
            double[] newK,
            List<Integer> in,
            List<Integer> outE) {
        if (k == sys.resonance) {
            List<Parton> rest = sys.restOf(i);
            rest.remove(j);
            double[] kOld = new double[4];
            for (Parton p : rest) {
                kOld = Vectors.add(kOld, p.p());
            }
            for (Parton p : rest) {
                in.add(p.entry);
                retire(p.entry);
                p.set(Vectors.fromRest(Vectors.toRest(p.p(), kOld), newK));
                int old = p.entry;
                p.entry = copyEntry(p);
                record.entry(p.entry).status = statusAfterMove(old);
                outE.add(p.entry);
            }
        } else {
            in.add(k.entry);
            retire(k.entry);
            int old = k.entry;
            k.set(newK);
            k.entry = copyEntry(k);
            record.entry(k.entry).status = statusAfterMove(old);
            outE.add(k.entry);
        }
    }

    /** A moved particle that is a resonance stays one (its decay follows); others are final. */
    private int statusAfterMove(int oldEntry) {
        for (ShowerEventState.PendingDecay d : decays) {
            if (d.originalEntry() == oldEntry || d.resonance().entry == oldEntry) {
                return ShowerRecord.RESONANCE;
            }
        }
        return Particle.FINAL_STATE;
    }

    private double quarkMass(int flavour, double[] p) {
        return flavour >= 4 ? Math.sqrt(Math.max(0, Vectors.m2(p))) : 0;
    }

    /** Applies an initial–initial backward branching: colours, momenta, recoil, history. */
    void recordInitialBranching(
            ShowerSystem sys,
            Parton a,
            boolean colourSide,
            int newId,
            int emittedId,
            InitialStateBranching br) {
        int oc = a.outColour();
        int oac = a.outAnticolour();
        int jOc;
        int jOac;
        int aOc;
        int aOac;
        boolean aQuark = a.id != 21;
        boolean newQuark = newId != 21;
        if (aQuark == newQuark || (!aQuark && !newQuark)) {
            // q <- q + g or g <- g + g: the crossed radiator rule of the final state
            int n = newTag.getAsInt();
            if (colourSide) {
                jOc = oc;
                jOac = n;
                aOc = n;
                aOac = oac;
            } else {
                jOac = oac;
                jOc = n;
                aOac = n;
                aOc = oc;
            }
        } else if (aQuark) {
            // q <- g + qbar (or qbar <- g + q): the new gluon carries the old tag and a new one
            int n = newTag.getAsInt();
            if (colourSide) {
                jOc = n;
                jOac = 0;
                aOc = oc;
                aOac = n;
            } else {
                jOac = n;
                jOc = 0;
                aOac = oac;
                aOc = n;
            }
        } else {
            // g <- q + q: the new incoming (anti)quark keeps one of the gluon's tags, j the other
            if (newId > 0) {
                aOac = oac;
                aOc = 0;
                jOc = oc;
                jOac = 0;
            } else {
                aOc = oc;
                aOac = 0;
                jOac = oac;
                jOc = 0;
            }
        }
        record.transformOutgoing(br::transform);
        for (Parton p : sys.partons) {
            if (!p.incoming) {
                p.set(record.entry(p.entry).p.clone());
            }
        }
        int side = a.pz >= 0 ? 0 : 1;
        int oldEntry = a.entry;
        a.id = newId;
        a.col = aOac;
        a.acol = aOc;
        a.set(br.newA);
        a.entry = newEntry(a.id, ShowerRecord.ISR_LINE, a.p(), 0, a.col, a.acol);
        record.entry(a.entry).incomingSide = true;
        Parton j = new Parton(emittedId, br.emitted, 0, jOc, jOac, false, -1);
        j.entry = copyEntry(j);
        sys.partons.add(j);
        record.vertex(new int[] {a.entry}, new int[] {oldEntry, j.entry});
        ladders.get(side).add(new Link(oldEntry, a.entry, j.entry, 1));
    }

    /** Fixes the spacelike ladder momenta (incoming minus emitted) once the beams are final. */
    void closeLadders() {
        for (List<Link> ladder : ladders) {
            for (int n = ladder.size() - 1; n >= 0; n--) {
                Link l = ladder.get(n);
                double[] newer = record.entry(l.newer()).p;
                record.entry(l.older()).p =
                        l.emitted() >= 0
                                ? Vectors.sub(newer, record.entry(l.emitted()).p)
                                : Vectors.scale(newer, l.x());
            }
        }
    }
}
