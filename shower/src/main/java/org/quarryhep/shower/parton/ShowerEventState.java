package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.PdgTable;
import org.quarryhep.core.Position;

/**
 * One event while it showers: the history record, the colour-tag counter, the beams and the
 * resonance decays still to shower; the branchings are written through {@link BranchingHistory}.
 * Reads and checks the parton-level input (LHE conventions: status −1 incoming, 2 resonance, 1
 * outgoing).
 */
final class ShowerEventState {
    /** A resonance decay waiting for its turn. */
    record PendingDecay(Parton resonance, int originalEntry, int[] daughters, Position at) {}

    final ShowerRecord record = new ShowerRecord();
    final List<PendingDecay> decays = new ArrayList<>();
    final ShowerSystem production;

    /** The branchings' bookkeeping in the record; colour tags come from this event's counter. */
    final BranchingHistory branchings = new BranchingHistory(record, decays, this::newColourTag);

    private final Event input;
    private final PartonEventChecks checks;
    private final double[] beamEnergy = new double[2];
    private final int[] beamId = new int[2];
    private final Parton[] incoming = new Parton[2];

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

    int newColourTag() {
        return nextTag++;
    }

    Event toEvent() {
        return record.toEvent(input);
    }
}
