package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.PdgTable;
import org.quarryhep.core.Position;

/**
 * One event while it showers: the history record, the colour-tag counter, the beams, the
 * initial-state ladders and the resonance decays still to shower. Reads and checks the parton-level
 * input (LHE conventions: status −1 incoming, 2 resonance, 1 outgoing).
 */
final class ShowerEventState {
    /** A resonance decay waiting for its turn. */
    record PendingDecay(Parton resonance, int originalEntry, int[] daughters, Position at) {}

    final ShowerRecord record = new ShowerRecord();
    final List<PendingDecay> decays = new ArrayList<>();
    final ShowerSystem production;
    private final Event input;
    private final PartonEventChecks checks;
    private final double[] beamEnergy = new double[2];
    private final int[] beamId = new int[2];
    private final Parton[] incoming = new Parton[2];
    private final List<List<Link>> ladders = List.of(new ArrayList<>(), new ArrayList<>());

    /**
     * One link of an initial-state ladder: the older incoming entry, the newer one, and either the
     * emitted parton (older = newer − emitted) or, for a final–initial recoil (emitted −1), the
     * scale factor (older = x · newer).
     */
    private record Link(int older, int newer, int emitted, double x) {}

    private final int[] entryOf;
    private int nextTag;

    ShowerEventState(Event input, BeamSetup beams) {
        this.input = input;
        this.checks = new PartonEventChecks(input);
        List<Particle> ps = input.particles();
        entryOf = new int[ps.size()];
        int maxTag = 500;
        for (int n = 0; n < ps.size(); n++) {
            Particle p = ps.get(n);
            if (PdgTable.find(p.pdgId()).isEmpty()) {
                throw checks.invalid(n, "unknown PDG id " + p.pdgId());
            }
            if (p.status() != -1 && p.status() != 1 && p.status() != 2) {
                throw checks.invalid(n, "status " + p.status() + " (expected -1, 1 or 2)");
            }
            if (!p.momentum().isFinite()) {
                throw checks.invalid(n, "momentum not finite: " + p.momentum());
            }
            maxTag = Math.max(maxTag, Math.max(p.colour(), p.anticolour()));
            checks.checkTags(p, n);
            int status =
                    p.status() == -1
                            ? ShowerRecord.HARD_INCOMING
                            : p.status() == 2 ? ShowerRecord.RESONANCE : Particle.FINAL_STATE;
            double m = Double.isNaN(p.generatedMass()) ? p.momentum().mass() : p.generatedMass();
            ShowerRecord.Entry e =
                    new ShowerRecord.Entry(
                            p.pdgId(),
                            status,
                            PartonEventChecks.momentum(p),
                            Math.max(0, m),
                            p.colour(),
                            p.anticolour(),
                            p.spin(),
                            p.lifetimeMm());
            e.incomingSide = p.status() == -1;
            entryOf[n] = record.add(e);
        }
        nextTag = maxTag + 1;
        double scale = input.scale();
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < ps.size(); n++) {
            Particle p = ps.get(n);
            if (p.status() == -1) {
                in.add(n);
            } else if (!hasResonanceMother(p)) {
                out.add(n);
            }
        }
        if (in.size() != 2) {
            throw new InvalidPartonEventException(
                    "event " + input.number() + ": " + in.size() + " incoming particles, need 2");
        }
        double[] pin = new double[4];
        for (int n : in) {
            pin = Vectors.add(pin, PartonEventChecks.momentum(ps.get(n)));
        }
        double sHat = Vectors.m2(pin);
        double start = scale > 0 && Double.isFinite(scale) ? scale * scale : sHat;
        production = new ShowerSystem(null, start);
        for (int n : in) {
            Parton pa = parton(n, true);
            production.partons.add(pa);
            int side = pa.pz >= 0 ? 0 : 1;
            if (incoming[side] != null) {
                throw checks.invalid(
                        n, "both incoming particles move along the same beam direction");
            }
            incoming[side] = pa;
        }
        for (int n : out) {
            production.partons.add(parton(n, false));
        }
        checks.checkSystem(in, out, "the hard process");
        record.vertex(entries(in), entries(out));
        setBeams(beams, in);
        queueDecays();
    }

    private boolean hasResonanceMother(Particle p) {
        for (int m : p.mothers()) {
            if (input.particle(m).status() == 2) {
                return true;
            }
        }
        return false;
    }

    private int[] entries(List<Integer> idx) {
        int[] r = new int[idx.size()];
        for (int n = 0; n < r.length; n++) {
            r[n] = entryOf[idx.get(n)];
        }
        return r;
    }

    private Parton parton(int n, boolean isIncoming) {
        ShowerRecord.Entry e = record.entry(entryOf[n]);
        return new Parton(e.id, e.p.clone(), e.mass, e.col, e.acol, isIncoming, entryOf[n]);
    }

    private void setBeams(BeamSetup beams, List<Integer> in) {
        PdfInfo pdf = input.pdfInfo();
        for (int order = 0; order < 2; order++) {
            Parton a = parton(in.get(order), true);
            int side = a.pz >= 0 ? 0 : 1;
            if (!PdgTable.isParton(a.id)) {
                beamId[side] = a.id;
                beamEnergy[side] = a.e;
                continue;
            }
            if (beams != null) {
                beamId[side] = side == 0 ? beams.idA() : beams.idB();
                beamEnergy[side] = side == 0 ? beams.energyA() : beams.energyB();
                continue;
            }
            double x = pdf == null ? Double.NaN : order == 0 ? pdf.x1() : pdf.x2();
            if (!(x > 0 && x <= 1)) {
                throw new InvalidPartonEventException(
                        "event "
                                + input.number()
                                + ": a hadron-initiated event without PDF x values; give the beams"
                                + " (the run's init block)");
            }
            beamId[side] = 2212;
            beamEnergy[side] = a.e / x;
        }
    }

    private void queueDecays() {
        List<Particle> ps = input.particles();
        List<Parton> byInput = new ArrayList<>();
        for (int n = 0; n < ps.size(); n++) {
            byInput.add(null);
        }
        for (Parton p : production.partons) {
            for (int n = 0; n < ps.size(); n++) {
                if (entryOf[n] == p.entry) {
                    byInput.set(n, p);
                }
            }
        }
        for (int n = 0; n < ps.size(); n++) {
            if (ps.get(n).status() != 2) {
                continue;
            }
            List<Integer> daughters = new ArrayList<>();
            for (int d = 0; d < ps.size(); d++) {
                int[] m = ps.get(d).mothers();
                if (m.length > 0 && m[0] == n) {
                    daughters.add(d);
                }
            }
            if (daughters.isEmpty()) {
                throw checks.invalid(n, "resonance (status 2) without decay products");
            }
            checks.checkSystem(List.of(n), daughters, "the decay of particle " + (n + 1));
            Parton r = byInput.get(n);
            if (r == null) {
                r = parton(n, false);
                byInput.set(n, r);
            }
            for (int d : daughters) {
                byInput.set(d, parton(d, false));
            }
            int[] dIdx = daughters.stream().mapToInt(Integer::intValue).toArray();
            Particle rp = ps.get(n);
            Position at =
                    rp.endVertex() >= 0 && rp.endVertex() < input.vertices().size()
                            ? input.vertices().get(rp.endVertex()).position()
                            : Position.ORIGIN;
            decays.add(new PendingDecay(r, entryOf[n], dIdx, at));
        }
        pendingPartons = byInput;
    }

    private List<Parton> pendingPartons;

    /** Opens the system of a pending decay: boosts the products onto the resonance's momentum. */
    ShowerSystem openDecay(PendingDecay d) {
        Parton r = d.resonance();
        double[] orig = record.entry(d.originalEntry()).p;
        double[] now = r.p();
        List<Integer> subtree = new ArrayList<>();
        collectDescendants(d.daughters(), subtree);
        for (int n : subtree) {
            ShowerRecord.Entry e = record.entry(entryOf[n]);
            e.p = Vectors.fromRest(Vectors.toRest(e.p, orig), now);
        }
        int[] out = new int[d.daughters().length];
        ShowerSystem sys = new ShowerSystem(r, r.mass * r.mass);
        for (int n = 0; n < out.length; n++) {
            int idx = d.daughters()[n];
            out[n] = entryOf[idx];
            Parton p = pendingPartons.get(idx);
            p.set(record.entry(entryOf[idx]).p.clone());
            sys.partons.add(p);
        }
        // A coloured resonance that radiated in its production system (a top in a final–final
        // dipole) carries new colour tags: its products take them over, or a line would be open
        // at one end and doubled at the other.
        ShowerRecord.Entry original = record.entry(d.originalEntry());
        relabel(sys.partons, original.col, r.col);
        relabel(sys.partons, original.acol, r.acol);
        record.entry(r.entry).status = ShowerRecord.RESONANCE;
        record.vertex(new int[] {r.entry}, out, d.at());
        return sys;
    }

    private void relabel(List<Parton> products, int from, int to) {
        if (from == 0 || from == to) {
            return;
        }
        for (Parton p : products) {
            ShowerRecord.Entry e = record.entry(p.entry);
            if (p.col == from) {
                p.col = to;
                e.col = to;
            }
            if (p.acol == from) {
                p.acol = to;
                e.acol = to;
            }
        }
    }

    private void collectDescendants(int[] from, List<Integer> into) {
        for (int n : from) {
            into.add(n);
            List<Integer> next = new ArrayList<>();
            for (int d = 0; d < input.particles().size(); d++) {
                int[] m = input.particle(d).mothers();
                if (m.length > 0 && m[0] == n && input.particle(n).status() == 2) {
                    next.add(d);
                }
            }
            collectDescendants(next.stream().mapToInt(Integer::intValue).toArray(), into);
        }
    }

    int beamId(Parton a) {
        return beamId[a.pz >= 0 ? 0 : 1];
    }

    double beamEnergy(int side) {
        return beamEnergy[side];
    }

    int beamIdOfSide(int side) {
        return beamId[side];
    }

    Parton incoming(int side) {
        return incoming[side];
    }

    boolean hadronBeam(int side) {
        return PdgTable.isParton(incoming[side].id) || incoming[side].id == 21;
    }

    double momentumFraction(Parton a) {
        return a.e / beamEnergy[a.pz >= 0 ? 0 : 1];
    }

    // ----- branchings --------------------------------------------------------------------

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
        int n = nextTag++;
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
        for (PendingDecay d : decays) {
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
            int n = nextTag++;
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
            int n = nextTag++;
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

    int newColourTag() {
        return nextTag++;
    }

    Event toEvent() {
        return record.toEvent(input);
    }
}
